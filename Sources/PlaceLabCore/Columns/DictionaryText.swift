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

    /// Encodes texts (nil for a null).
    package init(_ texts: some Sequence<String?>) {
        var lookup: [TextBytesKey: UInt32] = [:]
        codes = []
        entries = []
        for text in texts {
            guard let text else { codes.append(0); continue }
            let key = TextBytesKey(text)
            if let code = lookup[key] {
                codes.append(code)
            } else {
                let code = UInt32(entries.count)
                lookup[key] = code
                entries.append(text)
                codes.append(code)
            }
        }
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
