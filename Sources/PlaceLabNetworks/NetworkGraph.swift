import PlaceLabCore

/// A loaded `Network` turned into a `Graph`: node indices follow the nodes table's rows.
public struct NetworkGraph: Sendable {
    public let graph: Graph
    /// Node ids, by index.
    public let ids: [String]
    /// The relation chosen, or nil for every relation together.
    public let relation: String?

    /// Builds the graph of one relation, or of all of them. With every relation together, a
    /// pair tied by several relations is one tie and the graph is unweighted (the number of
    /// relations is multiplexity, not strength); a single relation, or a network with one,
    /// keeps its weights when the data gives any other than 1.
    /// Whether the data gives any weight other than 1 (for the chosen relation).
    public let hasWeights: Bool

    /// How weights are used: as the data has them (the default), always, or never.
    public enum Weighting: String, Sendable {
        /// Weights when a single relation (or the only one) has them; with several relations
        /// together, none.
        case automatic
        /// Weights whenever the data has them; a pair tied in several relations has their sum.
        case weighted
        /// Every tie counts 1, as NetworkX's measures count by default (`weight=None`).
        case unweighted
    }

    public init(_ network: Network, relation: String? = nil, weighting: Weighting = .automatic) {
        let idColumn = network.nodes.column(named: "id")?.values ?? []
        ids = idColumn.map(\.plainText)
        var index: [String: Int] = [:]
        for (position, id) in ids.enumerated() { index[id] = position }
        self.relation = relation

        let sources = network.edges.column(named: "source")?.values ?? []
        let targets = network.edges.column(named: "target")?.values ?? []
        let relations = network.edges.column(named: "relation")?.values
        let weights = network.edges.column(named: "weight")?.values
        let distinctRelations = Set((relations ?? []).map(\.plainText).filter { !$0.isEmpty })

        var edges: [Graph.Edge] = []
        var seenPair = Set<Int>()
        var hasWeights = false
        let everyRelation = relation == nil && distinctRelations.count > 1 && weighting != .weighted
        for row in 0..<sources.count {
            if let relation, relations?[row].plainText.lowercased() != relation.lowercased() { continue }
            guard let source = index[sources[row].plainText], let target = index[targets[row].plainText] else { continue }
            var weight = 1.0
            switch weights?[row] {
            case .integer(let number)?: weight = Double(number)
            case .number(let number)?: weight = number
            default: break
            }
            if weight != 1 { hasWeights = true }
            if everyRelation {
                var (a, b) = (source, target)
                if !network.directed, a > b { swap(&a, &b) }
                guard seenPair.insert(a * ids.count + b).inserted else { continue }
                weight = 1
            }
            edges.append(Graph.Edge(source, target, weight: weight))
        }
        self.hasWeights = hasWeights
        graph = Graph(nodeCount: ids.count, directed: network.directed,
                      weighted: hasWeights && !everyRelation && weighting != .unweighted, edges: edges)
    }
}
