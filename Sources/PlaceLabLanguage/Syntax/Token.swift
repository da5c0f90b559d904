import PlaceLabCore

/// One lexical unit: a slice of the source with its kind.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Hashable {
        case identifier
        /// `` `a name with spaces` ``: a field or dataset name, never a keyword.
        case quotedIdentifier
        case number
        case string
        case pipe, comma, semicolon, dot, colon
        case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
        case equal, equalEqual, notEqual, less, lessEqual, greater, greaterEqual
        case plus, minus, star, slash, tilde, backslash
        /// Any other character; meaningful only to commands that take raw words.
        case symbol
        case newline
        /// A lexical error (an unterminated string, a bad escape); the parser reports it.
        case error(String)
        case endOfInput
    }

    public let kind: Kind
    public let span: Span
    /// The decoded value of a string or quoted identifier, else the source text.
    public let text: String
    /// Whether white space (or a comment) stands right before the token.
    public let spaceBefore: Bool

    public init(_ kind: Kind, _ span: Span, text: String, spaceBefore: Bool) {
        self.kind = kind
        self.span = span
        self.text = text
        self.spaceBefore = spaceBefore
    }

    /// Whether the token ends without its closing quote, so more input may complete it.
    public var isUnterminated: Bool {
        if case .error(let message) = kind { return message.hasPrefix("unterminated") }
        return false
    }
}
