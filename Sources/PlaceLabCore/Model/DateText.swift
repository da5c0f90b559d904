/// Dates and timestamps, kept as ISO 8601 text in one normal form so that comparing their
/// bytes compares them in time: `2024-03-05`, `2024-03-05T14:30:00`, `2024-03-05T14:30:00.25`,
/// and, for a timestamp that named its offset, the same instant in UTC with `+00:00`.
///
/// Read: `YYYY-MM-DD`, then optionally `T` or a space, `HH:MM`, `:SS`, `.fraction`, and `Z` or
/// `±HH:MM` (or `±HHMM`, `±HH`). Years 0001–9999; the day must exist in its month.
public enum DateText {
    /// The normal form of `text`, or nil when it is not an ISO date or timestamp.
    public static func normalized(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return nil }
        var low = 0, high = bytes.count
        while low < high, bytes[low] == 0x20 || bytes[low] == 0x09 { low += 1 }
        while high > low, bytes[high - 1] == 0x20 || bytes[high - 1] == 0x09 { high -= 1 }
        return bytes.withUnsafeBufferPointer { normalized($0.baseAddress!, low, high) }
    }

    /// Whether the bytes could start a date at all: four digits and a dash (a cheap first test).
    @inline(__always)
    static func looksLikeDate(_ base: UnsafePointer<UInt8>, _ low: Int, _ high: Int) -> Bool {
        high - low >= 10 && isDigit(base[low]) && isDigit(base[low + 1]) && isDigit(base[low + 2])
            && isDigit(base[low + 3]) && base[low + 4] == UInt8(ascii: "-")
    }

    package static func normalized(_ base: UnsafePointer<UInt8>, _ low: Int, _ high: Int) -> String? {
        guard looksLikeDate(base, low, high), base[low + 7] == UInt8(ascii: "-") else { return nil }
        guard let year = number(base, low, 4), let month = number(base, low + 5, 2), let day = number(base, low + 8, 2),
              year >= 1, (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year) else { return nil }
        var index = low + 10
        if index == high { return format(year, month, day) }
        guard base[index] == UInt8(ascii: "T") || base[index] == UInt8(ascii: "t") || base[index] == 0x20 else { return nil }
        index += 1
        guard index + 5 <= high, let hour = number(base, index, 2), base[index + 2] == UInt8(ascii: ":"),
              let minute = number(base, index + 3, 2), hour < 24, minute < 60 else { return nil }
        index += 5
        var second = 0
        var fraction = ""
        if index < high, base[index] == UInt8(ascii: ":") {
            guard index + 3 <= high, let value = number(base, index + 1, 2), value < 60 else { return nil }
            second = value
            index += 3
            if index < high, base[index] == UInt8(ascii: ".") || base[index] == UInt8(ascii: ",") {
                index += 1
                let start = index
                while index < high, isDigit(base[index]) { index += 1 }
                guard index > start else { return nil }
                fraction = String(decoding: UnsafeBufferPointer(start: base + start, count: index - start), as: UTF8.self)
                while fraction.hasSuffix("0") { fraction.removeLast() }
            }
        }
        var offsetMinutes: Int?
        if index < high {
            switch base[index] {
            case UInt8(ascii: "Z"), UInt8(ascii: "z"):
                offsetMinutes = 0
                index += 1
            case UInt8(ascii: "+"), UInt8(ascii: "-"):
                let sign = base[index] == UInt8(ascii: "-") ? -1 : 1
                index += 1
                guard index + 2 <= high, let hours = number(base, index, 2), hours <= 14 else { return nil }
                index += 2
                var minutes = 0
                if index < high, base[index] == UInt8(ascii: ":") { index += 1 }
                if index < high {
                    guard index + 2 <= high, let value = number(base, index, 2), value < 60 else { return nil }
                    minutes = value
                    index += 2
                }
                offsetMinutes = sign * (hours * 60 + minutes)
            default:
                return nil
            }
        }
        guard index == high else { return nil }
        var stamp = Stamp(year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        if let offsetMinutes {
            stamp.addMinutes(-offsetMinutes)
            guard stamp.year >= 1, stamp.year <= 9999 else { return nil }
        }
        var text = format(stamp.year, stamp.month, stamp.day) + "T" + two(stamp.hour) + ":" + two(stamp.minute) + ":" + two(stamp.second)
        if !fraction.isEmpty { text += "." + fraction }
        if offsetMinutes != nil { text += "+00:00" }
        return text
    }

    /// Whether `text` is already in the normal form (as values of a date column are).
    public static func isNormal(_ text: String) -> Bool {
        normalized(text) == text
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private struct Stamp {
        var year, month, day, hour, minute, second: Int

        /// Moves by up to a day either way (time-zone offsets are at most 14 hours).
        mutating func addMinutes(_ minutes: Int) {
            var total = hour * 60 + minute + minutes
            if total < 0 {
                total += 24 * 60
                day -= 1
                if day == 0 {
                    month -= 1
                    if month == 0 { month = 12; year -= 1 }
                    day = DateText.daysIn(month: month, year: year)
                }
            } else if total >= 24 * 60 {
                total -= 24 * 60
                day += 1
                if day > DateText.daysIn(month: month, year: year) {
                    day = 1
                    month += 1
                    if month == 13 { month = 1; year += 1 }
                }
            }
            hour = total / 60
            minute = total % 60
        }
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 48 < 10 }

    private static func number(_ base: UnsafePointer<UInt8>, _ start: Int, _ length: Int) -> Int? {
        var value = 0
        for index in start..<start + length {
            guard isDigit(base[index]) else { return nil }
            value = value * 10 + Int(base[index] &- 48)
        }
        return value
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String {
        let digits = String(year)
        return String(repeating: "0", count: 4 - digits.count) + digits + "-" + two(month) + "-" + two(day)
    }

    private static func two(_ value: Int) -> String {
        value < 10 ? "0\(value)" : "\(value)"
    }
}
