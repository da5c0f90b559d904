import PlaceLabCore

/// The per-node measures of `network NAME`, computed on demand: a query that keeps only
/// `degree` never pays for betweenness, and `role` computes what its rule needs.
public struct NodeMetrics {
    /// Every measure column, in the order the table shows them.
    public static let allColumns = ["degree", "in_degree", "out_degree", "betweenness", "closeness", "harmonic",
                                    "eigenvector", "information", "core", "clustering", "constraint", "community",
                                    "role"]

    public let graph: Graph
    private let cancel: @Sendable () -> Bool
    private var cache: [String: [Value]] = [:]
    private var roleVerdicts: [RoleRules.Verdict]?

    public init(graph: Graph, cancel: @escaping @Sendable () -> Bool = { false }) {
        self.graph = graph
        self.cancel = cancel
    }

    /// The columns this graph has (in and out degree only when directed).
    public var columns: [String] {
        NodeMetrics.allColumns.filter { graph.isDirected || ($0 != "in_degree" && $0 != "out_degree") }
    }

    /// One measure for every node; throws `Interrupted` when cancelled.
    public mutating func values(_ column: String) throws -> [Value] {
        if let known = cache[column] { return known }
        let values: [Value]
        switch column {
        case "degree":
            values = (0..<graph.nodeCount).map { .integer(graph.reportedDegree($0)) }
        case "in_degree":
            values = (0..<graph.nodeCount).map { .integer(graph.reportedInDegree($0)) }
        case "out_degree":
            values = (0..<graph.nodeCount).map { .integer(graph.reportedOutDegree($0)) }
        case "betweenness":
            values = try Centrality.betweenness(graph, cancel: cancel).map(Value.number)
        case "closeness":
            values = try Centrality.closeness(graph, cancel: cancel).map(Value.number)
        case "harmonic":
            values = try Centrality.harmonic(graph, cancel: cancel).map(Value.number)
        case "eigenvector":
            values = Centrality.eigenvector(graph).map(Value.number)
        case "information":
            values = Centrality.information(graph)?.map(Value.number)
                ?? Array(repeating: .null, count: graph.nodeCount)
        case "core":
            values = Structure.coreNumbers(graph).map(Value.integer)
        case "clustering":
            values = Structure.clustering(graph).map(Value.number)
        case "constraint":
            values = Structure.constraint(graph).map { $0.map(Value.number) ?? .null }
        case "community":
            values = try Structure.louvain(graph, checkpoint: { if cancel() { throw Interrupted() } }).map { .integer($0 + 1) }
        case "role":
            values = try verdicts().map { $0.roles.isEmpty ? .null : .text($0.roles.joined(separator: ", ")) }
        default:
            preconditionFailure("unknown measure \(column)")
        }
        cache[column] = values
        return values
    }

    /// The role rule's verdict for every node, with the numbers behind it.
    public mutating func verdicts() throws -> [RoleRules.Verdict] {
        if let roleVerdicts { return roleVerdicts }
        let reach = try numbers(graph.isDirected ? "in_degree" : "degree")
        let verdicts = RoleRules.classify(reach: reach, betweenness: try numbers("betweenness"),
                                          closeness: try numbers("closeness"),
                                          cutPoints: Set(Structure.articulationPoints(graph)),
                                          reachName: graph.isDirected ? "in-degree" : "degree")
        roleVerdicts = verdicts
        return verdicts
    }

    private mutating func numbers(_ column: String) throws -> [Double] {
        try values(column).map { value in
            switch value {
            case .integer(let number): Double(number)
            case .number(let number): number
            default: 0
            }
        }
    }

    /// Notes a table of these measures needs when some could not be computed.
    public func notes(for shown: [String]) -> [String] {
        var notes: [String] = []
        if shown.contains("information"), graph.nodeCount > Centrality.informationLimit {
            notes.append("information centrality is left empty above \(Centrality.informationLimit) nodes: "
                         + "it inverts an n×n matrix")
        }
        return notes
    }
}
