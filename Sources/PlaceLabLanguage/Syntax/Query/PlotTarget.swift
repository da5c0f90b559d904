import PlaceLabCore

/// `… | plot KIND [CLAUSES] to FILE.svg`: the query's rows drawn as a figure. The rows choose
/// what is drawn (cases for triangle and lifecycle, nodes for network); the clauses are the
/// plot command's own (`by`, `relation`, `layout` for a network).
public struct PlotTarget: Sendable, Equatable {
    /// The kinds a query's rows can be drawn as.
    public static let kinds = ["triangle", "lifecycle", "network"]

    public var kind: String
    public var kindSpan: Span
    /// The words between the kind and "to".
    public var clauses: [Word]
    public var path: String
    public var pathSpan: Span
    /// The whole `plot … to FILE`.
    public var span: Span
}
