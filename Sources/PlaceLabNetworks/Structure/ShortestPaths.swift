import HeapModule

extension Structure {
    /// Every shortest path from one node to another (distance = 1/weight when weighted), each a list of node indices, at most `limit` of them, sorted; empty when unreachable.
    ///
    /// Paths follow tie direction in a directed graph. "Sorted" is lexicographic by node
    /// index, and with more than `limit` paths the first `limit` in that order are returned:
    /// distances come from Dijkstra, then a depth-first walk from `from` over ties that lie on
    /// some shortest path to `to` visits neighbours in index order, so it meets the paths in
    /// sorted order and stops after `limit` without enumerating the rest.
    ///
    /// Two weighted routes tie when their lengths agree to a relative 1e-12, so that lengths
    /// equal in exact arithmetic but summed in a different order are not told apart
    /// (NetworkX compares floating-point sums exactly). A tie whose weight is not a positive
    /// finite number carries no path. `from == to` gives the single path `[from]`.
    public static func shortestPaths(_ graph: Graph, from source: Int, to target: Int, limit: Int = 100) -> [[Int]] {
        precondition((0..<graph.nodeCount).contains(source) && (0..<graph.nodeCount).contains(target), "node index out of range")
        guard limit > 0 else { return [] }
        guard source != target else { return [[source]] }

        func length(_ weight: Double) -> Double? {
            guard graph.isWeighted else { return 1 }
            let length = 1 / weight
            return weight > 0 && length.isFinite && length > 0 ? length : nil
        }
        let distance = distances(graph, from: source, length: length)
        guard distance[target].isFinite else { return [] }

        // A tie u→v lies on a shortest route to v when it reaches v no later than v's distance.
        // Requiring dist(u) < dist(v) as well keeps the tolerance from ever admitting a cycle.
        func isTight(_ node: Int, _ next: Int, _ weight: Double) -> Bool {
            guard let step = length(weight), distance[node] < distance[next] else { return false }
            return distance[node] + step <= distance[next] * (1 + 1e-12)
        }

        // Nodes from which `target` is reached along tight ties (walking back from it).
        var leadsToTarget = [Bool](repeating: false, count: graph.nodeCount)
        leadsToTarget[target] = true
        var queue = [target]
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for position in graph.inOffsets[node]..<graph.inOffsets[node + 1] {
                let previous = graph.inTargets[position]
                if !leadsToTarget[previous], isTight(previous, node, graph.inWeights[position]) {
                    leadsToTarget[previous] = true
                    queue.append(previous)
                }
            }
        }

        // Depth-first from the source; `cursor` is the next out-position to try at each step.
        var paths: [[Int]] = []
        var path = [source]
        var cursor = [graph.outOffsets[source]]
        while let node = path.last, paths.count < limit {
            if node == target {
                paths.append(path)
                path.removeLast()
                cursor.removeLast()
                continue
            }
            let position = cursor[cursor.count - 1]
            guard position < graph.outOffsets[node + 1] else {
                path.removeLast()
                cursor.removeLast()
                continue
            }
            cursor[cursor.count - 1] += 1
            let next = graph.outTargets[position]
            if leadsToTarget[next], isTight(node, next, graph.outWeights[position]) {
                path.append(next)
                cursor.append(graph.outOffsets[next])
            }
        }
        return paths
    }

    /// Dijkstra's distances from `source` (infinity where unreachable); `length` nil means no passage.
    static func distances(_ graph: Graph, from source: Int, length: (Double) -> Double?) -> [Double] {
        var distance = [Double](repeating: .infinity, count: graph.nodeCount)
        var settled = [Bool](repeating: false, count: graph.nodeCount)
        // Stale entries stay in the heap and are skipped when popped (no decrease-key needed).
        var heap = Heap<QueuedNode>()
        distance[source] = 0
        heap.insert(QueuedNode(distance: 0, node: source))
        while let (reached, node) = heap.popMin().map({ ($0.distance, $0.node) }) {
            if settled[node] || reached > distance[node] { continue }
            settled[node] = true
            for position in graph.outOffsets[node]..<graph.outOffsets[node + 1] {
                let next = graph.outTargets[position]
                guard !settled[next], let step = length(graph.outWeights[position]) else { continue }
                let candidate = reached + step
                if candidate < distance[next] {
                    distance[next] = candidate
                    heap.insert(QueuedNode(distance: candidate, node: next))
                }
            }
        }
        return distance
    }
}
