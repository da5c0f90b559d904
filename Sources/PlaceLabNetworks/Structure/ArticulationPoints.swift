extension Structure {
    /// Cut points of the undirected version (NetworkX articulation_points), sorted node indices.
    ///
    /// Tarjan's depth-first lowpoints, with an explicit stack so that a long chain of nodes
    /// cannot overflow the call stack: a non-root node is a cut point when some child's
    /// subtree reaches no higher than the node itself; a root when it has two or more children.
    public static func articulationPoints(_ graph: Graph) -> [Int] {
        let count = graph.nodeCount
        // A directed tie is walked from both ends: out-list first, then in-list.
        func neighbourCount(_ node: Int) -> Int {
            graph.isDirected ? graph.outDegree(node) + graph.inDegree(node) : graph.outDegree(node)
        }
        func neighbour(_ node: Int, _ index: Int) -> Int {
            let outDegree = graph.outDegree(node)
            return index < outDegree ? graph.outTargets[graph.outOffsets[node] + index]
                                     : graph.inTargets[graph.inOffsets[node] + index - outDegree]
        }

        var discovered = [Int](repeating: -1, count: count)
        var low = [Int](repeating: 0, count: count)
        var parent = [Int](repeating: -1, count: count)
        var isCut = [Bool](repeating: false, count: count)
        var stack: [(node: Int, cursor: Int)] = []
        var clock = 0

        for root in 0..<count where discovered[root] < 0 {
            discovered[root] = clock
            low[root] = clock
            clock += 1
            var rootChildren = 0
            stack.append((root, 0))
            while let top = stack.last {
                let node = top.node
                if top.cursor < neighbourCount(node) {
                    stack[stack.count - 1].cursor += 1
                    let next = neighbour(node, top.cursor)
                    // Skipping every copy of the tree tie to the parent is right for a simple
                    // graph: a reciprocated directed pair is one undirected tie, not two.
                    if next == parent[node] { continue }
                    if discovered[next] < 0 {
                        parent[next] = node
                        discovered[next] = clock
                        low[next] = clock
                        clock += 1
                        stack.append((next, 0))
                    } else {
                        low[node] = min(low[node], discovered[next])
                    }
                } else {
                    stack.removeLast()
                    let above = parent[node]
                    guard above >= 0 else { continue }
                    low[above] = min(low[above], low[node])
                    if above == root {
                        rootChildren += 1
                    } else if low[node] >= discovered[above] {
                        isCut[above] = true
                    }
                }
            }
            if rootChildren > 1 { isCut[root] = true }
        }
        return (0..<count).filter { isCut[$0] }
    }
}
