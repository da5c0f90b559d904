import PlaceLabCore

/// An expression of the query language, with the span it was written in.
public indirect enum Expression: Sendable, Equatable {
    case literal(Value, Span)
    /// A field name, or a bare word that may turn out to be a lifecycle phase.
    case field(String, Span)
    case list([Expression], Span)
    case unary(UnaryOperator, Expression, Span)
    case binary(BinaryOperator, Expression, Expression, Span)
    /// `x is null` / `x is not null`.
    case isNull(Expression, negated: Bool, Span)
    /// `x is nan` / `x is not nan`.
    case isNaN(Expression, negated: Bool, Span)
    case call(String, [Expression], Span)

    /// The same expression, said to cover `span` (its brackets, for column names and carets).
    func spanning(_ span: Span) -> Expression {
        switch self {
        case .literal(let value, _): .literal(value, span)
        case .field(let name, _): .field(name, span)
        case .list(let items, _): .list(items, span)
        case .unary(let op, let operand, _): .unary(op, operand, span)
        case .binary(let op, let left, let right, _): .binary(op, left, right, span)
        case .isNull(let operand, let negated, _): .isNull(operand, negated: negated, span)
        case .isNaN(let operand, let negated, _): .isNaN(operand, negated: negated, span)
        case .call(let name, let arguments, _): .call(name, arguments, span)
        }
    }

    public var span: Span {
        switch self {
        case .literal(_, let span), .field(_, let span), .list(_, let span), .unary(_, _, let span),
             .binary(_, _, _, let span), .isNull(_, _, let span), .isNaN(_, _, let span), .call(_, _, let span):
            span
        }
    }
}

public enum UnaryOperator: String, Sendable {
    case negate = "-"
    case not
}

public enum BinaryOperator: String, Sendable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case plus = "+", minus = "-", times = "*", divide = "/"
    case matches = "~"
    case contains
    case startsWith = "starts with"
    case `in`

    var isComparison: Bool {
        switch self {
        case .equal, .notEqual, .less, .lessEqual, .greater, .greaterEqual: true
        default: false
        }
    }
}

extension Expression {
    /// Every field name the expression reads (bare words that turn out to be phases included).
    var fieldNames: [String] {
        switch self {
        case .literal: []
        case .field(let name, _): [name]
        case .list(let items, _): items.flatMap(\.fieldNames)
        case .unary(_, let operand, _), .isNull(let operand, _, _), .isNaN(let operand, _, _): operand.fieldNames
        case .binary(_, let left, let right, _): left.fieldNames + right.fieldNames
        case .call(_, let arguments, _): arguments.flatMap(\.fieldNames)
        }
    }
}
