/// A text column as small integer codes into a table of its distinct strings: repeated text is
/// stored once, and grouping, joining and sorting work on the codes.
package struct DictionaryText: Sendable {
    /// Each row's code; a null row's code is 0 and means nothing (the validity bitmap says so).
    package private(set) var codes: [UInt32]
    /// The distinct strings, in first-seen order; byte-distinct strings stay distinct.
    package private(set) var entries: [String]

    package init(codes: [UInt32], entries: [String]) {
        self.codes = codes
        self.entries = entries
    }

    /// Encodes a column of text and nulls; nil when a present value is not text, or when
    /// most values are distinct (names, notes), where a dictionary would cost a hash table
    /// and a second copy at load and save nothing.
    package static func encode(_ values: [Value]) -> (DictionaryText, ValidityBitmap)? {
        var lookup: [TextBytesKey: UInt32] = [:]
        var codes = [UInt32](repeating: 0, count: values.count)
        var entries: [String] = []
        var valid = ValidityBitmap(count: values.count, present: true)
        for (row, value) in values.enumerated() {
            if row & 4095 == 4095, entries.count > row / 2 { return nil }
            switch value {
            case .text(let text):
                let key = TextBytesKey(text)
                if let code = lookup[key] {
                    codes[row] = code
                } else {
                    let code = UInt32(entries.count)
                    lookup[key] = code
                    entries.append(text)
                    codes[row] = code
                }
            case .null:
                valid[row] = false
            default:
                return nil
            }
        }
        return (DictionaryText(codes: codes, entries: entries), valid)
    }

    /// Each entry's place in byte order (equal bytes, equal rank), so comparing two rows'
    /// text is comparing two integers.
    package func byteOrderRanks() -> [Int] {
        let order = entries.indices.sorted { entries[$0].utf8.lexicographicallyPrecedes(entries[$1].utf8) }
        var ranks = [Int](repeating: 0, count: entries.count)
        for (rank, entry) in order.enumerated() { ranks[entry] = rank }
        return ranks
    }

    /// The code of a text in this dictionary, if it holds it.
    package func lookupTable() -> [TextBytesKey: UInt32] {
        Dictionary(uniqueKeysWithValues: entries.enumerated().map { (TextBytesKey($0.element), UInt32($0.offset)) })
    }

    /// The rows at `positions`, sharing the same entries.
    package func gathered(_ positions: [Int]) -> DictionaryText {
        DictionaryText(codes: positions.map { codes[$0] }, entries: entries)
    }
}
