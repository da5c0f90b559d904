import PlaceLabCore

/// A command whose result is a table, so that it can also start a query:
/// `network sna_locality | where role == "hub" | sort betweenness desc`.
public protocol TableCommand: Command {
    /// The result. `columns` holds the names the rest of the query mentions when it keeps only
    /// some columns, so that costly columns nobody asked for can be left out; nil means all.
    func table(_ invocation: Invocation, in session: Session, columns: Set<String>?) throws -> Dataset
    /// The columns its result always has, for completion after "|".
    var resultColumns: [String] { get }
}

extension TableCommand {
    public var tableCommand: (any TableCommand)? { self }

    public func run(_ invocation: Invocation, in session: Session) throws {
        session.emit(try table(invocation, in: session, columns: nil).table())
    }
}
