import PlaceLabCore

/// JSON whole numbers beyond 64 bits: Foundation's parser turns them into doubles, which
/// round them, so the reader refuses such a file at the number, saying how to keep it exact.
enum JSONBigIntegers {
    /// The offset of the first integer literal (outside strings) that does not fit 64 bits.
    static func first(_ base: UnsafePointer<UInt8>, count: Int) -> Int? {
        var index = 0
        var inString = false
        while index < count {
            let byte = base[index]
            if inString {
                if byte == UInt8(ascii: "\\") { index += 2; continue }
                if byte == 0x22 { inString = false }
                index += 1
                continue
            }
            if byte == 0x22 {
                inString = true
                index += 1
                continue
            }
            guard byte == UInt8(ascii: "-") || byte &- 48 < 10 else {
                index += 1
                continue
            }
            let start = index
            if byte == UInt8(ascii: "-") { index += 1 }
            let digitsStart = index
            while index < count, base[index] &- 48 < 10 { index += 1 }
            let integral = index == count || !(base[index] == UInt8(ascii: ".") || base[index] | 0x20 == UInt8(ascii: "e"))
            if integral, index - digitsStart > 18, CellBytes.integer(base, start, index) == nil { return start }
            while index < count, base[index] == UInt8(ascii: ".") || base[index] | 0x20 == UInt8(ascii: "e")
                || base[index] == UInt8(ascii: "+") || base[index] == UInt8(ascii: "-") || base[index] &- 48 < 10 {
                index += 1
            }
        }
        return nil
    }

    static func refusal(path: String, _ base: UnsafePointer<UInt8>, count: Int, offset: Int) -> Diagnostic {
        var end = offset + 1
        while end < count, base[end] &- 48 < 10 { end += 1 }
        let digits = CellBytes.string(base, offset, end)
        var diagnostic = Diagnostic("whole number \(digits.count > 30 ? String(digits.prefix(29)) + "…" : digits) is beyond 64 bits and would be rounded",
                                    help: "write it in quotes (\"\(digits.count > 30 ? "…" : digits)\") to keep it exact, as text")
        diagnostic.place = FileBytes.place(path: path, base, count: count, offset: offset)
        return diagnostic
    }
}
