import PlaceLabCore

/// The aggregate functions of `aggregate n = count(), m = avg(authority)`. Nulls are
/// skipped by all but `count()`, which counts rows.
enum Aggregate {
    static func apply(_ function: String, _ values: [Value], rowCount: Int, span: Span) throws -> Value {
        switch function {
        case "count":
            return .integer(values.isEmpty && rowCount > 0 ? rowCount : values.filter { !$0.isNull }.count)
        case "list":
            return .list(values.filter { !$0.isNull })
        case "min", "max":
            var best: Value = .null
            for value in values where !value.isNull {
                if best.isNull { best = value; continue }
                let order = try ValueOrder.compare(value, best, asPhases: false, leftSpan: span, rightSpan: span)
                if function == "min" ? order < 0 : order > 0 { best = value }
            }
            return best
        default:
            let present = values.filter { !$0.isNull }
            if let wrong = present.first(where: { !$0.isNumeric }) {
                throw Diagnostic("\(function) needs numbers, but this field holds \(wrong.typeName)", at: span)
            }
            if present.isEmpty { return .null }
            switch function {
            case "sum":
                if present.allSatisfy({ if case .integer = $0 { true } else { false } }) {
                    var total = 0
                    for case .integer(let number) in present {
                        let (sum, overflow) = total.addingReportingOverflow(number)
                        if overflow { return .number(present.reduce(0) { $0 + $1.asDouble! }) }
                        total = sum
                    }
                    return .integer(total)
                }
                return .number(present.reduce(0) { $0 + $1.asDouble! })
            case "avg":
                return .number(present.reduce(0) { $0 + $1.asDouble! } / Double(present.count))
            default:  // median
                let sorted = present.map { $0.asDouble! }.sorted()
                let middle = sorted.count / 2
                return .number(sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2)
            }
        }
    }
}
