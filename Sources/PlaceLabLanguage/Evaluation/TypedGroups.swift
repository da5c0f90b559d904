import PlaceLabCore

/// Grouping and join lookups on keys read from typed storage: integers by value (through an
/// array when their range is narrow), decimals by bit pattern with +0/−0 and all NaNs made
/// one, booleans and dictionary text by code, and only boxed columns through CellKeys. The
/// groups, their first-seen order and the matches are exactly those of hashing ValueKeys.
enum TypedGroups {
    /// Positions of `frame.rows` grouped by the values of `columns` together; nulls form a group.
    static func grouped(_ frame: Frame, columns: [Int], checkInterrupt: () throws -> Void) rethrows -> HashGroupsSummary {
        try KeyCodes.grouped(frame, columns: columns, checkInterrupt: checkInterrupt)
    }

    /// For `join`: the right rows (positions of `right.rows`) grouped by their non-null key,
    /// and for a row of the left frame the group its key falls in, whatever the two columns'
    /// storages.
    static func joinLookup(left: Frame, leftKey: Int, right: Frame, rightKey: Int,
                           checkInterrupt: () throws -> Void) rethrows -> (HashGroupsSummary, (Int) -> Int?) {
        let probe = try JoinProbe(right, key: rightKey, checkInterrupt: checkInterrupt)
        return (probe.groups, probe.lookup(left, key: leftKey))
    }
}

/// What callers use of a HashGroups, whatever its key type.
struct HashGroupsSummary {
    let firstPositions: [Int]
    let offsets: [Int]
    let positions: [Int]

    init<Key>(_ groups: HashGroups<Key>) {
        self.init(firstPositions: groups.firstPositions, groupOf: groups.groupOf)
    }

    /// Every group's members by a counting sort: group g's positions, in input order, are
    /// `positions[offsets[g]..<offsets[g + 1]]`; a position in group -1 is in none.
    init(firstPositions: [Int], groupOf: [Int]) {
        self.firstPositions = firstPositions
        let count = firstPositions.count
        var offsets = [Int](repeating: 0, count: count + 1)
        for group in groupOf where group >= 0 { offsets[group + 1] += 1 }
        for group in 0..<count { offsets[group + 1] += offsets[group] }
        var next = offsets
        var positions = [Int](repeating: 0, count: offsets[count])
        for (position, group) in groupOf.enumerated() where group >= 0 {
            positions[next[group]] = position
            next[group] += 1
        }
        self.offsets = offsets
        self.positions = positions
    }
}
