import PlaceLabCore
import PlaceLabLanguage

/// A parsed command statement: the verb, its words, and where everything is.
public struct Invocation: Sendable {
    public let command: any Command
    /// The word as typed (`.mode`, `exit`, `\q`).
    public let verb: String
    public let verbSpan: Span
    public let words: [Word]
    /// The tokens after the verb, for commands that parse expressions.
    public let tokens: [Token]
    public let span: Span
    public let source: SourceText

    /// The statement as written, for echo and history.
    public var text: String { source.slice(span) }

    /// The word at `index`, or a diagnostic pointing past the end of the statement.
    public func word(_ index: Int, _ what: String) throws -> Word {
        guard index < words.count else {
            throw Diagnostic("\(command.name) needs \(what)", at: Span(span.end, span.end),
                             help: "usage: \(command.usage)")
        }
        return words[index]
    }

    /// The one word a command takes: a diagnostic when it is missing or followed by more.
    @discardableResult
    public func onlyWord(_ what: String) throws -> Word {
        let word = try self.word(0, what)
        try expectAtMost(1)
        return word
    }

    /// A diagnostic when more words were given than the command takes.
    public func expectAtMost(_ count: Int) throws {
        guard words.count > count else { return }
        let extra = words[count].span.union(words[words.count - 1].span)
        throw Diagnostic("too many arguments for \(command.name)", at: extra, help: "usage: \(command.usage)")
    }
}
