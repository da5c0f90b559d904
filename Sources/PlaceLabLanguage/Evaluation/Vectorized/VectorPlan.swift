import PlaceLabCore

/// An expression laid out for evaluation a column at a time. Only operations that cannot
/// throw on the kinds of cells they get are planned as columns (comparisons of numbers,
/// of dictionary text with a text constant, arithmetic on numbers, `and`/`or`/`not`,
/// `is null`, `in [constants]`); anything else stays with ExpressionEvaluator, row by row,
/// as a `rowValues`/`rowTruths` part.
///
/// An expression holds at most one row-by-row part: with one, the rows it runs on are exactly
/// the rows the row evaluator would run it on (`and`/`or` pass on only the rows they still
/// need), in the same order, and nothing else can throw, so the first error is the same one.
indirect enum VectorPlan {
    case column(Int)
    case constant(Value)
    case negate(VectorPlan)
    case arithmetic(BinaryOperator, VectorPlan, VectorPlan)
    case compare(BinaryOperator, VectorPlan, VectorPlan)
    case logical(BinaryOperator, VectorPlan, VectorPlan)
    case not(VectorPlan)
    case isNull(VectorPlan, negated: Bool)
    case isNaN(VectorPlan, negated: Bool)
    case membership(VectorPlan, [Value])
    /// A dictionary-text column's rows where `holds[code]`: a comparison or `in` worked out
    /// once per dictionary entry while planning.
    case textLookup(column: Int, holds: [Bool])
    /// Each row's value from ExpressionEvaluator.
    case rowValues(BoundExpression)
    /// Each row's truth from ExpressionEvaluator (which throws for a value that is no condition).
    case rowTruths(BoundExpression)

    /// What a planned part yields, as far as planning knows.
    enum Kind {
        /// Integers, doubles or nulls (a mix of integers and doubles after an overflow).
        case number
        /// Booleans or nulls.
        case boolean
        case textColumn
        case textConstant
        case null
        /// Anything: boxed columns, lists, row-by-row values.
        case other
    }

    struct Planned {
        let plan: VectorPlan
        let kind: Kind
        /// How many row-by-row parts it holds (0 or 1).
        let rowParts: Int
    }

    /// The plan of `expression` for a value (select, aggregate argument).
    static func value(_ expression: BoundExpression, in frame: Frame) -> Planned {
        Planner(frame: frame).value(expression)
    }

    /// The plan of `expression` for a condition (where).
    static func condition(_ expression: BoundExpression, in frame: Frame) -> Planned {
        let planner = Planner(frame: frame)
        return planner.condition(expression, planner.value(expression))
    }

    /// Whether the plan is all row by row, so evaluating it a column at a time gains nothing.
    var isRowByRow: Bool {
        switch self {
        case .rowValues, .rowTruths: true
        default: false
        }
    }
}

private struct Planner {
    typealias Planned = VectorPlan.Planned
    let frame: Frame

    func value(_ expression: BoundExpression) -> Planned {
        let rows = Planned(plan: .rowValues(expression), kind: .other, rowParts: 1)
        switch expression.kind {
        case .constant(let value):
            let kind: VectorPlan.Kind = switch value {
            case .integer, .number: .number
            case .bool: .boolean
            case .text: .textConstant
            case .null: .null
            case .list: .other
            }
            return Planned(plan: .constant(value), kind: kind, rowParts: 0)
        case .column(let index):
            let kind: VectorPlan.Kind = switch frame.columns[index].storage {
            case .integers, .doubles: .number
            case .booleans: .boolean
            case .texts: .textColumn
            case .boxed: .other
            }
            return Planned(plan: .column(index), kind: kind, rowParts: 0)
        case .negate(let operand):
            let inner = value(operand)
            guard inner.kind.isNumberOrNull else { return rows }
            return Planned(plan: .negate(inner.plan), kind: .number, rowParts: 0)
        case .arithmetic(let op, let left, let right):
            let (a, b) = (value(left), value(right))
            guard a.kind.isNumberOrNull, b.kind.isNumberOrNull else { return rows }
            return Planned(plan: .arithmetic(op, a.plan, b.plan), kind: .number, rowParts: 0)
        case .compare(let op, let left, let right, let asPhases):
            if asPhases { return phaseLookup(op, left, right) ?? rows }
            let (a, b) = (value(left), value(right))
            guard Self.comparable(a.kind, b.kind) else { return rows }
            if case .constant(.text(let text)) = b.plan, let lookup = textLookup(a.plan, { ordered(op, ValueOrder.textOrder($0, text)) }) {
                return lookup
            }
            if case .constant(.text(let text)) = a.plan, let lookup = textLookup(b.plan, { ordered(op.flipped, ValueOrder.textOrder($0, text)) }) {
                return lookup
            }
            return combined(.compare(op, a.plan, b.plan), a, b) ?? rows
        case .logical(let op, let left, let right):
            let (a, b) = (condition(left, value(left)), condition(right, value(right)))
            return combined(.logical(op, a.plan, b.plan), a, b) ?? rows
        case .not(let operand):
            let inner = condition(operand, value(operand))
            return Planned(plan: .not(inner.plan), kind: .boolean, rowParts: inner.rowParts)
        case .isNull(let operand, let negated):
            let inner = value(operand)
            return Planned(plan: .isNull(inner.plan, negated: negated), kind: .boolean, rowParts: inner.rowParts)
        case .isNaN(let operand, let negated):
            let inner = value(operand)
            return Planned(plan: .isNaN(inner.plan, negated: negated), kind: .boolean, rowParts: inner.rowParts)
        case .membership(let needle, let haystack):
            guard needle.type != .phase, let items = Self.constants(haystack) else { return rows }
            let inner = value(needle)
            let member = { (entry: String) in
                ExpressionEvaluator.isMember(.text(entry), of: items, asPhases: false, needleSpan: needle.span, listSpan: haystack.span)
            }
            return textLookup(inner.plan, member)
                ?? Planned(plan: .membership(inner.plan, items), kind: .boolean, rowParts: inner.rowParts)
        case .list, .contains, .startsWith, .matches, .call:
            return rows
        }
    }

