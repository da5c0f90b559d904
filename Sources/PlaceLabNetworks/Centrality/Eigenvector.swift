extension Centrality {
    /// Power iterations after which `eigenvector` gives up and returns its latest estimate.
    static let eigenvectorIterationLimit = 100_000
    /// Convergence: the iterates' summed absolute change falls below nodeCount × this.
    static let eigenvectorTolerance = 1e-15

    /// NetworkX eigenvector_centrality (unit Euclidean norm; in-edges for directed; weights when weighted), solved to convergence.
    ///
    /// Iterates x ← (A + I)·x from x = 1/n, as NetworkX does: adding I keeps the iteration from
    /// oscillating on bipartite graphs, and starting where NetworkX starts lands on the same
    /// vector when the largest eigenvalue is shared (a graph in pieces). A node's new score
    /// pulls from its in-neighbours, so nothing is scattered and the order is fixed. Where
    /// NetworkX would give up (no convergence in `eigenvectorIterationLimit` rounds, as on a
    /// long directed chain), the latest estimate is returned.
    public static func eigenvector(_ graph: Graph) -> [Double] {
        let count = graph.nodeCount
        guard count > 0 else { return [] }
        var current = [Double](repeating: 1 / Double(count), count: count)
        var next = current
        let threshold = Double(count) * eigenvectorTolerance
        for _ in 0..<eigenvectorIterationLimit {
            var squares = 0.0
            for node in 0..<count {
                var value = current[node]
                for position in graph.inOffsets[node]..<graph.inOffsets[node + 1] {
                    let weight = graph.isWeighted ? graph.inWeights[position] : 1
                    value += weight * current[graph.inTargets[position]]
                }
                next[node] = value
                squares += value * value
            }
            let norm = squares > 0 ? squares.squareRoot() : 1
            var change = 0.0
            for node in 0..<count {
                next[node] /= norm
                change += abs(next[node] - current[node])
            }
            swap(&current, &next)
            if change < threshold { break }
        }
        return current
    }
}
