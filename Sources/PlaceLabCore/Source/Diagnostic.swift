/// An error the user can act on: what is wrong, where, and the likely fix.
public struct Diagnostic: Error, Sendable, Equatable {
    public var message: String
    /// Where in `source` the problem is; nil when the error has no place (a file that cannot be read).
    public var span: Span?
    /// One line of advice, such as `did you mean "echo"?`.
    public var help: String?
    /// Filled in by whoever knows the text, so deep code can throw without carrying it.
    public var source: SourceText?
    /// A place in a data file, for readers that never hold the file as a `SourceText`.
    public var place: FilePlace?

    public init(_ message: String, at span: Span? = nil, help: String? = nil, source: SourceText? = nil) {
        self.message = message
        self.span = span
        self.help = help
        self.source = source
    }

    /// The same diagnostic, placed in `source` unless it already has a place.
    public func located(in source: SourceText) -> Diagnostic {
        var copy = self
        if copy.source == nil { copy.source = source }
        return copy
    }

    /// `file:line:col` of the diagnostic, when it has one.
    public var location: String? {
        if let place { return "\(place.path):\(place.line):\(place.column)" }
        guard let source, let span else { return nil }
        return "\(source.name):\(source.location(of: span.start))"
    }

    public static func == (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        lhs.message == rhs.message && lhs.span == rhs.span && lhs.help == rhs.help
            && lhs.source?.name == rhs.source?.name && lhs.place == rhs.place
    }
}

/// A line and column in a named file, with that line's text for the caret.
public struct FilePlace: Sendable, Equatable {
    public var path: String
    public var line: Int
    /// 1-based, in characters.
    public var column: Int
    /// The line as it stands in the file (without its line break), when known.
    public var lineText: String?

    public init(path: String, line: Int, column: Int, lineText: String? = nil) {
        self.path = path
        self.line = line
        self.column = column
        self.lineText = lineText
    }
}

extension Diagnostic {
    /// The message with a did-you-mean taken from `candidates`, when one is close enough.
    public static func unknown(
        _ kind: String, _ name: String, at span: Span?, among candidates: [String], context: String = ""
    ) -> Diagnostic {
        let suffix = context.isEmpty ? "" : " \(context)"
        let help = Suggestion.closest(to: name, among: candidates).map { "did you mean \"\($0)\"?" }
        return Diagnostic("unknown \(kind) \"\(name)\"\(suffix)", at: span, help: help)
    }
}
