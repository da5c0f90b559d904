extension Structure {
    /// NetworkX core_number (directed: in+out degree).
    ///
    /// A node's core number is the largest k such that it belongs to a subgraph in which
    /// every node has degree at least k. Batagelj and Zaversnik's bucket peeling finds all
    /// of them in time proportional to the ties: nodes are taken in increasing current
    /// degree and each removal lowers its neighbours' degrees by one per tie. A reciprocated
    /// directed pair counts twice, once in each direction, as NetworkX's in+out degree does.
    public static func coreNumbers(_ graph: Graph) -> [Int] {
        let count = graph.nodeCount
        guard count > 0 else { return [] }
        var degree = (0..<count).map { graph.isDirected ? graph.outDegree($0) + graph.inDegree($0) : graph.outDegree($0) }
        let maxDegree = degree.max() ?? 0

        // Nodes sorted by degree (`order`), each node's place in it, and where each degree's bucket starts.
        var bucketStart = [Int](repeating: 0, count: maxDegree + 2)
        for value in degree { bucketStart[value + 1] += 1 }
        for value in 0...maxDegree { bucketStart[value + 1] += bucketStart[value] }
        var place = [Int](repeating: 0, count: count)
        var order = [Int](repeating: 0, count: count)
        var cursor = bucketStart
        for node in 0..<count {
            place[node] = cursor[degree[node]]
            order[place[node]] = node
            cursor[degree[node]] += 1
        }

        func lower(_ neighbour: Int, below node: Int) {
            guard degree[neighbour] > degree[node] else { return }
            // Swap the neighbour to the front of its bucket, then shrink the bucket past it.
            let bucket = degree[neighbour]
            let front = bucketStart[bucket]
            let other = order[front]
            if other != neighbour {
                order[place[neighbour]] = other
                place[other] = place[neighbour]
                order[front] = neighbour
                place[neighbour] = front
            }
            bucketStart[bucket] += 1
            degree[neighbour] -= 1
        }

        for index in 0..<count {
            let node = order[index]
            for neighbour in graph.successors(of: node) { lower(neighbour, below: node) }
            if graph.isDirected {
                for neighbour in graph.predecessors(of: node) { lower(neighbour, below: node) }
            }
        }
        return degree
    }
}
