import PlaceLabCore

/// `+ - * /` and negation over whole number cells, with `Arithmetic`'s rules: integers stay
/// integers except in division, a row whose integer result overflows becomes a double (the
/// column is then a mix, cell by cell as the row evaluator makes it), division by zero and
/// null give null.
enum ArithmeticKernels {
    static func apply(_ op: BinaryOperator, _ a: Cells, _ b: Cells, count: Int) throws -> Cells {
        switch (a, b) {
        case (.constant(.null), _), (_, .constant(.null)):
            return .constant(.null)
        case (.constant(let x), .constant(let y)):
            return .constant(try Arithmetic.apply(op, x, y, Span(0, 0), Span(0, 0)))
        default:
            break
        }
        if let x = a.numbers(count: count), let y = b.numbers(count: count) {
            let valid = x.validity.and(y.validity)
            if case .integers(let p, _) = x, case .integers(let q, _) = y, op != .divide {
                if let whole = integers(op, p, q, valid) { return .vector(ColumnVector(storage: .integers(whole, valid))) }
            } else {
                return .vector(doubles(op, x.doubles, y.doubles, valid))
            }
        }
        // An overflow somewhere, or cells already mixed: the row rule, cell by cell.
        var values: [Value] = []
        values.reserveCapacity(count)
        for position in 0..<count {
            values.append(try Arithmetic.apply(op, a[position], b[position], Span(0, 0), Span(0, 0)))
        }
        return .vector(ColumnVector(storage: .boxed(values)))
    }

    /// Whole-number results, or nil when a present row overflows.
    private static func integers(_ op: BinaryOperator, _ a: [Int], _ b: [Int], _ valid: ValidityBitmap) -> [Int]? {
        var result = [Int](repeating: 0, count: a.count)
        var overflowed = false
        for position in a.indices {
            let (value, overflow) = switch op {
            case .plus: a[position].addingReportingOverflow(b[position])
            case .minus: a[position].subtractingReportingOverflow(b[position])
            default: a[position].multipliedReportingOverflow(by: b[position])
            }
            result[position] = value
            if overflow, valid[position] { overflowed = true }
        }
        return overflowed ? nil : result
    }

    private static func doubles(_ op: BinaryOperator, _ a: [Double], _ b: [Double], _ valid: ValidityBitmap) -> ColumnVector {
        var result = [Double](repeating: 0, count: a.count)
        var valid = valid
        switch op {
        case .plus: for position in a.indices { result[position] = a[position] + b[position] }
        case .minus: for position in a.indices { result[position] = a[position] - b[position] }
        case .times: for position in a.indices { result[position] = a[position] * b[position] }
        default:
            for position in a.indices {
                if b[position] == 0 { valid[position] = false } else { result[position] = a[position] / b[position] }
            }
        }
        return ColumnVector(storage: .doubles(result, valid))
    }

    /// `-x`: the smallest integer has no whole negation and becomes a double.
    static func negate(_ cells: Cells, count: Int) -> Cells {
        switch cells {
        case .constant(let value):
            return .constant(negated(value))
        case .vector(let column):
            switch column.storage {
            case .doubles(let numbers, let valid):
                return .vector(ColumnVector(storage: .doubles(numbers.map { -$0 }, valid)))
            case .integers(let numbers, let valid) where !numbers.indices.contains(where: { valid[$0] && numbers[$0] == .min }):
                return .vector(ColumnVector(storage: .integers(numbers.map { $0 == .min ? 0 : -$0 }, valid)))
            default:
                return .vector(ColumnVector(storage: .boxed(column.map(negated))))
            }
        }
    }

    /// One value negated as ExpressionEvaluator negates a number or null.
    private static func negated(_ value: Value) -> Value {
        switch value {
        case .integer(let number): number == .min ? .number(-Double(number)) : .integer(-number)
        case .number(let number): .number(-number)
        default: .null
        }
    }
}
