/// A network's ties in compressed sparse rows: for node `v`, its out-neighbours are
/// `outTargets[outOffsets[v] ..< outOffsets[v + 1]]`, with the weights at the same positions.
///
/// Flat arrays rather than node objects, so that the metrics walk memory in order and a
/// graph of 100,000 nodes costs a few megabytes. Undirected graphs store each tie in both
/// directions and share one set of arrays for "out" and "in".
public struct Graph: Sendable {
    /// A tie as given: endpoints are node indices, the weight is 1 when the data has none.
    public struct Edge: Sendable, Equatable {
        public var source: Int
        public var target: Int
        public var weight: Double

        public init(_ source: Int, _ target: Int, weight: Double = 1) {
            self.source = source
            self.target = target
            self.weight = weight
        }
    }

    public let nodeCount: Int
    public let isDirected: Bool
    /// Whether path metrics use the weights (as distance = 1 / weight) and strength replaces counts.
    public let isWeighted: Bool
    /// Distinct ties after merging repeats (an undirected tie counts once).
    public let edgeCount: Int

    public let outOffsets: [Int]
    public let outTargets: [Int]
    public let outWeights: [Double]
    public let inOffsets: [Int]
    public let inTargets: [Int]
    public let inWeights: [Double]
    /// Nodes tied to themselves. Kept apart from the arrays (no path or neighbourhood measure
    /// gives a self-loop a meaning) but counted in degree, as NetworkX counts them.
    public let selfLooped: [Bool]

    /// Builds the arrays. Repeated ties between the same pair (in the same direction, or
    /// either direction when undirected) merge into one whose weight is their sum; self-loops
    /// are kept out of the arrays, because no path or neighbourhood metric gives them a
    /// meaning, and only marked for degree.
    public init(nodeCount: Int, directed: Bool, weighted: Bool, edges: [Edge]) {
        precondition(nodeCount >= 0)
        self.nodeCount = nodeCount
        self.isDirected = directed
        self.isWeighted = weighted

        // Merge repeats: key each tie by its (ordered or sorted) endpoints.
        var looped = [Bool](repeating: false, count: nodeCount)
        for edge in edges where edge.source == edge.target && edge.source >= 0 && edge.source < nodeCount {
            looped[edge.source] = true
        }
        selfLooped = looped
        var merged: [Int: Int] = [:]   // pair key -> index in `ties`
        var ties: [Edge] = []
        ties.reserveCapacity(edges.count)
        merged.reserveCapacity(edges.count)
        for edge in edges where edge.source != edge.target {
            precondition(edge.source >= 0 && edge.source < nodeCount && edge.target >= 0 && edge.target < nodeCount)
            var (a, b) = (edge.source, edge.target)
            if !directed, a > b { swap(&a, &b) }
            let key = a * nodeCount + b
            if let index = merged[key] {
                ties[index].weight += edge.weight
            } else {
                merged[key] = ties.count
                ties.append(Edge(a, b, weight: edge.weight))
            }
        }
        edgeCount = ties.count

        func compress(_ pairs: [(from: Int, to: Int, weight: Double)]) -> ([Int], [Int], [Double]) {
            var offsets = [Int](repeating: 0, count: nodeCount + 1)
            for pair in pairs { offsets[pair.from + 1] += 1 }
            for node in 0..<nodeCount { offsets[node + 1] += offsets[node] }
            var cursor = offsets
            var targets = [Int](repeating: 0, count: pairs.count)
            var weights = [Double](repeating: 0, count: pairs.count)
            for pair in pairs {
                targets[cursor[pair.from]] = pair.to
                weights[cursor[pair.from]] = pair.weight
                cursor[pair.from] += 1
            }
            // Neighbours in index order, so every traversal is deterministic.
            for node in 0..<nodeCount where offsets[node + 1] - offsets[node] > 1 {
                let range = offsets[node]..<offsets[node + 1]
                let sorted = zip(targets[range], weights[range]).sorted { $0.0 < $1.0 }
                for (position, item) in zip(range, sorted) {
                    targets[position] = item.0
                    weights[position] = item.1
                }
            }
            return (offsets, targets, weights)
        }

        if directed {
            (outOffsets, outTargets, outWeights) = compress(ties.map { ($0.source, $0.target, $0.weight) })
            (inOffsets, inTargets, inWeights) = compress(ties.map { ($0.target, $0.source, $0.weight) })
        } else {
            let both = ties.flatMap { [($0.source, $0.target, $0.weight), ($0.target, $0.source, $0.weight)] }
            (outOffsets, outTargets, outWeights) = compress(both)
            (inOffsets, inTargets, inWeights) = (outOffsets, outTargets, outWeights)
        }
    }

    /// Out-neighbours (all neighbours when undirected), in index order.
    @inlinable public func successors(of node: Int) -> ArraySlice<Int> {
        outTargets[outOffsets[node]..<outOffsets[node + 1]]
    }

    /// In-neighbours (all neighbours when undirected), in index order.
    @inlinable public func predecessors(of node: Int) -> ArraySlice<Int> {
        inTargets[inOffsets[node]..<inOffsets[node + 1]]
    }

    public func outDegree(_ node: Int) -> Int { outOffsets[node + 1] - outOffsets[node] }
    public func inDegree(_ node: Int) -> Int { inOffsets[node + 1] - inOffsets[node] }

    /// Degree as NetworkX reports it: a self-loop adds one tie out and one in, so two to an
    /// undirected degree.
    public func reportedDegree(_ node: Int) -> Int {
        let loop = selfLooped[node] ? 2 : 0
        return isDirected ? outDegree(node) + inDegree(node) + loop : outDegree(node) + loop
    }

    public func reportedOutDegree(_ node: Int) -> Int { outDegree(node) + (selfLooped[node] ? 1 : 0) }
    public func reportedInDegree(_ node: Int) -> Int { inDegree(node) + (selfLooped[node] ? 1 : 0) }

    /// The same ties with direction forgotten (a tie both ways becomes one, weights summed).
    public func undirected() -> Graph {
        guard isDirected else { return self }
        var edges: [Edge] = []
        edges.reserveCapacity(outTargets.count)
        for node in 0..<nodeCount {
            for position in outOffsets[node]..<outOffsets[node + 1] {
                edges.append(Edge(node, outTargets[position], weight: outWeights[position]))
            }
        }
        return Graph(nodeCount: nodeCount, directed: false, weighted: isWeighted, edges: edges)
    }
}
