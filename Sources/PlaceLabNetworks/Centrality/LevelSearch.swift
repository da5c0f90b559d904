/// Breadth-first search for Brandes's betweenness on ties without length: shortest-path
/// counts going out level by level, dependencies coming back level by level.
///
/// Whether a tie leads to a new node, to the next level or back is as good as random, so a
/// loop that branches on it mispredicts on most nodes. Working a whole level at a time
/// removes the question: going out, every tie adds its node's count to the neighbour's
/// `incoming` total, and only the totals of the nodes the level discovers are kept (the
/// others are already final, and their totals are never read again); coming back, every tie
/// adds the neighbour's share, which is zero unless the neighbour lies on the next level,
/// because no other level's share has been written yet. The loops then only load, add and
/// store, and the processor can overlap the cache misses of many ties at once.
final class LevelSearch: BrandesSearch {
    let adjacency: PathAdjacency
    /// Reached nodes level by level; the first `reachedCount` are this search's. One spare
    /// slot, because the outgoing loop stores every neighbour and keeps only the new ones.
    private let order: UnsafeMutableBufferPointer<Int32>
    private var reachedCount = 0
    /// Where each level starts in `order`, and where the last one ends.
    private var levelStarts: [Int] = []
    /// Hops from the source, -1 when not reached.
    private let hops: UnsafeMutableBufferPointer<Int32>
    /// Number of shortest paths from the source.
    private let sigma: UnsafeMutableBufferPointer<Double>
    /// Path counts arriving from the level being worked (see above).
    private let incoming: UnsafeMutableBufferPointer<Double>
    /// (1 + dependency) / sigma of the nodes already walked back; zero for the rest.
    private let share: UnsafeMutableBufferPointer<Double>
    /// Σ of the next level's shares, by position in `order`, before the level's shares are written.
    private let beyond: UnsafeMutableBufferPointer<Double>

    init(_ adjacency: PathAdjacency) {
        self.adjacency = adjacency
        let count = adjacency.nodeCount
        order = .allocate(capacity: count + 1)
        order.initialize(repeating: 0)
        hops = .allocate(capacity: count)
        hops.initialize(repeating: -1)
        sigma = .allocate(capacity: count)
        sigma.initialize(repeating: 0)
        incoming = .allocate(capacity: count)
        incoming.initialize(repeating: 0)
        share = .allocate(capacity: count)
        share.initialize(repeating: 0)
        beyond = .allocate(capacity: count)
        beyond.initialize(repeating: 0)
    }

    deinit {
        order.deallocate()
        hops.deallocate()
        sigma.deallocate()
        incoming.deallocate()
        share.deallocate()
        beyond.deallocate()
    }

    /// Counts shortest paths from `source` to every node, forgetting the previous search.
    func run(from source: Int) {
        for index in 0..<reachedCount {
            let node = Int(order[index])
            hops[node] = -1
            incoming[node] = 0
            share[node] = 0
        }
        adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.targets.withUnsafeBufferPointer { targets in
                hops[source] = 0
                sigma[source] = 1
                order[0] = Int32(truncatingIfNeeded: source)
                levelStarts.removeAll(keepingCapacity: true)
                levelStarts.append(0)
                var levelStart = 0
                var levelEnd = 1
                var tail = 1
                var next: Int32 = 1
                while levelStart < levelEnd {
                    for index in levelStart..<levelEnd {
                        let node = Int(order[index])
                        let paths = sigma[node]
                        for position in offsets[node]..<offsets[node + 1] {
                            let neighbour = targets[position]
                            let slot = Int(neighbour)
                            incoming[slot] += paths
                            let known = hops[slot]
                            // 1 when new (hops -1), else 0: a shift, so no branch is made of it.
                            let isNew = Int32(bitPattern: UInt32(bitPattern: known) >> 31)
                            hops[slot] = known &+ isNew &* (next &- known)
                            order[tail] = neighbour
                            tail &+= Int(isNew)
                        }
                    }
                    for index in levelEnd..<tail {
                        let node = Int(order[index])
                        sigma[node] = incoming[node]
                    }
                    levelStarts.append(levelEnd)
                    levelStart = levelEnd
                    levelEnd = tail
                    next &+= 1
                }
                reachedCount = tail
            }
        }
    }

    /// Adds each node's dependency on the last search's source (see `BrandesSearch`),
    /// from the farthest level back.
    func accumulateDependencies(into dependencies: UnsafeMutableBufferPointer<Double>) {
        adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.targets.withUnsafeBufferPointer { targets in
                for level in stride(from: levelStarts.count - 2, through: 0, by: -1) {
                    let nodes = levelStarts[level]..<levelStarts[level + 1]
                    for index in nodes {
                        let node = Int(order[index])
                        var sum = 0.0
                        for position in offsets[node]..<offsets[node + 1] {
                            sum += share[Int(targets[position])]
                        }
                        beyond[index] = sum
                    }
                    for index in nodes {
                        let node = Int(order[index])
                        let paths = sigma[node]
                        share[node] = 1 / paths + beyond[index]
                        if index > 0 { dependencies[node] += paths * beyond[index] }
                    }
                }
            }
        }
    }
}
