/// Which cells of a column hold a value: one bit a row, set when present, so a null costs a
/// bit instead of a boxed value.
package struct ValidityBitmap: Sendable, Equatable {
    private var words: [UInt64]
    package private(set) var count: Int

    /// A bitmap of `count` rows, all present or all null.
    package init(count: Int, present: Bool) {
        self.count = count
        words = [UInt64](repeating: present ? ~0 : 0, count: (count + 63) / 64)
    }

    package subscript(row: Int) -> Bool {
        get { words[row >> 6] & (1 << UInt64(row & 63)) != 0 }
        set {
            if newValue { words[row >> 6] |= 1 << UInt64(row & 63) } else { words[row >> 6] &= ~(1 << UInt64(row & 63)) }
        }
    }

    /// Adds a row at the end, for readers that build a column cell by cell. Bits past `count`
    /// stay set, as `init(count:present: true)` leaves them, so equal columns compare equal.
    @inline(__always)
    package mutating func append(_ present: Bool) {
        if count & 63 == 0 { words.append(~0) }
        if !present { words[count >> 6] &= ~(1 << UInt64(count & 63)) }
        count += 1
    }

    package mutating func reserveCapacity(_ rows: Int) {
        words.reserveCapacity((rows + 63) / 64)
    }

    /// The bitmap of the rows at `positions`, in that order.
    package func gathered(_ positions: [Int]) -> ValidityBitmap {
        var result = ValidityBitmap(count: positions.count, present: true)
        for (index, row) in positions.enumerated() where !self[row] { result[index] = false }
        return result
    }
}
