/// Single-source shortest paths, one source after another, over the same buffers: breadth-
/// first search when ties have no length, Dijkstra's search otherwise. Besides distances it
/// can count shortest paths (sigma) and keeps the order in which nodes were settled, which is
/// what Brandes's betweenness needs to walk back from the farthest node.
///
/// The buffers are raw memory so the inner loops, which are where every path metric spends
/// its time, run without bounds or copy-on-write checks. One search belongs to one thread.
final class ShortestPathSearch {
    let adjacency: PathAdjacency
    /// Settled nodes, nearest first; the first `reachedCount` are this search's.
    let order: UnsafeMutableBufferPointer<Int32>
    private(set) var reachedCount = 0
    /// Hops from the source, -1 when not reached (searches without lengths).
    let hops: UnsafeMutableBufferPointer<Int32>
    /// Distance from the source, infinity when not reached (searches with lengths).
    let distance: UnsafeMutableBufferPointer<Double>
    /// Number of shortest paths from the source (when `countPaths`).
    let sigma: UnsafeMutableBufferPointer<Double>
    private let settled: UnsafeMutableBufferPointer<Bool>
    private var heap = MinHeap()

    var isWeighted: Bool { adjacency.lengths != nil }

    init(_ adjacency: PathAdjacency) {
        self.adjacency = adjacency
        let count = adjacency.nodeCount
        let weighted = adjacency.lengths != nil
        order = .allocate(capacity: count)
        sigma = .allocate(capacity: count)
        hops = .allocate(capacity: weighted ? 0 : count)
        hops.initialize(repeating: -1)
        distance = .allocate(capacity: weighted ? count : 0)
        distance.initialize(repeating: .infinity)
        settled = .allocate(capacity: weighted ? count : 0)
        settled.initialize(repeating: false)
    }

    deinit {
        order.deallocate()
        sigma.deallocate()
        hops.deallocate()
        distance.deallocate()
        settled.deallocate()
    }

    /// Distance of a node reached by the last search.
    @inline(__always) func distanceTo(_ node: Int) -> Double {
        isWeighted ? distance[node] : Double(hops[node])
    }

    /// Searches from `source`, forgetting the previous search.
    func run(from source: Int, countPaths: Bool) {
        if isWeighted {
            for index in 0..<reachedCount {
                let node = Int(order[index])
                distance[node] = .infinity
                settled[node] = false
            }
            dijkstra(from: source, countPaths: countPaths)
        } else {
            for index in 0..<reachedCount { hops[Int(order[index])] = -1 }
            breadthFirst(from: source, countPaths: countPaths)
        }
    }

    private func breadthFirst(from source: Int, countPaths: Bool) {
        adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.targets.withUnsafeBufferPointer { targets in
                hops[source] = 0
                sigma[source] = 1
                order[0] = Int32(truncatingIfNeeded: source)
                var head = 0
                var tail = 1
                while head < tail {
                    let node = Int(order[head])
                    head += 1
                    let next = hops[node] + 1
                    let paths = sigma[node]
                    for position in offsets[node]..<offsets[node + 1] {
                        let neighbour = Int(targets[position])
                        let known = hops[neighbour]
                        if known < 0 {
                            hops[neighbour] = next
                            order[tail] = targets[position]
                            tail += 1
                            if countPaths { sigma[neighbour] = paths }
                        } else if countPaths, known == next {
                            sigma[neighbour] += paths
                        }
                    }
                }
                reachedCount = tail
            }
        }
    }

    /// Settles nodes in order of distance. A node's path count is complete when it is
    /// settled, since every tie on a shortest path to it has positive length and so starts
    /// at a node settled earlier. Equal distances are compared exactly, as NetworkX does:
    /// both sum the same lengths in the same order, so they agree on which paths tie.
    private func dijkstra(from source: Int, countPaths: Bool) {
        guard let lengths = adjacency.lengths else { return }
        adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.targets.withUnsafeBufferPointer { targets in
                lengths.withUnsafeBufferPointer { lengths in
                    heap.removeAll()
                    distance[source] = 0
                    sigma[source] = 1
                    heap.push(0, Int32(truncatingIfNeeded: source))
                    var reached = 0
                    while !heap.isEmpty {
                        let entry = heap.pop()
                        let node = Int(entry.node)
                        if settled[node] || entry.distance > distance[node] { continue }
                        settled[node] = true
                        order[reached] = entry.node
                        reached += 1
                        let paths = sigma[node]
                        for position in offsets[node]..<offsets[node + 1] {
                            let neighbour = Int(targets[position])
                            if settled[neighbour] { continue }
                            let through = entry.distance + lengths[position]
                            if through < distance[neighbour] {
                                distance[neighbour] = through
                                if countPaths { sigma[neighbour] = paths }
                                heap.push(through, targets[position])
                            } else if countPaths, through == distance[neighbour] {
                                sigma[neighbour] += paths
                            }
                        }
                    }
                    reachedCount = reached
                }
            }
        }
    }

    /// The last search's reach and distance sums (the source itself excluded): what
    /// closeness and harmonic centrality are made of.
    func distanceSums() -> (others: Int, total: Double, reciprocal: Double) {
        var total = 0.0
        var reciprocal = 0.0
        for index in 1..<max(1, reachedCount) {
            let away = distanceTo(Int(order[index]))
            total += away
            reciprocal += 1 / away
        }
        return (reachedCount - 1, total, reciprocal)
    }
}
