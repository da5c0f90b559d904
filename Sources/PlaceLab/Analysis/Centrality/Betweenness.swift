extension Centrality {
    /// NetworkX betweenness_centrality(normalized=True), weight as distance = 1/weight when graph.isWeighted.
    public static func betweenness(_ graph: Graph, cancel: @Sendable () -> Bool = { false }) throws -> [Double] {
        try betweenness(graph, workers: ParallelChunks.coreCount, cancel: cancel)
    }

    /// Brandes's algorithm: from every source, count shortest paths forwards, then walk back
    /// from the farthest node summing each node's dependency on the paths through it. Each
    /// chunk of sources sums into its own array; the arrays are added in chunk order.
    static func betweenness(_ graph: Graph, workers: Int, cancel: @Sendable () -> Bool) throws -> [Double] {
        let count = graph.nodeCount
        let adjacency = PathAdjacency(graph)
        var totals = try ParallelChunks.reduce(
            count: count, workers: workers, into: [Double](repeating: 0, count: count),
            { sources in
                let search = ShortestPathSearch(adjacency)
                var dependencies = [Double](repeating: 0, count: count)
                var share = [Double](repeating: 0, count: count)
                for source in sources {
                    if cancel() { throw Interrupted() }
                    search.run(from: source, countPaths: true)
                    accumulateDependencies(of: search, into: &dependencies, share: &share)
                }
                return dependencies
            },
            merge: { totals, dependencies, _ in
                for node in 0..<count { totals[node] += dependencies[node] }
            })
        // Every ordered pair of other nodes is a possible path through a node. Undirected
        // graphs count each pair from both ends, so dividing by the ordered pairs halves them.
        if count > 2 {
            let scale = 1 / Double((count - 1) * (count - 2))
            for node in 0..<count { totals[node] *= scale }
        }
        return totals
    }

    /// Adds each node's dependency on the last search's source. A node's dependency is
    /// sigma(v) × Σ (1 + dependency(w)) / sigma(w) over the nodes w one shortest step beyond
    /// it, so each node keeps `share` = (1 + dependency) / sigma for the nodes before it, and
    /// walking the settled order backwards reads only finished shares. Pulling from a node's
    /// own out-ties, rather than pushing to stored predecessor lists, needs no list at all.
    private static func accumulateDependencies(of search: ShortestPathSearch, into dependencies: inout [Double],
                                               share: inout [Double]) {
        let adjacency = search.adjacency
        let order = search.order
        let sigma = search.sigma
        adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.targets.withUnsafeBufferPointer { targets in
                dependencies.withUnsafeMutableBufferPointer { dependencies in
                    share.withUnsafeMutableBufferPointer { share in
                        if let lengths = adjacency.lengths {
                            let distance = search.distance
                            lengths.withUnsafeBufferPointer { lengths in
                                for index in stride(from: search.reachedCount - 1, through: 0, by: -1) {
                                    let node = Int(order[index])
                                    let here = distance[node]
                                    var beyond = 0.0
                                    for position in offsets[node]..<offsets[node + 1] {
                                        let next = Int(targets[position])
                                        if distance[next] == here + lengths[position] { beyond += share[next] }
                                    }
                                    share[node] = 1 / sigma[node] + beyond
                                    if index > 0 { dependencies[node] += sigma[node] * beyond }
                                }
                            }
                        } else {
                            let hops = search.hops
                            for index in stride(from: search.reachedCount - 1, through: 0, by: -1) {
                                let node = Int(order[index])
                                let nextHop = hops[node] + 1
                                var beyond = 0.0
                                for position in offsets[node]..<offsets[node + 1] {
                                    let next = Int(targets[position])
                                    if hops[next] == nextHop { beyond += share[next] }
                                }
                                share[node] = 1 / sigma[node] + beyond
                                if index > 0 { dependencies[node] += sigma[node] * beyond }
                            }
                        }
                    }
                }
            }
        }
    }
}
