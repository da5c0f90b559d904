/// Tells which character separates the fields of a delimited file: the one that splits the
/// first lines into the same number (more than one) of fields, outside quotes. Comma wins a
/// tie; then semicolon (spreadsheets where the decimal mark is a comma), tab and bar.
enum DelimiterSniffer {
    static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), 0x09, UInt8(ascii: "|")]
    /// How many lines are looked at.
    static let sampleLines = 20

    /// The delimiter the first lines agree on, or nil when none does.
    static func detect(_ base: UnsafePointer<UInt8>, count: Int, excluding excluded: UInt8? = nil) -> UInt8? {
        let lines = sample(base, count: count)
        guard !lines.isEmpty else { return nil }
        for candidate in candidates where candidate != excluded {
            let counts = lines.map { fields(in: $0, base, delimiter: candidate) }
            // The last line may be cut short by the sample's end; the others must agree.
            let settled = counts.count > 1 ? counts.dropLast() : counts[...]
            guard let first = settled.first, first > 1, settled.allSatisfy({ $0 == first }),
                  counts.last! <= first else { continue }
            return candidate
        }
        return nil
    }

    /// `';'` or `tab`, as the user would write it after `delimiter`.
    static func name(_ delimiter: UInt8) -> String {
        delimiter == 0x09 ? "tab" : "'\(Character(Unicode.Scalar(delimiter)))'"
    }

    /// The first lines (byte ranges), not counting line breaks inside quotes, skipping blank lines.
    private static func sample(_ base: UnsafePointer<UInt8>, count: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = FileBytes.byteOrderMarkLength(base, count: count)
        var index = start
        var quoted = false
        let limit = min(count, 1 << 16)
        while index < limit, lines.count < sampleLines {
            let byte = base[index]
            if byte == 0x22 { quoted.toggle() }
            if !quoted, byte == 0x0A || byte == 0x0D {
                if index > start { lines.append(start..<index) }
                start = index + 1
            }
            index += 1
        }
        if lines.count < sampleLines, index > start, !quoted { lines.append(start..<index) }
        return lines
    }

    private static func fields(in line: Range<Int>, _ base: UnsafePointer<UInt8>, delimiter: UInt8) -> Int {
        var fields = 1
        var quoted = false
        for index in line {
            let byte = base[index]
            if byte == 0x22 { quoted.toggle() } else if byte == delimiter, !quoted { fields += 1 }
        }
        return fields
    }
}