    /// A phase column beside a constant (`phase >= mobilisation`, `phase < 2`), each of the
    /// column's dictionary entries placed in the lifecycle once. An entry the comparison
    /// refuses (text that names no phase) leaves the test to the row path, so its error comes
    /// from the row it always came from.
    private func phaseLookup(_ op: BinaryOperator, _ left: BoundExpression, _ right: BoundExpression) -> Planned? {
        let (a, b) = (value(left), value(right))
        let column: VectorPlan, constant: Value, columnFirst: Bool
        if case .constant(let value) = b.plan {
            (column, constant, columnFirst) = (a.plan, value, true)
        } else if case .constant(let value) = a.plan {
            (column, constant, columnFirst) = (b.plan, value, false)
        } else {
            return nil
        }
        guard !constant.isNull, case .column(let index) = column, case .texts(let dictionary, _) = frame.columns[index].storage
        else { return nil }
        var holds: [String: Bool] = [:]
        for entry in dictionary.entries {
            let (x, y) = columnFirst ? (Value.text(entry), constant) : (constant, Value.text(entry))
            guard let result = try? ExpressionEvaluator.compare(op, x, y, asPhases: true, leftSpan: left.span, rightSpan: right.span)
            else { return nil }
            holds[entry] = result
        }
        return textLookup(column) { holds[$0] ?? false }
    }

    /// A test of a dictionary-text column's rows by their entries, each entry tested once —
    /// when the column has no more entries than the frame has rows (after a narrow `where`,
    /// testing the few rows themselves is less work).
    private func textLookup(_ plan: VectorPlan, _ test: (String) -> Bool) -> Planned? {
        guard case .column(let index) = plan, case .texts(let dictionary, _) = frame.columns[index].storage,
              dictionary.entries.count <= frame.rows.count else { return nil }
        return Planned(plan: .textLookup(column: index, holds: dictionary.entries.map(test)), kind: .boolean, rowParts: 0)
    }

    /// `order op 0`: whether an order (-1, 0, 1) satisfies the comparison.
    private func ordered(_ op: BinaryOperator, _ order: Int) -> Bool {
        CompareKernels.ordered(op, order, 0)
    }

    /// A value used as a condition: booleans as they are, anything else row by row, where a
    /// value that is no condition throws as it always has.
    func condition(_ expression: BoundExpression, _ planned: Planned) -> Planned {
        if planned.kind == .boolean || planned.kind == .null { return planned }
        return Planned(plan: .rowTruths(expression), kind: .boolean, rowParts: 1)
    }

    /// A two-sided boolean part, unless both sides hold a row-by-row part.
    private func combined(_ plan: VectorPlan, _ a: Planned, _ b: Planned) -> Planned? {
        a.rowParts + b.rowParts > 1 ? nil : Planned(plan: plan, kind: .boolean, rowParts: a.rowParts + b.rowParts)
    }

    /// Pairs whose comparison cannot throw and has a column-at-a-time form.
    private static func comparable(_ a: VectorPlan.Kind, _ b: VectorPlan.Kind) -> Bool {
        switch (a, b) {
        case (.number, .number), (.boolean, .boolean), (.textColumn, .textConstant), (.textConstant, .textColumn): true
        case (.null, _), (_, .null): true
        default: false
        }
    }

    /// The items of a list written with constants only.
    private static func constants(_ haystack: BoundExpression) -> [Value]? {
        switch haystack.kind {
        case .constant(.list(let items)): return items
        case .list(let items):
            var values: [Value] = []
            for item in items {
                guard case .constant(let value) = item.kind else { return nil }
                values.append(value)
            }
            return values
        default: return nil
        }
    }
}

private extension VectorPlan.Kind {
    var isNumberOrNull: Bool { self == .number || self == .null }
}
