import PlaceLabCore

/// `network NAME summary`: the whole network in a few numbers.
public enum NetworkSummary {
    /// (measure, value, what it means) rows. `layers` and `realms` are the nodes' values of
    /// those attributes, when the network has them: ties within a layer are horizontal, ties
    /// between layers vertical (the report's terms).
    /// `checkpoint` runs inside the long searches (diameter, Louvain); it throws to stop them.
    public static func rows(_ graph: Graph, layers: [String?]?, realms: [String?]?,
                            checkpoint: () throws -> Void) rethrows -> [(String, Value, String)] {
        let components = Structure.components(graph)
        let communities = try Structure.louvain(graph, checkpoint: checkpoint)
        let diameter = try Structure.diameter(graph, checkpoint: checkpoint)
        var rows: [(String, Value, String)] = [
            ("nodes", .integer(graph.nodeCount), "actors"),
            ("ties", .integer(graph.edgeCount), graph.isDirected ? "directed ties (A turns to B)" : "undirected ties"),
            ("density", .number(Structure.density(graph)), "share of all possible ties present"),
            ("components", .integer((components.max() ?? -1) + 1),
             graph.isDirected ? "weakly connected parts" : "connected parts"),
            ("diameter", .integer(diameter), "longest shortest path, in steps, between nodes that reach each other"),
            ("average_clustering", .number(Structure.averageClustering(graph)), "how often a node's contacts are tied to each other"),
            ("communities", .integer((communities.max() ?? -1) + 1), "Louvain communities (seed 42)"),
            ("modularity", .number(Structure.modularity(graph, communities: communities)),
             "how much denser ties are within communities than chance"),
        ]
        if let layers {
            let (within, between) = split(graph, by: layers)
            rows.append(("horizontal_ties", .number(within), "share of ties within one layer"))
            rows.append(("vertical_ties", .number(between), "share of ties between layers"))
        }
        if let realms {
            let (_, between) = split(graph, by: realms)
            rows.append(("cross_realm_ties", .number(between), "share of ties between realms (innovation zones)"))
        }
        return rows
    }

    /// Shares of ties whose two ends have the same value and different values (ties with an
    /// unknown end are left out of both).
    static func split(_ graph: Graph, by groups: [String?]) -> (within: Double, between: Double) {
        var within = 0, between = 0
        for node in 0..<graph.nodeCount {
            for neighbour in graph.successors(of: node) where graph.isDirected || node < neighbour {
                guard let a = groups[node], let b = groups[neighbour] else { continue }
                if a == b { within += 1 } else { between += 1 }
            }
        }
        let total = Double(within + between)
        return total == 0 ? (0, 0) : (Double(within) / total, Double(between) / total)
    }
}
