import Foundation

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

    init(capacity: Int) {
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

    /// Adds the cell `base[start..<end]`. `escaped` cells (holding `""` or a backslash escape)
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
            if let number = CellBytes.number(base, low, high) {
                widenToNumber()
                values.append(.number(number))
                return
            }
        case .number:
            if let number = CellBytes.number(base, low, high) {
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
            if let number = CellBytes.number(base, low, high) {
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

/// Reading values straight from a cell's bytes, without making a String first.
enum CellBytes {
    static func string(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
    }

    /// Digits that must stay exactly as written: a whole number with leading zeros (`030001`,
    /// an identifier) or one beyond 64 bits (which a double would round).
    @inline(__always)
    static func staysText(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        if base[index] == UInt8(ascii: "-") || base[index] == UInt8(ascii: "+") { index += 1 }
        let leadingZero = end - index > 1 && base[index] == UInt8(ascii: "0") && base[index + 1] &- 48 < 10
        guard leadingZero || end - index > 18 else { return false }
        for position in index..<end where base[position] &- 48 >= 10 { return false }
        return leadingZero || integer(base, start, end) == nil
    }

    /// `[+-]?[0-9]+` that fits `Int`.
    @inline(__always)
    static func integer(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var index = start
        var negative = false
        if base[index] == UInt8(ascii: "-") || base[index] == UInt8(ascii: "+") {
            negative = base[index] == UInt8(ascii: "-")
            index += 1
            if index == end { return nil }
        }
        // Up to 18 digits cannot overflow; longer ones are checked.
        if end - index <= 18 {
            var result = 0
            while index < end {
                let digit = Int(base[index]) &- 48
                if digit < 0 || digit > 9 { return nil }
                result = result &* 10 &+ digit
                index += 1
            }
            return negative ? -result : result
        }
        // Accumulate negatively so Int.min fits.
        var result = 0
        while index < end {
            let digit = Int(base[index]) &- 48
            if digit < 0 || digit > 9 { return nil }
            let (times, overflow1) = result.multipliedReportingOverflow(by: 10)
            let (minus, overflow2) = times.subtractingReportingOverflow(digit)
            if overflow1 || overflow2 { return nil }
            result = minus
            index += 1
        }
        if negative { return result }
        return result == Int.min ? nil : -result
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// `[+-]?(digits[.digits?]|.digits)([eE][+-]?digits)?`, and `NaN`, `inf`, `-inf` as
    /// PlaceLab writes them. Exact: a fast path when the digits and exponent are small enough
    /// for one correctly rounded operation, otherwise the standard library's parser.
    @inline(__always)
    static func number(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        var index = start
        var negative = false
        if base[index] == UInt8(ascii: "-") || base[index] == UInt8(ascii: "+") {
            negative = base[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var significant = 0  // digits kept in mantissa, after leading zeros
        var dropped = 0  // integer digits beyond 19 significant ones
        var digits = 0
        var fraction = 0  // digits after the point kept in mantissa
        var inexact = false
        while index < end, base[index] &- 48 < 10 {
            let digit = UInt64(base[index] &- 48)
            if significant < 19 {
                if mantissa != 0 || digit != 0 { significant += 1 }
                mantissa = mantissa &* 10 &+ digit
            } else {
                dropped += 1
                inexact = true
            }
            digits += 1
            index += 1
        }
        if index < end, base[index] == UInt8(ascii: ".") {
            index += 1
            while index < end, base[index] &- 48 < 10 {
                let digit = UInt64(base[index] &- 48)
                if significant < 19 {
                    if mantissa != 0 || digit != 0 { significant += 1 }
                    mantissa = mantissa &* 10 &+ digit
                    fraction += 1
                } else {
                    inexact = true
                }
                digits += 1
                index += 1
            }
        }
        if digits == 0 { return special(base, start, end) }
        var exponent = 0
        if index < end, base[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            var negativeExponent = false
            if index < end, base[index] == UInt8(ascii: "-") || base[index] == UInt8(ascii: "+") {
                negativeExponent = base[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponentDigits = 0
            while index < end, base[index] &- 48 < 10 {
                if exponent < 100_000 { exponent = exponent * 10 + Int(base[index] &- 48) }
                exponentDigits += 1
                index += 1
            }
            if exponentDigits == 0 { return nil }
            if negativeExponent { exponent = -exponent }
        }
        if index != end { return nil }
        let power = exponent - fraction + dropped
        if !inexact, mantissa <= 1 << 53, power >= -22, power <= 22 {
            let value = power >= 0 ? Double(mantissa) * powersOfTen[power] : Double(mantissa) / powersOfTen[-power]
            return negative ? -value : value
        }
        return Double(string(base, start, end))
    }

    private static func special(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
        let length = end - start
        guard length >= 3, length <= 4 else { return nil }
        let text = string(base, start, end)
        switch text {
        case "NaN": return .nan
        case "inf", "+inf": return .infinity
        case "-inf": return -.infinity
        default: return nil
        }
    }

    /// `true` or `false`, in any case.
    @inline(__always)
    static func boolean(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool? {
        switch end - start {
        case 4:
            if base[start] | 0x20 == UInt8(ascii: "t"), base[start + 1] | 0x20 == UInt8(ascii: "r"),
               base[start + 2] | 0x20 == UInt8(ascii: "u"), base[start + 3] | 0x20 == UInt8(ascii: "e") {
                return true
            }
        case 5:
            if base[start] | 0x20 == UInt8(ascii: "f"), base[start + 1] | 0x20 == UInt8(ascii: "a"),
               base[start + 2] | 0x20 == UInt8(ascii: "l"), base[start + 3] | 0x20 == UInt8(ascii: "s"),
               base[start + 4] | 0x20 == UInt8(ascii: "e") {
                return false
            }
        default: break
        }
        return nil
    }
}
