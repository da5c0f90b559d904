extension Structure {
    /// Longest shortest path in hops over all ordered pairs where the first reaches the second.
    ///
    /// Paths follow tie direction in a directed graph, so the value equals NetworkX's
    /// diameter wherever NetworkX defines one (connected undirected, strongly connected
    /// directed graphs); where some pairs cannot reach each other they are left out rather
    /// than making the diameter infinite. Weights are ignored: the diameter counts steps.
    /// 0 for a graph without ties. One breadth-first search per node.
    public static func diameter(_ graph: Graph) -> Int {
        let count = graph.nodeCount
        var distance = [Int](repeating: -1, count: count)
        var queue = [Int](repeating: 0, count: count)
        var longest = 0
        for source in 0..<count where graph.outDegree(source) > 0 {
            for node in 0..<count { distance[node] = -1 }
            distance[source] = 0
            queue[0] = source
            var head = 0
            var tail = 1
            while head < tail {
                let node = queue[head]
                head += 1
                for next in graph.successors(of: node) where distance[next] < 0 {
                    distance[next] = distance[node] + 1
                    queue[tail] = next
                    tail += 1
                }
            }
            // Breadth-first order: the last node reached is among the farthest.
            longest = max(longest, distance[queue[tail - 1]])
        }
        return longest
    }
}
