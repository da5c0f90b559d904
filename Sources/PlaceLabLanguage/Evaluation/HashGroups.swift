/// Positions grouped by a key through one hash table: for `group`, `distinct` and `join`.
/// Groups are numbered in first-seen order, and each group's members stay in input order,
/// held in one flat array (no array per group).
struct HashGroups<Key: Hashable> {
    private var numbers: [Key: Int] = [:]
    /// The group of each position; -1 for a position without a key (a null join key).
    private(set) var groupOf: [Int]
    /// The first position of each group, in first-seen order.
    private(set) var firstPositions: [Int] = []

    /// `key(position)` gives the key of a position, or nil to leave it out.
    init(count: Int, checkInterrupt: () throws -> Void, key: (Int) -> Key?) rethrows {
        groupOf = [Int](repeating: -1, count: count)
        for position in 0..<count {
            if position & 0xFFFF == 0 { try checkInterrupt() }
            guard let key = key(position) else { continue }
            if let number = numbers[key] {
                groupOf[position] = number
            } else {
                numbers[key] = firstPositions.count
                groupOf[position] = firstPositions.count
                firstPositions.append(position)
            }
        }
    }

    var count: Int { firstPositions.count }

    /// The group holding this key, if any.
    func group(of key: Key) -> Int? { numbers[key] }

    /// Every group's members: see HashGroupsSummary.
    func members() -> (offsets: [Int], positions: [Int]) {
        let summary = HashGroupsSummary(firstPositions: firstPositions, groupOf: groupOf)
        return (summary.offsets, summary.positions)
    }
}

extension Frame {
    /// The key of the row at `position` over these columns as boxed values: one column as a
    /// CellKey (no array per row), several as a ValueKey; the grouping that typed keys must match.
    func cellKey(_ column: Int, at position: Int) -> CellKey {
        CellKey(columns[column][rows[position]])
    }

    func valueKey(_ columns: [Int], at position: Int) -> ValueKey {
        ValueKey(columns.map { self.columns[$0][rows[position]] })
    }
}
