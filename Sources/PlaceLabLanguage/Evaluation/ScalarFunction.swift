import Foundation
import PlaceLabCore

/// The functions an expression may call: `lower(name)`, `round(value, 1)`, …
package enum ScalarFunction: String, CaseIterable, Sendable {
    case lower, upper, len, round, coalesce, abs, trim
    case number, integer, text, date

    var arity: ClosedRange<Int> {
        switch self {
        case .lower, .upper, .len, .abs, .trim, .number, .integer, .text, .date: 1...1
        case .round: 1...2
        case .coalesce: 1...Int.max
        }
    }

    package var usage: String {
        switch self {
        case .lower: "lower(text)"
        case .upper: "upper(text)"
        case .len: "len(text or list)"
        case .round: "round(number[, digits])"
        case .coalesce: "coalesce(value, value, …)"
        case .abs: "abs(number)"
        case .trim: "trim(text)"
        case .number: "number(x)"
        case .integer: "integer(x)"
        case .text: "text(x)"
        case .date: "date(x)"
        }
    }

    func checkArity(_ count: Int, at span: Span) throws {
        guard arity.contains(count) else {
            let counted = arity.lowerBound == arity.upperBound ? "\(arity.lowerBound)"
                : arity.upperBound == Int.max ? "at least \(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
            throw Diagnostic("\(rawValue) takes \(counted) argument\(arity.upperBound == 1 ? "" : "s"), not \(count)",
                             at: span, help: "usage: \(usage)")
        }
    }

    func resultType(_ arguments: [ValueType?]) -> ValueType? {
        switch self {
        case .lower, .upper, .trim: .text
        case .len: .integer
        case .round: arguments.count > 1 ? .number : .integer
        case .abs: arguments.first ?? nil
        case .coalesce: arguments.compactMap { $0 }.first
        case .number: .number
        case .integer: .integer
        case .text: .text
        case .date: .date
        }
    }

    /// Applies the function; nulls pass through (except in coalesce, which skips them).
    func apply(_ arguments: [Value], spans: [Span], at span: Span) throws -> Value {
        if self == .coalesce { return arguments.first { !$0.isNull } ?? .null }
        if arguments[0].isNull { return .null }
        switch self {
        case .number: return Cast.number(arguments[0])
        case .integer: return Cast.integer(arguments[0])
        case .text: return Cast.text(arguments[0])
        case .date: return Cast.date(arguments[0])
        default: break
        }
        func wrong(_ expected: String, _ index: Int = 0) -> Diagnostic {
            Diagnostic("\(rawValue) expects \(expected), not \(arguments[index].typeName)", at: spans[index], help: "usage: \(usage)")
        }
        switch self {
        case .lower, .upper, .trim:
            guard case .text(let text) = arguments[0] else { throw wrong("text") }
            switch self {
            case .lower: return .text(text.lowercased())
            case .upper: return .text(text.uppercased())
            default: return .text(text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
        case .len:
            switch arguments[0] {
            case .text(let text): return .integer(text.count)
            case .list(let items): return .integer(items.count)
            default: throw wrong("text or a list")
            }
        case .abs:
            switch arguments[0] {
            // |Int.min| is one past Int.max: it becomes a number (9.223372036854775808e18).
            case .integer(let number): return number == .min ? .number(-Double(number)) : .integer(Swift.abs(number))
            case .number(let number): return .number(Swift.abs(number))
            default: throw wrong("a number")
            }
        case .round:
            guard let number = arguments[0].asDouble else { throw wrong("a number") }
            if arguments.count == 1 {
                if case .integer = arguments[0] { return arguments[0] }
                let rounded = number.rounded(.toNearestOrAwayFromZero)
                return Int(checking: rounded).map(Value.integer) ?? .number(rounded)
            }
            guard case .integer(let digits) = arguments[1], (0...15).contains(digits) else {
                throw Diagnostic("round's digits must be a whole number from 0 to 15", at: spans[1])
            }
            return .number(number.rounded(toDecimals: digits))
        case .coalesce, .number, .integer, .text, .date:
            return .null
        }
    }
}

extension Value {
    /// The type's name, for "cannot compare text with number".
    var typeName: String {
        switch self {
        case .null: "null"
        case .bool: "boolean"
        case .integer: "integer"
        case .number: "number"
        case .text: "text"
        case .list: "list"
        }
    }

    package var asDouble: Double? {
        switch self {
        case .integer(let number): Double(number)
        case .number(let number): number
        default: nil
        }
    }
}
