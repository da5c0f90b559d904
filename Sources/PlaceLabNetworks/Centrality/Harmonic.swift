extension Centrality {
    /// NetworkX harmonic_centrality: Σ 1 / distance from every other node that reaches this one
    /// (incoming distances on a directed graph, as NetworkX); unreachable nodes add nothing.
    public static func harmonic(_ graph: Graph, cancel: @Sendable () -> Bool = { false }) throws -> [Double] {
        try harmonic(graph, workers: ParallelChunks.coreCount, cancel: cancel)
    }

    static func harmonic(_ graph: Graph, workers: Int, cancel: @Sendable () -> Bool) throws -> [Double] {
        try incomingDistanceSums(graph, workers: workers, cancel: cancel).map(\.reciprocal)
    }
}
