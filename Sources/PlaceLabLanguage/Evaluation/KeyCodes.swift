import PlaceLabCore

/// One key column's selected rows as small integer codes, read from its typed storage: two
/// positions share a code exactly when ValueKey calls their values the same (all nulls share
/// one, as all NaNs do). Several columns' codes combine into one code per row, so a key of
/// several columns is grouped without a boxed value or an array per row.
struct KeyCodes {
    /// Each position's code, in `0..<count`.
    var codes: [Int]
    var count: Int
    /// Where each code is first seen, when the codes are numbered in first-seen order, as groups are.
    var firstPositions: [Int]?

    /// The codes of column `column` over the positions of `frame.rows`.
    init(_ frame: Frame, column: Int, checkInterrupt: () throws -> Void) rethrows {
        let rows = frame.rows
        switch frame.columns[column].storage {
        case .integers(let numbers, let valid):
            if let range = DenseGroups.range(numbers, valid, rows: rows) {
                let groups = try DenseGroups(numbers, valid, rows: rows, range: range, nullsGroup: true, checkInterrupt: checkInterrupt)
                self.init(codes: groups.groupOf, count: groups.firstPositions.count, firstPositions: groups.firstPositions)
                return
            }
            self.init(try IntHashGroups(count: rows.count, nullsGroup: true, checkInterrupt: checkInterrupt) { position in
                valid[rows[position]] ? numbers[rows[position]] : nil
            })
        case .doubles(let numbers, let valid):
            self.init(try IntHashGroups(count: rows.count, nullsGroup: true, checkInterrupt: checkInterrupt) { position in
                valid[rows[position]] ? DoubleKey.bits(numbers[rows[position]]) : nil
            })
        case .booleans(let flags, let valid):
            let codes = try Self.map(rows, checkInterrupt) { row in valid[row] ? (flags[row] ? 1 : 0) : 2 }
            self.init(codes: codes, count: 3, firstPositions: nil)
        case .texts(let text, let valid):
            // Dictionary entries are byte-distinct, so equal codes are equal text; null is one past them.
            let nullCode = text.entries.count
            let codes = try Self.map(rows, checkInterrupt) { row in valid[row] ? Int(truncatingIfNeeded: text.codes[row]) : nullCode }
            self.init(codes: codes, count: nullCode + 1, firstPositions: nil)
        case .boxed(let values):
            self.init(try HashGroups<CellKey>(count: rows.count, checkInterrupt: checkInterrupt) { CellKey(values[rows[$0]]) })
        }
    }

    init(codes: [Int], count: Int, firstPositions: [Int]?) {
        self.codes = codes
        self.count = count
        self.firstPositions = firstPositions
    }

    private init(_ groups: (firstPositions: [Int], groupOf: [Int])) {
        self.init(codes: groups.groupOf, count: groups.firstPositions.count, firstPositions: groups.firstPositions)
    }

    private init<Key>(_ groups: HashGroups<Key>) {
        self.init((groups.firstPositions, groups.groupOf))
    }

    private init(_ groups: IntHashGroups) {
        self.init((groups.firstPositions, groups.groupOf))
    }

    private static func map(_ rows: [Int], _ checkInterrupt: () throws -> Void, code: (Int) -> Int) rethrows -> [Int] {
        var codes = [Int](repeating: 0, count: rows.count)
        for (position, row) in rows.enumerated() {
            if position & 0xFFFF == 0 { try checkInterrupt() }
            codes[position] = code(row)
        }
        return codes
    }

    /// Positions grouped by the values of all `columns` together, in first-seen order: each
    /// next column's codes are folded in as `code × its count + its code`, then renumbered so
    /// the combined count stays within the number of positions.
    static func grouped(_ frame: Frame, columns: [Int], checkInterrupt: () throws -> Void) rethrows -> HashGroupsSummary {
        let count = frame.rows.count
        // No key columns: one group of every position.
        guard let first = columns.first else {
            return HashGroupsSummary(firstPositions: count > 0 ? [0] : [], groupOf: [Int](repeating: 0, count: count))
        }
        var combined = try KeyCodes(frame, column: first, checkInterrupt: checkInterrupt)
        for column in columns.dropFirst() {
            var next = try KeyCodes(frame, column: column, checkInterrupt: checkInterrupt)
            if next.count > next.codes.count + 3 { next = try next.compacted(checkInterrupt: checkInterrupt) }
            if combined.count > combined.codes.count + 3 { combined = try combined.compacted(checkInterrupt: checkInterrupt) }
            let (bound, overflow) = combined.count.multipliedReportingOverflow(by: next.count)
            let (codes, nextCodes, nextCount) = (combined.codes, next.codes, next.count)
            combined = overflow
                ? try KeyCodes(HashGroups<Pair>(count: count, checkInterrupt: checkInterrupt) { Pair(codes[$0], nextCodes[$0]) })
                : try KeyCodes(FirstSeenGroups.grouped(count: count, bound: bound, checkInterrupt: checkInterrupt) {
                    codes[$0] &* nextCount &+ nextCodes[$0]
                })
        }
        if combined.firstPositions == nil { combined = try combined.compacted(checkInterrupt: checkInterrupt) }
        return HashGroupsSummary(firstPositions: combined.firstPositions ?? [], groupOf: combined.codes)
    }

    /// The same partition numbered in first-seen order, which also bounds `count` by the
    /// number of positions.
    private func compacted(checkInterrupt: () throws -> Void) rethrows -> KeyCodes {
        try KeyCodes(FirstSeenGroups.grouped(count: codes.count, bound: count, checkInterrupt: checkInterrupt) { codes[$0] })
    }

    /// Two codes as one key, for counts too large to multiply.
    private struct Pair: Hashable {
        let first: Int, second: Int
        init(_ first: Int, _ second: Int) { self.first = first; self.second = second }
    }
}

/// A double as a hash key with ValueKey's equality among doubles: +0 and −0 one key, every
/// NaN one key, else the bit pattern.
enum DoubleKey {
    static func bits(_ number: Double) -> Int {
        if number.isNaN { return Int(truncatingIfNeeded: Double.nan.bitPattern) }
        return number == 0 ? 0 : Int(truncatingIfNeeded: number.bitPattern)
    }
}
