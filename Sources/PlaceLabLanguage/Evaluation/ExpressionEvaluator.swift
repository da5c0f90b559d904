import Foundation
import PlaceLabCore

/// Evaluates a bound expression for one row.
///
/// Null semantics (help nulls): a comparison with null is false; arithmetic with null is
/// null; `and`/`or`/`not` treat null as false; `is null` tests for it. NaN compared with a
/// number is neither equal, less nor greater (only `!=` holds), so `where b > 100` never keeps
/// it; NaN == NaN, as in PostgreSQL.
enum ExpressionEvaluator {
    static func evaluate(_ expression: BoundExpression, row: Int, in frame: Frame) throws -> Value {
        switch expression.kind {
        case .constant(let value):
            return value
        case .column(let index):
            return frame.columns[index][row]
        case .list(let items):
            return .list(try items.map { try evaluate($0, row: row, in: frame) })
        case .negate(let operand):
            switch try evaluate(operand, row: row, in: frame) {
            case .null: return .null
            case .integer(let number): return number == .min ? .number(-Double(number)) : .integer(-number)
            case .number(let number): return .number(-number)
            case let other:
                throw Diagnostic("cannot negate \(other.typeName)", at: operand.span)
            }
        case .not(let operand):
            return .bool(!(try truth(operand, row: row, in: frame)))
        case .logical(let op, let left, let right):
            let first = try truth(left, row: row, in: frame)
            if op == .and, !first { return .bool(false) }
            if op == .or, first { return .bool(true) }
            return .bool(try truth(right, row: row, in: frame))
        case .compare(let op, let left, let right, let asPhases):
            let a = try evaluate(left, row: row, in: frame), b = try evaluate(right, row: row, in: frame)
            return .bool(try compare(op, a, b, asPhases: asPhases, leftSpan: left.span, rightSpan: right.span))
        case .arithmetic(let op, let left, let right):
            return try Arithmetic.apply(op, try evaluate(left, row: row, in: frame), try evaluate(right, row: row, in: frame),
                                        left.span, right.span)
        case .membership(let needle, let haystack):
            let value = try evaluate(needle, row: row, in: frame)
            let collection = try evaluate(haystack, row: row, in: frame)
            guard case .list(let items) = collection else {
                if collection.isNull { return .bool(false) }
                throw Diagnostic("\"in\" needs a list on its right, not \(collection.typeName)", at: haystack.span,
                                 help: "as in: country in [\"UK\", \"Netherlands\"]")
            }
            return .bool(isMember(value, of: items, asPhases: needle.type == .phase, needleSpan: needle.span, listSpan: haystack.span))
        case .contains(let left, let right):
            let container = try evaluate(left, row: row, in: frame), part = try evaluate(right, row: row, in: frame)
            if container.isNull || part.isNull { return .bool(false) }
            switch (container, part) {
            case (.text(let text), .text(let fragment)): return .bool(text.contains(fragment))
            case (.list(let items), _): return .bool(items.contains { (try? ValueOrder.compare($0, part, asPhases: false, leftSpan: left.span, rightSpan: right.span)) == 0 })
            default:
                throw Diagnostic("\"contains\" works on text or a list, not \(container.typeName)", at: left.span)
            }
        case .startsWith(let left, let right):
            let text = try evaluate(left, row: row, in: frame), prefix = try evaluate(right, row: row, in: frame)
            if text.isNull || prefix.isNull { return .bool(false) }
            guard case .text(let whole) = text, case .text(let start) = prefix else {
                throw Diagnostic("\"starts with\" compares text, not \(text.typeName) with \(prefix.typeName)", at: expression.span)
            }
            return .bool(whole.hasPrefix(start))
        case .matches(let left, let compiled, let right):
            let text = try evaluate(left, row: row, in: frame)
            if text.isNull { return .bool(false) }
            guard case .text(let subject) = text else {
                throw Diagnostic("\"~\" matches text, not \(text.typeName)", at: left.span)
            }
            let regex: NSRegularExpression
            if let compiled {
                regex = compiled
            } else {
                guard case .text(let pattern) = try evaluate(right, row: row, in: frame) else { return .bool(false) }
                guard let made = try? NSRegularExpression(pattern: pattern) else {
                    throw Diagnostic("invalid regular expression \"\(pattern)\"", at: right.span)
                }
                regex = made
            }
            return .bool(try RegexMatch.firstMatch(regex, in: subject, at: right.span))
        case .isNull(let operand, let negated):
            return .bool(try evaluate(operand, row: row, in: frame).isNull != negated)
        case .isNaN(let operand, let negated):
            return .bool(try evaluate(operand, row: row, in: frame).isNaN != negated)
        case .call(let function, let arguments):
            let values = try arguments.map { try evaluate($0, row: row, in: frame) }
            return try function.apply(values, spans: arguments.map(\.span), at: expression.span)
        }
    }

