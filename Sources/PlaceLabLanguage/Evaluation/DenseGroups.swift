import PlaceLabCore

/// Grouping on an integer column whose values lie in a narrow range (row numbers, ids):
/// each key indexes an array directly, with no hashing. Groups are numbered in first-seen
/// order, as HashGroups numbers them.
struct DenseGroups {
    let lowest: Int
    /// The group of each key, by key − lowest; -1 where no row has that key.
    private(set) var numbers: [Int]
    private(set) var groupOf: [Int]
    private(set) var firstPositions: [Int] = []

    /// The range of the present keys among `rows`, when it is narrow enough for an array.
    static func range(_ keys: [Int], _ valid: ValidityBitmap, rows: [Int]) -> ClosedRange<Int>? {
        var lowest = Int.max, highest = Int.min
        for row in rows where valid[row] {
            lowest = min(lowest, keys[row])
            highest = max(highest, keys[row])
        }
        guard lowest <= highest else { return nil }
        let (span, overflow) = highest.subtractingReportingOverflow(lowest)
        guard !overflow, span < 2 * rows.count + 1024 else { return nil }
        return lowest...highest
    }

    /// Groups the positions of `rows` by key; a null is a group of its own when `nullsGroup`,
    /// else it is left out (group -1), as a join leaves out null keys.
    init(_ keys: [Int], _ valid: ValidityBitmap, rows: [Int], range: ClosedRange<Int>, nullsGroup: Bool,
         checkInterrupt: () throws -> Void) rethrows {
        lowest = range.lowerBound
        numbers = [Int](repeating: -1, count: range.upperBound - range.lowerBound + 1)
        groupOf = [Int](repeating: -1, count: rows.count)
        var nullGroup = -1
        for (position, row) in rows.enumerated() {
            if position & 0xFFFF == 0 { try checkInterrupt() }
            if !valid[row] {
                guard nullsGroup else { continue }
                if nullGroup < 0 {
                    nullGroup = firstPositions.count
                    firstPositions.append(position)
                }
                groupOf[position] = nullGroup
                continue
            }
            let slot = keys[row] - lowest
            if numbers[slot] < 0 {
                numbers[slot] = firstPositions.count
                firstPositions.append(position)
            }
            groupOf[position] = numbers[slot]
        }
    }

    /// The group holding a present key, if any.
    func group(of key: Int) -> Int? {
        let slot = key &- lowest
        guard slot >= 0, slot < numbers.count, numbers[slot] >= 0 else { return nil }
        return numbers[slot]
    }
}
