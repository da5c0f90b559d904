/// Positions grouped by small integer codes, groups numbered in first-seen order: through an
/// array indexed by code when the codes lie in a narrow range, else through a hash table.
enum FirstSeenGroups {
    /// `code(position)` lies in `0..<bound`, or is negative to leave the position out (group -1).
    static func grouped(count: Int, bound: Int, checkInterrupt: () throws -> Void,
                        code: (Int) -> Int) rethrows -> (firstPositions: [Int], groupOf: [Int]) {
        guard bound <= 2 * count + 1024 else {
            let groups = try IntHashGroups(count: count, checkInterrupt: checkInterrupt) { position in
                let key = code(position)
                return key < 0 ? nil : key
            }
            return (groups.firstPositions, groups.groupOf)
        }
        var groupOfCode = [Int](repeating: -1, count: max(bound, 0))
        var groupOf = [Int](repeating: -1, count: count)
        var firstPositions: [Int] = []
        for position in 0..<count {
            if position & 0xFFFF == 0 { try checkInterrupt() }
            let key = code(position)
            guard key >= 0 else { continue }
            var group = groupOfCode[key]
            if group < 0 {
                group = firstPositions.count
                groupOfCode[key] = group
                firstPositions.append(position)
            }
            groupOf[position] = group
        }
        return (firstPositions, groupOf)
    }
}
