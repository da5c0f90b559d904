extension Structure {
    /// Louvain communities (modularity resolution 1, directed modularity for directed graphs, weights when weighted) with a deterministic
    /// pseudo-random node order from `seed`; community numbers 0… by decreasing size, ties by lowest node index.
    ///
    /// Blondel et al. (2008) as NetworkX runs it: each level visits the nodes in one shuffled
    /// order, pass after pass, moving each to the neighbouring community with the largest
    /// positive modularity gain until a pass moves nothing; then communities become nodes
    /// and the next level starts. It stops when a level adds no more than 1e-7 to the
    /// modularity. The shuffle comes from a SplitMix64 generator, not Python's, so the
    /// communities can differ from NetworkX's for the same seed while scoring alike.
    ///
    /// `checkpoint` runs before every pass over the nodes; it throws to stop the search (Ctrl-C).
    public static func louvain(_ graph: Graph, seed: UInt64 = 42) -> [Int] { louvain(graph, seed: seed, checkpoint: {}) }

    public static func louvain(_ graph: Graph, seed: UInt64 = 42, checkpoint: () throws -> Void) rethrows -> [Int] {
        let count = graph.nodeCount
        guard count > 0 else { return [] }
        var level = LouvainLevel(graph)
        guard level.totalWeight > 0 else { return Array(0..<count) }

        var generator = SeededGenerator(seed: seed)
        var membership = Array(0..<count)   // original node -> node of the current level
        var quality = modularity(graph, communities: membership)
        while true {
            let (community, moved) = try level.moveNodes(using: &generator, checkpoint: checkpoint)
            guard moved else { break }
            // Renumber the surviving communities in order, as the next level's nodes.
            var renumbered = [Int](repeating: -1, count: level.nodeCount)
            var survivors = 0
            for slot in community.sorted() where renumbered[slot] < 0 {
                renumbered[slot] = survivors
                survivors += 1
            }
            let grouping = community.map { renumbered[$0] }
            membership = membership.map { grouping[$0] }
            let improved = modularity(graph, communities: membership)
            if improved - quality <= 1e-7 { break }
            quality = improved
            level = level.aggregated(grouping, into: survivors)
        }
        return numberedBySize(membership)
    }

    /// Community numbers 0… by decreasing size, ties by lowest member index.
    static func numberedBySize(_ labels: [Int]) -> [Int] {
        var members: [Int: (size: Int, first: Int)] = [:]
        for (node, label) in labels.enumerated() {
            let entry = members[label] ?? (0, node)
            members[label] = (entry.size + 1, entry.first)
        }
        let ranked = members.sorted { ($0.value.size, -$0.value.first) > ($1.value.size, -$1.value.first) }
        var number: [Int: Int] = [:]
        for (rank, entry) in ranked.enumerated() { number[entry.key] = rank }
        return labels.map { number[$0]! }
    }
}
