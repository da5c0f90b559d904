extension Centrality {
    /// NetworkX closeness_centrality(wf_improved=True); directed graphs use incoming distances (as NetworkX).
    public static func closeness(_ graph: Graph, cancel: @Sendable () -> Bool = { false }) throws -> [Double] {
        try closeness(graph, workers: ParallelChunks.coreCount, cancel: cancel)
    }

    /// (r − 1) / Σ distance, scaled by (r − 1) / (n − 1) where r counts the nodes that reach
    /// this one, itself included: Wasserman and Faust's correction, so that a node close to a
    /// few others in a small component does not outrank one close to many.
    static func closeness(_ graph: Graph, workers: Int, cancel: @Sendable () -> Bool) throws -> [Double] {
        let count = graph.nodeCount
        return try incomingDistanceSums(graph, workers: workers, cancel: cancel).map { sums in
            guard sums.total > 0, count > 1 else { return 0 }
            let others = Double(sums.others)
            return others / sums.total * (others / Double(count - 1))
        }
    }
}
