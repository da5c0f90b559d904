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
        guard adjacency.lengths == nil else {
            return try ParallelChunks.reduce(
                count: count, workers: workers, into: [DistanceSums](repeating: none, count: count),
                { targets in
                    let search = DijkstraSearch(adjacency)
                    var sums: [DistanceSums] = []
                    sums.reserveCapacity(targets.count)
                    for target in targets {
                        if cancel() { throw Interrupted() }
                        search.run(from: target, countPaths: false)
                        sums.append(search.distanceSums())
                    }
                    return sums
                },
                merge: { all, sums, targets in all.replaceSubrange(targets, with: sums) })
        }
        // Without lengths, 64 searches share each pass over the ties; chunks are made of
        // whole batches of 64 targets so that none runs part-empty but the last.
        let width = BitParallelSearch.width
        let batches = (count + width - 1) / width
        return try ParallelChunks.reduce(
            count: batches, workers: workers, into: [DistanceSums](repeating: none, count: count),
            { batchRange in
                let search = BitParallelSearch(adjacency)
                var sums: [DistanceSums] = []
                for batch in batchRange {
                    if cancel() { throw Interrupted() }
                    sums += search.distanceSums(from: (batch * width)..<min(count, (batch + 1) * width))
                }
                return sums
            },
            merge: { all, sums, batchRange in
                all.replaceSubrange((batchRange.lowerBound * width)..<min(count, batchRange.upperBound * width), with: sums)
            })
    }
}
