/// Breadth-first searches from 64 sources at once, one bit per source, for the distance
/// sums of closeness and harmonic centrality on graphs whose ties have no length.
///
/// A node's 64-bit words say which of the searches have seen it and which have it on their
/// frontier, so one pass over a node's ties advances every search that is there: on a
/// small-world graph the 64 searches reach most nodes at only a handful of distinct levels,
/// and the ties are read that handful of times instead of 64 (Then et al., "The More the
/// Merrier: Efficient Multi-Source Graph Traversal", VLDB 2015).
final class BitParallelSearch {
    static let width = UInt64.bitWidth

    let adjacency: PathAdjacency
    private let seen: UnsafeMutableBufferPointer<UInt64>
    private let frontier: UnsafeMutableBufferPointer<UInt64>
    private let arriving: UnsafeMutableBufferPointer<UInt64>
    private var active: [Int32] = []
    private var counter: LaneCounter

    init(_ adjacency: PathAdjacency) {
        precondition(adjacency.lengths == nil, "bit-parallel search counts hops only")
        self.adjacency = adjacency
        let count = adjacency.nodeCount
        seen = .allocate(capacity: count)
        frontier = .allocate(capacity: count)
        arriving = .allocate(capacity: count)
        seen.initialize(repeating: 0)
        frontier.initialize(repeating: 0)
        arriving.initialize(repeating: 0)
        counter = LaneCounter(maximum: count)
    }

    deinit {
        seen.deallocate()
        frontier.deallocate()
        arriving.deallocate()
    }

    /// Distance sums for up to 64 sources, in the order given.
    func distanceSums(from sources: Range<Int>) -> [Centrality.DistanceSums] {
        precondition(sources.count <= Self.width)
        var sums = [Centrality.DistanceSums](repeating: .init(others: 0, total: 0, reciprocal: 0), count: sources.count)
        let count = adjacency.nodeCount
        seen.update(repeating: 0)
        active.removeAll(keepingCapacity: true)
        for (lane, source) in sources.enumerated() {
            seen[source] = 1 << UInt64(lane)
            frontier[source] = 1 << UInt64(lane)
            active.append(Int32(truncatingIfNeeded: source))
        }
        adjacency.offsets.withUnsafeBufferPointer { offsets in
            adjacency.targets.withUnsafeBufferPointer { targets in
                var level = 0
                while !active.isEmpty {
                    level += 1
                    // Every search on a node's frontier steps along all of its ties at once.
                    for node in active {
                        let node = Int(node)
                        let bits = frontier[node]
                        frontier[node] = 0
                        for position in offsets[node]..<offsets[node + 1] {
                            arriving[Int(targets[position])] |= bits
                        }
                    }
                    // Keep the arrivals that are new to their search; they form the next frontier.
                    active.removeAll(keepingCapacity: true)
                    for node in 0..<count where arriving[node] != 0 {
                        let fresh = arriving[node] & ~seen[node]
                        arriving[node] = 0
                        guard fresh != 0 else { continue }
                        seen[node] |= fresh
                        frontier[node] = fresh
                        active.append(Int32(truncatingIfNeeded: node))
                        counter.add(fresh)
                    }
                    let distance = Double(level)
                    for lane in 0..<sums.count {
                        let reached = counter.count(lane: lane)
                        guard reached > 0 else { continue }
                        sums[lane].others += reached
                        sums[lane].total += distance * Double(reached)
                        sums[lane].reciprocal += Double(reached) / distance
                    }
                    counter.reset()
                }
            }
        }
        return sums
    }
}

/// 64 counters side by side in bit-sliced form: plane k holds bit k of every lane's count,
/// so adding a word of one-bit increments is a ripple of ANDs and XORs, not 64 additions.
struct LaneCounter {
    private var planes: [UInt64]

    init(maximum: Int) {
        planes = [UInt64](repeating: 0, count: max(1, Int.bitWidth - maximum.leadingZeroBitCount))
    }

    /// Adds 1 to every lane whose bit is set.
    @inline(__always) mutating func add(_ increments: UInt64) {
        var carry = increments
        var plane = 0
        while carry != 0 {
            let next = planes[plane] & carry
            planes[plane] ^= carry
            carry = next
            plane += 1
        }
    }

    func count(lane: Int) -> Int {
        var total = 0
        for (plane, bits) in planes.enumerated() { total |= Int((bits >> UInt64(lane)) & 1) << plane }
        return total
    }

    mutating func reset() {
        for plane in planes.indices { planes[plane] = 0 }
    }
}
