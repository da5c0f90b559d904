import PlaceLabCore

/// A shell-like argument of a command: adjacent tokens with no space between them, so
/// `output notes/week-1.csv` takes one word, and `"two words"` is one word too.
public struct Word: Sendable, Equatable {
    public let text: String
    public let span: Span
    /// Whether any part was a quoted string (then it is never a keyword).
    public let quoted: Bool

    public init(text: String, span: Span, quoted: Bool) {
        self.text = text
        self.span = span
        self.quoted = quoted
    }

    public static func words(from tokens: [Token]) -> [Word] {
        var words: [Word] = []
        var text = ""
        var span: Span?
        var quoted = false
        for token in tokens {
            // Anything between two tokens (a space, a comment, a line break) separates words.
            if span == nil || token.span.start != span!.end {
                if let span { words.append(Word(text: text, span: span, quoted: quoted)) }
                text = ""
                span = token.span
                quoted = false
            }
            switch token.kind {
            case .string:
                text += token.text
                quoted = true
            case .quotedIdentifier:
                text += token.text
            default:
                text += token.text
            }
            span = span!.union(token.span)
        }
        if let span { words.append(Word(text: text, span: span, quoted: quoted)) }
        return words
    }
}
