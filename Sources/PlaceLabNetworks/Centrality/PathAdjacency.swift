/// One direction of a graph's ties, laid out for shortest-path searches: 32-bit node
/// indices (half the memory traffic of `Int`, which is what a search's time goes on) and,
/// when the graph is weighted, each tie's length as distance = 1 / weight.
struct PathAdjacency: Sendable {
    let nodeCount: Int
    let offsets: [Int]
    let targets: [Int32]
    /// Tie lengths at the same positions as `targets`; nil when every tie has length 1.
    let lengths: [Double]?

    /// Out-ties, or in-ties when `incoming` (searching them gives distances *to* a node).
    /// A weighted tie whose weight is not positive carries no path, so it is left out:
    /// its length would be infinite or negative.
    init(_ graph: Graph, incoming: Bool = false) {
        precondition(graph.nodeCount < Int(Int32.max), "node indices must fit in 32 bits")
        nodeCount = graph.nodeCount
        let offsets = incoming ? graph.inOffsets : graph.outOffsets
        let targets = incoming ? graph.inTargets : graph.outTargets
        guard graph.isWeighted else {
            self.offsets = offsets
            self.targets = targets.map { Int32(truncatingIfNeeded: $0) }
            lengths = nil
            return
        }
        let weights = incoming ? graph.inWeights : graph.outWeights
        var keptOffsets = [Int](repeating: 0, count: graph.nodeCount + 1)
        var keptTargets: [Int32] = []
        var keptLengths: [Double] = []
        keptTargets.reserveCapacity(targets.count)
        keptLengths.reserveCapacity(targets.count)
        for node in 0..<graph.nodeCount {
            for position in offsets[node]..<offsets[node + 1] where weights[position] > 0 {
                let length = 1 / weights[position]
                guard length.isFinite, length > 0 else { continue }
                keptTargets.append(Int32(truncatingIfNeeded: targets[position]))
                keptLengths.append(length)
            }
            keptOffsets[node + 1] = keptTargets.count
        }
        self.offsets = keptOffsets
        self.targets = keptTargets
        lengths = keptLengths
    }
}
