import Foundation

/// Reading values straight from a cell's bytes, without making a String first.
package enum CellBytes {
    package static func string(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
        String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
    }

    /// Digits that must stay exactly as written: a whole number with leading zeros (`030001`,
    /// an identifier) or one beyond 64 bits (which a double would round).
    @inline(__always)
    package static func staysText(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        var index = start
        if base[index] == UInt8(ascii: "-") || base[index] == UInt8(ascii: "+") { index += 1 }
        let leadingZero = end - index > 1 && base[index] == UInt8(ascii: "0") && base[index + 1] &- 48 < 10
        guard leadingZero || end - index > 18 else { return false }
        for position in index..<end where base[position] &- 48 >= 10 { return false }
        return leadingZero || integer(base, start, end) == nil
    }

    /// `[+-]?[0-9]+` that fits `Int`.
    @inline(__always)
    package static func integer(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
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
    package static func number(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Double? {
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
    package static func boolean(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> Bool? {
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
