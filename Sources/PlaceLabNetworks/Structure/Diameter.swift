extension Structure {
    /// Longest shortest path in hops over all ordered pairs where the first reaches the second.
    ///
    /// Paths follow tie direction in a directed graph, so the value equals NetworkX's
    /// diameter wherever NetworkX defines one (connected undirected, strongly connected
    /// directed graphs); where some pairs cannot reach each other they are left out rather
    /// than making the diameter infinite. Weights are ignored: the diameter counts steps.
    /// 0 for a graph without ties.
    ///
    /// Undirected graphs use Takes & Kosters' eccentricity bounds (2011), which usually
    /// settle the exact value after a few searches per component; directed graphs search
    /// from every node (time nodes × ties).
    ///
    /// `checkpoint` runs before every search; it throws to stop (Ctrl-C on a large network).
    public static func diameter(_ graph: Graph) -> Int { diameter(graph, checkpoint: {}) }

    public static func diameter(_ graph: Graph, checkpoint: () throws -> Void) rethrows -> Int {
        var search = BreadthFirstSearch(graph)
        guard !graph.isDirected else {
            var longest = 0
            for source in 0..<graph.nodeCount where graph.outDegree(source) > 0 {
                try checkpoint()
                longest = max(longest, search.run(from: source))
            }
            return longest
        }
        var members = [[Int]]()
        for (node, component) in components(graph).enumerated() {
            if component == members.count { members.append([]) }
            members[component].append(node)
        }
        var longest = 0
        for nodes in members where nodes.count > 1 {
            longest = try boundedDiameter(graph, nodes, at: longest, using: &search, checkpoint: checkpoint)
        }
        return longest
    }

    /// The largest eccentricity in one undirected component, or `known` if that is larger.
    ///
    /// After a search from v with eccentricity e, each node w at distance d has
    /// max(d, e − d) ≤ ecc(w) ≤ e + d. A node leaves the candidates once its upper bound
    /// cannot beat the longest distance known, or its eccentricity is pinned exactly (the
    /// source's always is). Sources alternate between the candidate with the highest upper
    /// bound and the one with the lowest lower bound, ties to the higher degree.
    private static func boundedDiameter(_ graph: Graph, _ nodes: [Int], at known: Int, using search: inout BreadthFirstSearch,
                                        checkpoint: () throws -> Void) rethrows -> Int {
        var longest = known
        var lower = [Int](repeating: 0, count: nodes.count)
        var upper = [Int](repeating: Int.max, count: nodes.count)
        var candidates = Array(nodes.indices)   // positions in `nodes`
        func degree(_ index: Int) -> Int { graph.outDegree(nodes[index]) }
        var source = candidates.max { (degree($0), -$0) < (degree($1), -$1) }!
        var highUpperNext = true
        while true {
            try checkpoint()
            let eccentricity = search.run(from: nodes[source])
            longest = max(longest, eccentricity)
            for index in candidates {
                let distance = search.distance[nodes[index]]
                lower[index] = max(lower[index], distance, eccentricity - distance)
                upper[index] = min(upper[index], eccentricity + distance)
                longest = max(longest, lower[index])
            }
            candidates.removeAll { upper[$0] <= longest || lower[$0] == upper[$0] }
            guard !candidates.isEmpty else { return longest }
            if highUpperNext {
                source = candidates.max { (upper[$0], degree($0)) < (upper[$1], degree($1)) }!
            } else {
                source = candidates.min { (lower[$0], -degree($0)) < (lower[$1], -degree($1)) }!
            }
            highUpperNext.toggle()
        }
    }
}
