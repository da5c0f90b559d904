import PlaceLabCore
import PlaceLabLanguage

/// One statement, parsed and checked, ready to run.
public enum Statement: Sendable {
    case command(Invocation)
    /// A pipeline, a `let` or a `drop`.
    case query(QueryStatement, Span, SourceText)

    public var span: Span {
        switch self {
        case .command(let invocation): invocation.span
        case .query(_, let span, _): span
        }
    }

    public var source: SourceText {
        switch self {
        case .command(let invocation): invocation.source
        case .query(_, _, let source): source
        }
    }

    public var text: String { source.slice(span) }
}
