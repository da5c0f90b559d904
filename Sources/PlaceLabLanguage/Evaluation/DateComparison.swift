import PlaceLabCore

/// Comparing a date column with written text: `day >= "2024-03-05"` is not byte order of two
/// texts but time order, so text written beside a date is read as a date (and put in the
/// same normal form) before any row runs; text that is no date is an error at its place.
enum DateComparison {
    static func normalizing(_ expression: BoundExpression, beside other: BoundExpression) throws -> BoundExpression {
        guard other.type == .date, expression.type != .date, case .constant(.text(let text)) = expression.kind else {
            return expression
        }
        guard let normal = DateText.normalized(text) else {
            throw Diagnostic("\"\(text)\" is not a date to compare with", at: expression.span,
                             help: "write an ISO date such as \"2024-03-05\" or a timestamp \"2024-03-05T14:30:00\"")
        }
        return BoundExpression(kind: .constant(.text(normal)), span: expression.span, type: .date)
    }
}
