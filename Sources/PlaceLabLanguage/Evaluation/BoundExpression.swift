import Foundation
import PlaceLabCore

/// An expression with its names resolved against a frame's columns, ready to evaluate row by row.
struct BoundExpression: @unchecked Sendable {
    indirect enum Kind {
        case constant(Value)
        case column(Int)
        case list([BoundExpression])
        case negate(BoundExpression)
        case not(BoundExpression)
        case logical(BinaryOperator, BoundExpression, BoundExpression)
        case compare(BinaryOperator, BoundExpression, BoundExpression, asPhases: Bool)
        case arithmetic(BinaryOperator, BoundExpression, BoundExpression)
        case membership(BoundExpression, BoundExpression)
        case contains(BoundExpression, BoundExpression)
        case startsWith(BoundExpression, BoundExpression)
        case matches(BoundExpression, NSRegularExpression?, BoundExpression)
        case isNull(BoundExpression, negated: Bool)
        case isNaN(BoundExpression, negated: Bool)
        case call(ScalarFunction, [BoundExpression])
    }

    let kind: Kind
    let span: Span
    /// What the expression yields, when known before running (a column's type, a literal's).
    let type: ValueType?
}
