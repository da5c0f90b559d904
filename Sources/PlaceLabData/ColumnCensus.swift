import Foundation
import PlaceLabCore

/// Counts what kinds of value a text column holds, to decide whether it is really a column of
/// numbers (or dates, or booleans) with missing-value tokens in it, and to say why not.
struct Census {
    let nulls: Set<String>
    /// `decimal ','`: 1,5 is a number and 1.5 is not.
    let decimalComma: Bool
    var integers = 0, decimals = 0, dates = 0, booleans = 0, tokens = 0, others = 0
    var leadingZeros = 0, bigIntegers = 0, decimalCommas = 0, decimalPoints = 0
    var firstOther: (row: Int, text: String)?
    var firstLeadingZero: (row: Int, text: String)?
    var firstBig: (row: Int, text: String)?
    var firstDecimalComma: (row: Int, text: String)?
    var firstDecimalPoint: (row: Int, text: String)?
    /// Set when the column is plainly text, so counting stopped (a column of names costs a few cells).
    var gaveUp = false

    init(nulls: Set<String>, decimalComma: Bool = false) {
        self.nulls = nulls
        self.decimalComma = decimalComma
    }

    static func trim(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }

    /// A value as a note quotes it: control characters escaped, long texts cut.
    static func shown(_ text: String) -> String {
        let escaped = text.unicodeScalars.map { scalar -> String in
            scalar.value < 0x20 || scalar.value == 0x7F ? "\\u{\(String(scalar.value, radix: 16))}" : String(scalar)
        }.joined()
        return escaped.count > 40 ? String(escaped.prefix(39)) + "…" : escaped
    }

    var numbers: Int { integers + decimals }

    /// Over the cells as stored: the census of a column of names stops after a few, and a
    /// whole boxed copy of a dictionary-encoded column would cost more than the count.
    mutating func count(_ values: some Sequence<Value>) {
        for (row, value) in values.enumerated() {
            switch value {
            case .null: continue
            case .integer: integers += 1
            case .number: decimals += 1
            case .bool: booleans += 1
            case .list: other(row, value.plainText)
            case .text(let text): classify(text, row: row)
            }
            if others > 16, others > numbers + dates + booleans + leadingZeros + bigIntegers {
                gaveUp = true
                return
            }
        }
    }

    private mutating func other(_ row: Int, _ text: String) {
        others += 1
        if firstOther == nil { firstOther = (row, text) }
    }

    private mutating func classify(_ text: String, row: Int) {
        let trimmed = Census.trim(text)
        if trimmed.isEmpty || nulls.contains(trimmed) {
            tokens += 1
            return
        }
        let bytes = Array(trimmed.utf8)
        let kind = bytes.withUnsafeBufferPointer { buffer in Census.kind(buffer.baseAddress!, bytes.count) }
        switch kind {
        case .integer: integers += 1
        case .decimal where decimalComma && trimmed.contains("."):
            decimalPoints += 1
            if firstDecimalPoint == nil { firstDecimalPoint = (row, text) }
            other(row, text)
        case .decimal: decimals += 1
        case .date: dates += 1
        case .boolean: booleans += 1
        case .leadingZero:
            leadingZeros += 1
            if firstLeadingZero == nil { firstLeadingZero = (row, text) }
        case .big:
            bigIntegers += 1
            if firstBig == nil { firstBig = (row, text) }
        case .decimalComma where decimalComma:
            decimals += 1
        case .decimalComma:
            decimalCommas += 1
            if firstDecimalComma == nil { firstDecimalComma = (row, text) }
            other(row, text)
        case .other:
            other(row, text)
        }
    }

    enum Kind { case integer, decimal, date, boolean, leadingZero, big, decimalComma, other }

    /// What one trimmed, non-empty cell is.
    static func kind(_ base: UnsafePointer<UInt8>, _ count: Int) -> Kind {
        var start = 0
        if base[0] == UInt8(ascii: "-") || base[0] == UInt8(ascii: "+") { start = 1 }
        var allDigits = start < count
        for index in start..<count where base[index] &- 48 >= 10 {
            allDigits = false
            break
        }
        if allDigits {
            if count - start > 1, base[start] == UInt8(ascii: "0") { return .leadingZero }
            return CellBytes.integer(base, 0, count) == nil ? .big : .integer
        }
        if CellBytes.number(base, 0, count) != nil { return .decimal }
        if DateText.normalized(base, 0, count) != nil { return .date }
        if CellBytes.boolean(base, 0, count) != nil { return .boolean }
        return isDecimalComma(base, count) ? .decimalComma : .other
    }

    /// `-12,5`: a decimal written with a comma, as semicolon-separated files often are.
    private static func isDecimalComma(_ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        var index = base[0] == UInt8(ascii: "-") ? 1 : 0
        let digitsBefore = index
        while index < count, base[index] &- 48 < 10 { index += 1 }
        guard index > digitsBefore, index < count, base[index] == UInt8(ascii: ","), index + 1 < count else { return false }
        index += 1
        while index < count, base[index] &- 48 < 10 { index += 1 }
        return index == count
    }

    /// The column's values under the one type they all have, tokens made null; nil when it
    /// stays text.
    func retyped(_ values: some Collection<Value>) -> (ValueType, [Value])? {
        guard !gaveUp, others == 0, leadingZeros == 0, bigIntegers == 0 else { return nil }
        let kinds = [numbers > 0, dates > 0, booleans > 0].filter { $0 }.count
        if kinds == 0 { return tokens > 0 ? (.empty, values.map { _ in .null }) : nil }
        guard kinds == 1 else { return nil }
        let type: ValueType = dates > 0 ? .date : booleans > 0 ? .boolean : decimals > 0 ? .number : .integer
        let converted = values.map { value -> Value in
            if case .text(let text) = value, nulls.contains(Census.trim(text)) || Census.trim(text).isEmpty { return .null }
            switch type {
            case .number:
                if case .integer(let whole) = value { return .number(Double(whole)) }
                return decimalComma ? Census.commaNumber(value) : Cast.number(value)
            default:
                return Cast.to(type, value)
            }
        }
        return (type, converted)
    }

    /// A cell written with a decimal comma, as a number: 1,5 → 1.5.
    static func commaNumber(_ value: Value) -> Value {
        guard case .text(let text) = value else { return Cast.number(value) }
        // A point is neither a decimal mark nor, guessed, a thousands mark here: 1.234 is not read.
        guard !text.contains(".") else { return .null }
        return Cast.number(.text(text.replacingOccurrences(of: ",", with: ".")))
    }

    /// What to tell the user about a column that stays text.
    func findings() -> [Finding] {
        guard !gaveUp else { return [] }
        var found: [Finding] = []
        if others == 0, let first = firstLeadingZero {
            found.append(Finding(kind: .leadingZeros(leadingZeros), row: first.row, text: first.text))
        }
        if others == 0, let first = firstBig {
            found.append(Finding(kind: .bigIntegers(bigIntegers), row: first.row, text: first.text))
        }
        if let first = firstDecimalComma {
            found.append(Finding(kind: .decimalCommas(decimalCommas), row: first.row, text: first.text))
            return found
        }
        if let first = firstDecimalPoint, others == decimalPoints {
            found.append(Finding(kind: .decimalPoints(decimalPoints), row: first.row, text: first.text))
            return found
        }
        let typed = numbers + leadingZeros + bigIntegers
        if let first = firstOther, typed + dates > 0, typed + dates >= others {
            found.append(Finding(kind: .mixed(numbers: typed, dates: dates, others: others, nulls: tokens),
                                 row: first.row, text: first.text))
        }
        return found
    }
}
