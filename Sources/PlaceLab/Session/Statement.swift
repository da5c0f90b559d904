/// One statement, parsed and checked, ready to run.
public enum Statement: Sendable {
    case command(Invocation)

    public var span: Span {
        switch self {
        case .command(let invocation): invocation.span
        }
    }

    public var source: SourceText {
        switch self {
        case .command(let invocation): invocation.source
        }
    }

    public var text: String { source.slice(span) }
}