    /// `a op b` for two evaluated operands: false when either is null; NaN beside a number
    /// holds only `!=`; otherwise by ValueOrder (which throws for types it cannot compare).
    static func compare(_ op: BinaryOperator, _ a: Value, _ b: Value, asPhases: Bool, leftSpan: Span, rightSpan: Span) throws -> Bool {
        if a.isNull || b.isNull { return false }
        if a.isNaN != b.isNaN, a.isNumeric, b.isNumeric { return op == .notEqual }
        let order = try ValueOrder.compare(a, b, asPhases: asPhases, leftSpan: leftSpan, rightSpan: rightSpan)
        switch op {
        case .equal: return order == 0
        case .notEqual: return order != 0
        case .less: return order < 0
        case .lessEqual: return order <= 0
        case .greater: return order > 0
        default: return order >= 0
        }
    }

    /// `value in [items]`: whether a present item compares equal to it; items it cannot be
    /// compared with are simply not it.
    static func isMember(_ value: Value, of items: [Value], asPhases: Bool, needleSpan: Span, listSpan: Span) -> Bool {
        if value.isNull { return false }
        for item in items where !item.isNull {
            if (try? ValueOrder.compare(value, item, asPhases: asPhases, leftSpan: needleSpan, rightSpan: listSpan)) == 0 {
                return true
            }
        }
        return false
    }

    /// A condition's truth: true only for `true`; null and false are false.
    static func truth(_ expression: BoundExpression, row: Int, in frame: Frame) throws -> Bool {
        switch try evaluate(expression, row: row, in: frame) {
        case .bool(let flag): return flag
        case .null: return false
        case let other:
            throw Diagnostic("expected a condition (true or false), but this is \(other.typeName)", at: expression.span,
                             help: "compare it, as in: \(other.isNumeric ? "x > 0" : "x == \"…\"")")
        }
    }
}

/// `+ - * /`: whole numbers stay whole except in division; text joins with `+`; null gives null.
enum Arithmetic {
    static func apply(_ op: BinaryOperator, _ left: Value, _ right: Value, _ leftSpan: Span, _ rightSpan: Span) throws -> Value {
        if left.isNull || right.isNull { return .null }
        if op == .plus, case .text(let a) = left, case .text(let b) = right { return .text(a + b) }
        guard let a = left.asDouble, let b = right.asDouble else {
            let culprit = left.isNumeric ? rightSpan : leftSpan
            throw Diagnostic("cannot use \"\(op.rawValue)\" on \(left.typeName) and \(right.typeName)", at: culprit,
                             help: op == .plus ? "+ adds numbers or joins two texts" : nil)
        }
        if case .integer(let x) = left, case .integer(let y) = right, op != .divide {
            let (result, overflow): (Int, Bool) = switch op {
            case .plus: x.addingReportingOverflow(y)
            case .minus: x.subtractingReportingOverflow(y)
            default: x.multipliedReportingOverflow(by: y)
            }
            return overflow ? .number(op == .plus ? a + b : op == .minus ? a - b : a * b) : .integer(result)
        }
        switch op {
        case .plus: return .number(a + b)
        case .minus: return .number(a - b)
        case .times: return .number(a * b)
        default: return b == 0 ? .null : .number(a / b)
        }
    }
}
