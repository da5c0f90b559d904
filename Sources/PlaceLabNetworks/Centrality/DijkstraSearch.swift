import HeapModule

/// Dijkstra's single-source search over tie lengths, one source after another on the same
/// buffers, counting shortest paths (sigma) and keeping the order in which nodes were
/// settled: what Brandes's betweenness needs to walk back from the farthest node, and the
/// distances closeness and harmonic centrality sum.
///
/// The buffers are raw memory so the inner loops, where the path metrics spend their time,
/// run without bounds or copy-on-write checks. One search belongs to one thread.
final class DijkstraSearch: BrandesSearch {
    let adjacency: PathAdjacency
    /// Settled nodes, nearest first; the first `reachedCount` are this search's.
    let order: UnsafeMutableBufferPointer<Int32>
    private(set) var reachedCount = 0
    /// Distance from the source, infinity when not reached.
    let distance: UnsafeMutableBufferPointer<Double>
    /// Number of shortest paths from the source (when counted); the backward walk of
    /// `accumulateDependencies` overwrites a node's count with its share once it has used it.
    let sigma: UnsafeMutableBufferPointer<Double>
    private let settled: UnsafeMutableBufferPointer<Bool>
    private var heap = Heap<QueuedNode>()

    init(_ adjacency: PathAdjacency) {
        precondition(adjacency.lengths != nil, "Dijkstra's search needs tie lengths")
        self.adjacency = adjacency
        let count = adjacency.nodeCount
        order = .allocate(capacity: count)
        order.initialize(repeating: 0)
        sigma = .allocate(capacity: count)
        sigma.initialize(repeating: 0)
        distance = .allocate(capacity: count)
        distance.initialize(repeating: .infinity)
        settled = .allocate(capacity: count)
        settled.initialize(repeating: false)
    }

    deinit {
        order.deallocate()
        sigma.deallocate()
        distance.deallocate()
        settled.deallocate()
    }

    /// Searches from `source`, forgetting the previous search. A node's path count is
    /// complete when it is settled, since every tie on a shortest path to it has positive
    /// length and so starts at a node settled earlier. Equal distances are compared exactly,
    /// as NetworkX does: both sum the same lengths in the same order, so they agree on which
    /// paths tie.
    func run(from source: Int, countPaths: Bool) {
        for index in 0..<reachedCount {
            let node = Int(order[index])
            distance[node] = .infinity
            settled[node] = false
        }
        guard let lengths = adjacency.lengths else { return }
        adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.targets.withUnsafeBufferPointer { targets in
                lengths.withUnsafeBufferPointer { lengths in
                    heap = Heap()
                    distance[source] = 0
                    sigma[source] = 1
                    heap.insert(QueuedNode(distance: 0, node: source))
                    var reached = 0
                    while let entry = heap.popMin() {
                        let node = entry.node
                        if settled[node] || entry.distance > distance[node] { continue }
                        settled[node] = true
                        order[reached] = Int32(truncatingIfNeeded: node)
                        reached += 1
                        let paths = sigma[node]
                        for position in offsets[node]..<offsets[node + 1] {
                            let neighbour = Int(targets[position])
                            if settled[neighbour] { continue }
                            let through = entry.distance + lengths[position]
                            if through < distance[neighbour] {
                                distance[neighbour] = through
                                if countPaths { sigma[neighbour] = paths }
                                heap.insert(QueuedNode(distance: through, node: neighbour))
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

    func run(from source: Int) { run(from: source, countPaths: true) }

    /// Adds each node's dependency on the last search's source (see `BrandesSearch`). The
    /// nodes one shortest step beyond a node are the out-neighbours whose distance is its
    /// own plus the tie's length, compared exactly as the forward search compared them.
    func accumulateDependencies(into dependencies: UnsafeMutableBufferPointer<Double>) {
        guard let lengths = adjacency.lengths else { return }
        adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.targets.withUnsafeBufferPointer { targets in
                lengths.withUnsafeBufferPointer { lengths in
                    for index in stride(from: reachedCount - 1, through: 0, by: -1) {
                        let node = Int(order[index])
                        let here = distance[node]
                        var beyond = 0.0
                        for position in offsets[node]..<offsets[node + 1] {
                            let next = Int(targets[position])
                            if distance[next] == here + lengths[position] { beyond += sigma[next] }
                        }
                        let paths = sigma[node]
                        sigma[node] = 1 / paths + beyond
                        if index > 0 { dependencies[node] += paths * beyond }
                    }
                }
            }
        }
    }

    /// The last search's reach and distance sums, the source itself excluded: what
    /// closeness and harmonic centrality are made of.
    func distanceSums() -> Centrality.DistanceSums {
        var sums = Centrality.DistanceSums(others: max(0, reachedCount - 1), total: 0, reciprocal: 0)
        for index in 1..<max(1, reachedCount) {
            let away = distance[Int(order[index])]
            sums.total += away
            sums.reciprocal += 1 / away
        }
        return sums
    }
}
