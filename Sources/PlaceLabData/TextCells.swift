import PlaceLabCore

/// The cells of a text column as they are read: dictionary-encoded while its texts repeat,
/// boxed once most are distinct, deciding at the same rows and by the same rule as
/// `DictionaryText.encode`, so the column is stored as if it had been encoded afterwards.
struct TextCells {
    private var codes: [UInt32] = []
    private var entries: [String] = []
    private var lookup: [TextBytesKey: UInt32] = [:]
    private var valid = ValidityBitmap(count: 0, present: true)
    /// The cells once the dictionary is given up, or from the start for a column that turned
    /// to text after typed cells (which the second pass rereads here).
    private var boxed: [Value]?

    /// A column that was all nulls until its first text.
    init(nulls: Int, capacity: Int) {
        codes.reserveCapacity(max(capacity, nulls))
        valid.reserveCapacity(max(capacity, nulls))
        for _ in 0..<nulls { appendNull() }
    }

    /// A column whose typed cells so far are boxed, to be replaced by text in the second pass.
    init(boxed values: [Value], capacity: Int) {
        var values = values
        values.reserveCapacity(capacity)
        boxed = values
    }

    mutating func reserve(_ rows: Int) {
        if boxed != nil {
            boxed!.reserveCapacity(rows)
        } else {
            codes.reserveCapacity(rows)
            valid.reserveCapacity(rows)
        }
    }

    @inline(__always)
    mutating func append(_ text: String) {
        if boxed == nil, !keepsDictionary() { giveUp() }
        if boxed != nil {
            boxed!.append(.text(text))
            return
        }
        codes.append(code(for: text))
        valid.append(true)
    }

    /// The text's dictionary code, a new entry when it is new.
    @inline(__always)
    private mutating func code(for text: String) -> UInt32 {
        let key = TextBytesKey(text)
        if let code = lookup[key] { return code }
        let code = UInt32(entries.count)
        lookup[key] = code
        entries.append(text)
        return code
    }

    @inline(__always)
    mutating func appendNull() {
        if boxed == nil, !keepsDictionary() { giveUp() }
        if boxed != nil {
            boxed!.append(.null)
            return
        }
        codes.append(0)
        valid.append(false)
    }

    /// `rows` null cells at the end.
    mutating func appendNulls(_ rows: Int) {
        for _ in 0..<rows { appendNull() }
    }

    /// Another stretch's cells after these, giving up the dictionary at the same row as if
    /// they had been appended one by one; a dictionary stretch maps each of its entries once.
    mutating func append(contentsOf other: TextCells) {
        if let values = other.boxed {
            if boxed != nil {
                boxed!.append(contentsOf: values)
                return
            }
            for value in values {
                if case .text(let text) = value { append(text) } else { appendNull() }
            }
            return
        }
        var mapped = [UInt32](repeating: .max, count: other.entries.count)
        for row in other.codes.indices {
            if boxed == nil, !keepsDictionary() { giveUp() }
            let present = other.valid[row]
            let local = Int(truncatingIfNeeded: other.codes[row])
            if boxed != nil {
                boxed!.append(present ? .text(other.entries[local]) : .null)
                continue
            }
            guard present else {
                codes.append(0)
                valid.append(false)
                continue
            }
            if mapped[local] == .max { mapped[local] = code(for: other.entries[local]) }
            codes.append(mapped[local])
            valid.append(true)
        }
    }

    /// Whether the row's cell is null, for the second pass.
    func isNull(_ row: Int) -> Bool {
        if let boxed { return boxed[row].isNull }
        return !valid[row]
    }

    /// The second pass: an earlier typed cell read again as text (only boxed columns have them).
    mutating func reread(row: Int, _ text: String) {
        boxed![row] = .text(text)
    }

    /// `DictionaryText.encode`'s rule, checked before the same rows.
    @inline(__always)
    private func keepsDictionary() -> Bool {
        let row = codes.count
        return row & 4095 != 4095 || entries.count <= row / 2
    }

    private mutating func giveUp() {
        var values: [Value] = []
        values.reserveCapacity(codes.capacity)
        for row in codes.indices {
            values.append(valid[row] ? .text(entries[Int(truncatingIfNeeded: codes[row])]) : .null)
        }
        boxed = values
        codes = []
        entries = []
        lookup = [:]
        valid = ValidityBitmap(count: 0, present: true)
    }

    /// The finished column: a boxed column may still be encoded, once its reread cells are in.
    func vector() -> ColumnVector {
        if let boxed { return ColumnVector(boxed) }
        return ColumnVector(storage: .texts(DictionaryText(codes: codes, entries: entries), valid))
    }
}
