import Foundation

/// The casts of the language (`number(x)`, `integer(x)`, `text(x)`, `date(x)`) and of
/// `load … types col: TYPE`. A value that cannot be converted gives null, never an error, so
/// one odd cell cannot stop a query halfway through.
package enum Cast {
    /// A number: integers widen, text is read as a decimal (`3.5`, `-2e3`, `NaN`, `inf`),
    /// booleans are 1 and 0.
    package static func number(_ value: Value) -> Value {
        switch value {
        case .integer(let whole): .number(Double(whole))
        case .number: value
        case .bool(let flag): .number(flag ? 1 : 0)
        case .text(let text): numberText(text).map(Value.number) ?? .null
        case .null, .list: .null
        }
    }

    /// A whole number: text of digits exactly (beyond 2^53 too, up to 64 bits), decimals
    /// rounded half away from zero as PostgreSQL does; null when out of the 64-bit range.
    package static func integer(_ value: Value) -> Value {
        switch value {
        case .integer: return value
        case .bool(let flag): return .integer(flag ? 1 : 0)
        case .number(let number): return wholeNumber(number).map(Value.integer) ?? .null
        case .text(let text):
            let trimmed = trim(text)
            if let whole = Int(trimmed.hasPrefix("+") ? String(trimmed.dropFirst()) : trimmed) { return .integer(whole) }
            return numberText(trimmed).flatMap(wholeNumber).map(Value.integer) ?? .null
        case .null, .list: return .null
        }
    }

    /// Text as tables show the value (numbers in their shortest exact form).
    package static func text(_ value: Value) -> Value {
        value.isNull ? .null : .text(value.plainText)
    }

    /// An ISO date or timestamp in its normal form (see `DateText`).
    package static func date(_ value: Value) -> Value {
        guard case .text(let text) = value else { return .null }
        return DateText.normalized(text).map(Value.text) ?? .null
    }

    /// `value` converted to a column type, for `load … types`.
    package static func to(_ type: ValueType, _ value: Value) -> Value {
        switch type {
        case .integer: integer(value)
        case .number: number(value)
        case .text: text(value)
        case .date: date(value)
        case .boolean: boolean(value)
        case .list, .phase, .empty: value
        }
    }

    static func boolean(_ value: Value) -> Value {
        switch value {
        case .bool: value
        case .integer(let whole) where whole == 0 || whole == 1: .bool(whole == 1)
        case .text(let text):
            switch trim(text).lowercased() {
            case "true", "yes", "1": .bool(true)
            case "false", "no", "0": .bool(false)
            default: .null
            }
        default: .null
        }
    }

    /// A decimal in the syntax CSV cells use, or nil (hexadecimal and other forms Swift's own
    /// parser accepts are not numbers to a user).
    static func numberText(_ text: String) -> Double? {
        let bytes = Array(trim(text).utf8)
        guard !bytes.isEmpty else { return nil }
        return bytes.withUnsafeBufferPointer { CellBytes.number($0.baseAddress!, 0, bytes.count) }
    }

    /// The nearest whole number, if it fits 64 bits (checked: never traps on NaN or ±inf).
    static func wholeNumber(_ number: Double) -> Int? {
        guard number.isFinite else { return nil }
        let rounded = number.rounded(.toNearestOrAwayFromZero)
        guard rounded >= -9_223_372_036_854_775_808.0, rounded < 9_223_372_036_854_775_808.0 else { return nil }
        return Int(exactly: rounded)
    }

    private static func trim(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespaces)
    }
}
