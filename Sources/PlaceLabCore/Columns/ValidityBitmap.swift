/// Which cells of a column hold a value: one bit a row, set when present, so a null costs a
/// bit instead of a boxed value.
package struct ValidityBitmap: Sendable, Equatable {
    private var words: [UInt64]
    package let count: Int

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

    /// The bitmap of the rows at `positions`, in that order.
    package func gathered(_ positions: [Int]) -> ValidityBitmap {
        var result = ValidityBitmap(count: positions.count, present: true)
        for (index, row) in positions.enumerated() where !self[row] { result[index] = false }
        return result
    }
}
