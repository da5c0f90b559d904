/// Positions grouped by an integer key through an open-addressing table of flat arrays: the
/// same groups, first-seen numbering and members as HashGroups<Int>, without a Dictionary's
/// per-key hashing and buckets on the hot path of group and join.
struct IntHashGroups {
    /// Slot keys and, per slot, its group (-1 where empty); the slot count is a power of two.
    private var keys: [Int]
    private var groups: [Int]
    private var shift: Int
    /// The group of each position; -1 for a position left out.
    private(set) var groupOf: [Int]
    /// The first position of each group, in first-seen order.
    private(set) var firstPositions: [Int] = []

    /// Mixed into every key, so crafted keys cannot pile into one run of slots.
    private static let seed = Int.random(in: .min ... .max)

    /// `key(position)` gives the key of a position, or nil for a null: left out, or with
    /// `nullsGroup` a group of its own.
    init(count: Int, nullsGroup: Bool = false, checkInterrupt: () throws -> Void, key: (Int) -> Int?) rethrows {
        shift = 64 - 4
        keys = [Int](repeating: 0, count: 16)
        groups = [Int](repeating: -1, count: 16)
        groupOf = [Int](repeating: -1, count: count)
        var nullGroup = -1
        for position in 0..<count {
            if position & 0xFFFF == 0 { try checkInterrupt() }
            guard let key = key(position) else {
                guard nullsGroup else { continue }
                if nullGroup < 0 {
                    nullGroup = firstPositions.count
                    firstPositions.append(position)
                }
                groupOf[position] = nullGroup
                continue
            }
            var index = slot(of: key)
            while groups[index] >= 0, keys[index] != key { index = (index + 1) & (keys.count - 1) }
            if groups[index] >= 0 {
                groupOf[position] = groups[index]
                continue
            }
            let group = firstPositions.count
            keys[index] = key
            groups[index] = group
            groupOf[position] = group
            firstPositions.append(position)
            // At most half full, so probes stay short.
            if 2 * firstPositions.count > keys.count { grow() }
        }
    }

    var count: Int { firstPositions.count }

    /// The group holding this key, if any.
    func group(of key: Int) -> Int? {
        var index = slot(of: key)
        while groups[index] >= 0 {
            if keys[index] == key { return groups[index] }
            index = (index + 1) & (keys.count - 1)
        }
        return nil
    }

    /// Fibonacci hashing: the top bits of the seeded key times 2^64/φ.
    @inline(__always)
    private func slot(of key: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: key ^ Self.seed) &* 0x9E37_79B9_7F4A_7C15) >> UInt64(shift))
    }

    private mutating func grow() {
        let oldKeys = keys, oldGroups = groups
        shift -= 1
        keys = [Int](repeating: 0, count: oldKeys.count * 2)
        groups = [Int](repeating: -1, count: oldKeys.count * 2)
        for index in oldKeys.indices where oldGroups[index] >= 0 {
            var free = slot(of: oldKeys[index])
            while groups[free] >= 0 { free = (free + 1) & (keys.count - 1) }
            keys[free] = oldKeys[index]
            groups[free] = oldGroups[index]
        }
    }
}
