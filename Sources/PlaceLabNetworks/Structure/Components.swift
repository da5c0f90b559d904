extension Structure {
    /// Weakly connected component index per node (0… in order of first node).
    public static func components(_ graph: Graph) -> [Int] {
        var component = [Int](repeating: -1, count: graph.nodeCount)
        var queue: [Int] = []
        var next = 0
        for start in 0..<graph.nodeCount where component[start] < 0 {
            component[start] = next
            queue.removeAll(keepingCapacity: true)
            queue.append(start)
            var head = 0
            while head < queue.count {
                let node = queue[head]
                head += 1
                for neighbour in graph.successors(of: node) where component[neighbour] < 0 {
                    component[neighbour] = next
                    queue.append(neighbour)
                }
                // Weak connectivity: a tie joins its ends whichever way it points.
                guard graph.isDirected else { continue }
                for neighbour in graph.predecessors(of: node) where component[neighbour] < 0 {
                    component[neighbour] = next
                    queue.append(neighbour)
                }
            }
            next += 1
        }
        return component
    }
}
