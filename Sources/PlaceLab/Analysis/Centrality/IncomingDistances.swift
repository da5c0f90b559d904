extension Centrality {
    /// For every node, the shortest distances *to* it from the nodes that can reach it:
    /// how many there are, their sum, and the sum of their reciprocals. NetworkX's closeness
    /// and harmonic centrality both measure how near the others are to a node, which on a
    /// directed graph is a search along in-ties; on an undirected one the two coincide.
    struct DistanceSums: Sendable {
        var others: Int
        var total: Double
        var reciprocal: Double
    }

    static func incomingDistanceSums(_ graph: Graph, workers: Int, cancel: @Sendable () -> Bool) throws -> [DistanceSums] {
        let count = graph.nodeCount
        let adjacency = PathAdjacency(graph, incoming: true)
        let none = DistanceSums(others: 0, total: 0, reciprocal: 0)
        return try ParallelChunks.reduce(
            count: count, workers: workers, into: [DistanceSums](repeating: none, count: count),
            { targets in
                let search = ShortestPathSearch(adjacency)
                var sums: [DistanceSums] = []
                sums.reserveCapacity(targets.count)
                for target in targets {
                    if cancel() { throw Interrupted() }
                    search.run(from: target, countPaths: false)
                    let found = search.distanceSums()
                    sums.append(DistanceSums(others: found.others, total: found.total, reciprocal: found.reciprocal))
                }
                return sums
            },
            merge: { all, sums, targets in all.replaceSubrange(targets, with: sums) })
    }
}
