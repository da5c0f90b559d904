extension Structure {
    /// Breadth-first searches along out-ties, one after another, reusing their buffers:
    /// each search resets only the nodes the previous one reached, so searching a small
    /// component of a large graph costs the component, not the graph.
    struct BreadthFirstSearch {
        private let offsets: [Int]
        private let targets: [Int]
        /// Steps from the last source; -1 where it does not reach.
        private(set) var distance: [Int]
        /// The nodes the last search reached, in the order it reached them.
        private var queue: [Int]
        private var reachedCount = 0

        init(_ graph: Graph) {
            offsets = graph.outOffsets
            targets = graph.outTargets
            distance = [Int](repeating: -1, count: graph.nodeCount)
            queue = [Int](repeating: 0, count: graph.nodeCount)
        }

        /// Searches from `source` and returns its eccentricity: the most steps to any node it reaches.
        mutating func run(from source: Int) -> Int {
            for index in 0..<reachedCount { distance[queue[index]] = -1 }
            var tail = 0
            offsets.withUnsafeBufferPointer { offsets in
                targets.withUnsafeBufferPointer { targets in
                    distance.withUnsafeMutableBufferPointer { distance in
                        queue.withUnsafeMutableBufferPointer { queue in
                            distance[source] = 0
                            queue[0] = source
                            tail = 1
                            var head = 0
                            while head < tail {
                                let node = queue[head]
                                head += 1
                                let next = distance[node] + 1
                                for position in offsets[node]..<offsets[node + 1] where distance[targets[position]] < 0 {
                                    distance[targets[position]] = next
                                    queue[tail] = targets[position]
                                    tail += 1
                                }
                            }
                        }
                    }
                }
            }
            reachedCount = tail
            // Breadth-first order: the last node reached is among the farthest.
            return distance[queue[tail - 1]]
        }
    }
}
