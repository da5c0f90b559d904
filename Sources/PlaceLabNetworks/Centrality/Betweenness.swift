import PlaceLabCore

extension Centrality {
    /// NetworkX betweenness_centrality(normalized=True), weight as distance = 1/weight when graph.isWeighted.
    public static func betweenness(_ graph: Graph, cancel: @Sendable () -> Bool = { false }) throws -> [Double] {
        try betweenness(graph, workers: ParallelChunks.coreCount, cancel: cancel)
    }

    /// Brandes's algorithm: from every source, count shortest paths forwards, then walk back
    /// from the farthest node summing each node's dependency on the paths through it. Each
    /// chunk of sources sums into its own array; the arrays are added in chunk order.
    static func betweenness(_ graph: Graph, workers: Int, cancel: @Sendable () -> Bool) throws -> [Double] {
        let adjacency = PathAdjacency(graph)
        var totals = adjacency.lengths == nil
            ? try dependencySums(LevelSearch.self, adjacency, workers: workers, cancel: cancel)
            : try dependencySums(DijkstraSearch.self, adjacency, workers: workers, cancel: cancel)
        // Every ordered pair of other nodes is a possible path through a node. Undirected
        // graphs count each pair from both ends, so dividing by the ordered pairs halves them.
        let count = graph.nodeCount
        if count > 2 {
            let scale = 1 / Double((count - 1) * (count - 2))
            for node in 0..<count { totals[node] *= scale }
        }
        return totals
    }

    private static func dependencySums<Search: BrandesSearch>(
        _ search: Search.Type, _ adjacency: PathAdjacency, workers: Int, cancel: @Sendable () -> Bool
    ) throws -> [Double] {
        let count = adjacency.nodeCount
        return try ParallelChunks.reduce(
            count: count, workers: workers, into: [Double](repeating: 0, count: count),
            { sources in
                let search = Search(adjacency)
                var dependencies = [Double](repeating: 0, count: count)
                try dependencies.withUnsafeMutableBufferPointer { dependencies in
                    for source in sources {
                        if cancel() { throw Interrupted() }
                        search.run(from: source)
                        search.accumulateDependencies(into: dependencies)
                    }
                }
                return dependencies
            },
            merge: { totals, dependencies, _ in
                for node in 0..<count { totals[node] += dependencies[node] }
            })
    }
}
