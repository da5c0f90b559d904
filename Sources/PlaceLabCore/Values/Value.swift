/// One cell of a table.
public enum Value: Sendable, Hashable {
    case null
    case bool(Bool)
    case integer(Int)
    case number(Double)
    case text(String)
    case list([Value])

    public var isNull: Bool { self == .null }

    /// The value as plain text, as CSV and tables show it (null is empty here;
    /// renderers that must make it visible choose their own marker).
    public var plainText: String {
        switch self {
        case .null: ""
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .number(let number): Value.format(number)
        case .text(let text): text
        case .list(let items): items.map(\.plainText).joined(separator: ", ")
        }
    }

    /// Whether the value reads as a number, so tables align it to the right.
    public var isNumeric: Bool {
        switch self {
        case .integer, .number: true
        default: false
        }
    }

    /// Shortest text that reads back as the same double; whole numbers without ".0".
    package static func format(_ number: Double) -> String {
        if number.isNaN { return "NaN" }
        if number.isInfinite { return number < 0 ? "-inf" : "inf" }
        if abs(number) < 1e15, let whole = Int(exactly: number) { return String(whole) }
        return String(number)
    }
}

extension Value {
    /// Whether the value is a number that is NaN (null and text are not).
    public var isNaN: Bool {
        if case .number(let number) = self { return number.isNaN }
        return false
    }
}
