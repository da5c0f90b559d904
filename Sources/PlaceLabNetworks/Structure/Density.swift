extension Structure {
    /// NetworkX density: ties present over ties possible (n(n-1), halved when undirected); 0 below two nodes.
    public static func density(_ graph: Graph) -> Double {
        let count = Double(graph.nodeCount)
        guard graph.nodeCount > 1 else { return 0 }
        let possible = count * (count - 1) / (graph.isDirected ? 1 : 2)
        return Double(graph.edgeCount) / possible
    }
}
