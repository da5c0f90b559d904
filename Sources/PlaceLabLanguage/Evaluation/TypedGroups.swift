import PlaceLabCore

/// Grouping and join lookups on one key column hashed by its typed storage: an integer column
/// by its integers (or, in a narrow range, an array indexed by them), a dictionary-text
/// column by its codes. Within one such column these are
/// exactly ValueKey's equality (integers by value, text by bytes), without a boxed Value or a
/// string hash per row. Other storages return nil and the caller hashes CellKeys.
enum TypedGroups {
    /// Positions of `frame.rows` grouped by column `column`; nulls form one group, as with CellKey.
    static func grouped(_ frame: Frame, column: Int, checkInterrupt: () throws -> Void) rethrows -> HashGroupsSummary? {
        let rows = frame.rows
        switch frame.columns[column].storage {
        case .integers(let numbers, let valid):
            if let range = DenseGroups.range(numbers, valid, rows: rows) {
                let groups = try DenseGroups(numbers, valid, rows: rows, range: range, nullsGroup: true, checkInterrupt: checkInterrupt)
                return HashGroupsSummary(firstPositions: groups.firstPositions, groupOf: groups.groupOf)
            }
            // Int? keys: nil is the null group, so the closure's own nil (leave out) is never used.
            let groups = try HashGroups<Int?>(count: rows.count, checkInterrupt: checkInterrupt) { position -> Int?? in
                let row = rows[position]
                return .some(valid[row] ? numbers[row] : nil)
            }
            return HashGroupsSummary(groups)
        case .texts(let text, let valid):
            let groups = try HashGroups<Int>(count: rows.count, checkInterrupt: checkInterrupt) { position in
                let row = rows[position]
                return valid[row] ? Int(truncatingIfNeeded: text.codes[row]) : -1
            }
            return HashGroupsSummary(groups)
        default:
            return nil
        }
    }

    /// For `join`: the right rows (positions of `right.rows`) grouped by their non-null key,
    /// and for a row of the left frame the group its key falls in. Nil unless both key
    /// columns are integers or both dictionary text.
    static func joinLookup(left: Frame, leftKey: Int, right: Frame, rightKey: Int,
                           checkInterrupt: () throws -> Void) rethrows -> (HashGroupsSummary, (Int) -> Int?)? {
        let rows = right.rows
        switch (left.columns[leftKey].storage, right.columns[rightKey].storage) {
        case (.integers(let leftNumbers, let leftValid), .integers(let numbers, let valid)):
            if let range = DenseGroups.range(numbers, valid, rows: rows) {
                let groups = try DenseGroups(numbers, valid, rows: rows, range: range, nullsGroup: false, checkInterrupt: checkInterrupt)
                return (HashGroupsSummary(firstPositions: groups.firstPositions, groupOf: groups.groupOf),
                        { row in leftValid[row] ? groups.group(of: leftNumbers[row]) : nil })
            }
            let groups = try HashGroups<Int>(count: rows.count, checkInterrupt: checkInterrupt) { position in
                valid[rows[position]] ? numbers[rows[position]] : nil
            }
            return (HashGroupsSummary(groups), { row in leftValid[row] ? groups.group(of: leftNumbers[row]) : nil })
        case (.texts(let leftText, let leftValid), .texts(let text, let valid)):
            let groups = try HashGroups<UInt32>(count: rows.count, checkInterrupt: checkInterrupt) { position in
                valid[rows[position]] ? text.codes[rows[position]] : nil
            }
            // Each left entry's group, found once by its bytes in the right dictionary.
            let rightCodes = text.lookupTable()
            let entryGroups = leftText.entries.map { entry in rightCodes[TextBytesKey(entry)].flatMap(groups.group) }
            return (HashGroupsSummary(groups), { row in leftValid[row] ? entryGroups[Int(truncatingIfNeeded: leftText.codes[row])] : nil })
        default:
            return nil
        }
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
