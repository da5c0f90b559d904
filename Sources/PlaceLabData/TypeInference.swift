import Foundation
import PlaceLabCore

/// Collects one column of a delimited file, typing cells straight from their bytes.
///
/// The column's type is the narrowest that fits every non-null cell: integer (sign and digits,
/// fits `Int`), number (also decimals and exponents; an integer column widens when one turns
/// up), boolean (`true`/`false`, any case), else text. Empty cells, and cells of only spaces,
/// are null; a column of only nulls is `.empty`. Cells are classified ignoring surrounding
/// spaces; text keeps them. A whole number with leading zeros or beyond 64 bits makes the
/// column text, so it is kept exactly as written (`ColumnTyping` then says why).
///
/// When a typed column meets a cell that does not fit, it becomes text from then on and
/// remembers how many earlier rows hold typed values: the reader rereads those rows' cells as
/// text in a second pass (which is rare, and stops at the last row that needs it).
struct ColumnBuilder {
    enum State { case empty, integer, number, boolean, text }

    var state: State = .empty
    var values: [Value] = []
    /// Rows before this index hold typed values that must be reread as text; 0 when none.
    var rereadBefore = 0
    private var texts = TextCache()
    /// `decimal ','`: a decimal point does not make a number (the cell stays text, and
    /// `ColumnTyping` reads decimal commas).
    let integersOnly: Bool

    init(capacity: Int, integersOnly: Bool = false) {
        self.integersOnly = integersOnly
        values.reserveCapacity(capacity)
    }

    var type: ValueType {
        switch state {
        case .empty: .empty
        case .integer: .integer
        case .number: .number
        case .boolean: .boolean
        case .text: .text
        }
    }

    /// Adds the cell `base[start..<end]`. `escaped` cells (quoted, holding `""`)
    /// are always text, made by `unescape`.
    @inline(__always)
    mutating func append(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, escaped: Bool,
                         unescape: () -> String) {
        var low = start
        var high = end
        while low < high, base[low] == 0x20 || base[low] == 0x09 { low += 1 }
        while high > low, base[high - 1] == 0x20 || base[high - 1] == 0x09 { high -= 1 }
        if low == high {
            values.append(.null)
            return
        }
        if escaped {
            becomeText()
            values.append(.text(unescape()))
            return
        }
        if state != .text, CellBytes.staysText(base, low, high) {
            becomeText()
            values.append(.text(texts.string(base, start, end)))
            return
        }
        switch state {
        case .text:
            break
        case .integer:
            if let integer = CellBytes.integer(base, low, high) {
                values.append(.integer(integer))
                return
            }
            if !integersOnly, let number = CellBytes.number(base, low, high) {
                widenToNumber()
                values.append(.number(number))
                return
            }
        case .number:
            if !integersOnly, let number = CellBytes.number(base, low, high) {
                values.append(.number(number))
                return
            }
        case .boolean:
            if let flag = CellBytes.boolean(base, low, high) {
                values.append(.bool(flag))
                return
            }
        case .empty:
            if let integer = CellBytes.integer(base, low, high) {
                state = .integer
                values.append(.integer(integer))
                return
            }
            if !integersOnly, let number = CellBytes.number(base, low, high) {
                state = .number
                values.append(.number(number))
                return
            }
            if let flag = CellBytes.boolean(base, low, high) {
                state = .boolean
                values.append(.bool(flag))
                return
            }
        }
        becomeText()
        values.append(.text(texts.string(base, start, end)))
    }

    private mutating func widenToNumber() {
        state = .number
        for index in values.indices {
            if case .integer(let integer) = values[index] { values[index] = .number(Double(integer)) }
        }
    }

    private mutating func becomeText() {
        switch state {
        case .text: return
        case .empty: break
        case .integer, .number, .boolean: rereadBefore = values.count
        }
        state = .text
    }

    /// During the second pass: row `row`'s cell, as text.
    mutating func reread(row: Int, _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                         escaped: Bool, unescape: () -> String) {
        guard case .null = values[row] else {
            values[row] = .text(escaped ? unescape() : CellBytes.string(base, start, end))
            return
        }
    }
}

/// Makes a column's long texts, sharing one String among cells with the same bytes, so a
/// column of a few repeated names costs one allocation per name rather than one per row.
/// (Texts of up to 15 bytes are stored inline by String and need no sharing.) It gives up on a
/// column whose texts rarely repeat.
struct TextCache {
    private static let slotCount = 1024
    private var slots: [String] = []
    private var hashes: [UInt64] = []
    private var lookups = 0
    private var hits = 0
    private var enabled = true

    @inline(__always)
    mutating func string(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let length = end - start
        guard length > 15, enabled else { return CellBytes.string(base, start, end) }
        if slots.isEmpty {
            slots = Array(repeating: "", count: Self.slotCount)
            hashes = Array(repeating: 0, count: Self.slotCount)
        }
        let hash = Self.hash(base + start, length)
        let slot = Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)
        lookups += 1
        if hashes[slot] == hash {
            let same = slots[slot].utf8.withContiguousStorageIfAvailable { stored in
                stored.count == length && memcmp(stored.baseAddress!, base + start, length) == 0
            } ?? false
            if same {
                hits += 1
                return slots[slot]
            }
        }
        let text = CellBytes.string(base, start, end)
        slots[slot] = text
        hashes[slot] = hash
        if lookups == 4096, hits < lookups / 4 {
            enabled = false
            slots = []
            hashes = []
        }
        return text
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        let raw = UnsafeRawPointer(bytes)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var index = 0
        while index + 8 <= length {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        if index < length {
            // The last 8 bytes, overlapping what came before (length is over 15).
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
            hash ^= hash >> 29
        }
        return hash
    }
}
