import PlaceLabCore

extension Centrality {
    /// How near the other nodes are to one node: how many reach it, and the sum of their
    /// shortest distances to it and of the reciprocals of those distances.
    struct DistanceSums: Sendable {
        var others: Int
        var total: Double
        var reciprocal: Double
    }

    /// Distance sums for every node. NetworkX's closeness and harmonic centrality measure
    /// distances *to* a node, so on a directed graph the searches follow in-ties; on an
    /// undirected one the two directions coincide.
    static func incomingDistanceSums(_ graph: Graph, workers: Int, cancel: @Sendable () -> Bool) throws -> [DistanceSums] {
        let count = graph.nodeCount
        let adjacency = PathAdjacency(graph, incoming: true)
        let none = DistanceSums(others: 0, total: 0, reciprocal: 0)
        if adjacency.lengths != nil {
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
        // Without lengths, 64 searches share each pass over the ties. Chunks are made of
        // whole batches of 64 targets, so that only the very last batch runs part-empty.
        let width = BitParallelSearch.width
        let batches = (count + width - 1) / width
        @Sendable func targets(_ batches: Range<Int>) -> Range<Int> {
            (batches.lowerBound * width)..<min(count, batches.upperBound * width)
        }
        return try ParallelChunks.reduce(
            count: batches, workers: workers, into: [DistanceSums](repeating: none, count: count),
            { batchRange in
                let search = BitParallelSearch(adjacency)
                var sums: [DistanceSums] = []
                for batch in batchRange {
                    if cancel() { throw Interrupted() }
                    sums += search.distanceSums(from: targets(batch..<(batch + 1)))
                }
                return sums
            },
            merge: { all, sums, batchRange in all.replaceSubrange(targets(batchRange), with: sums) })
    }
}
