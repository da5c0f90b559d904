import PlaceLabCore

/// Runs a VectorPlan over a list of rows a column at a time. Conditions give the positions
/// (in that list) where they hold; values give cells by position.
struct VectorEvaluator {
    let frame: Frame

    /// The positions of `rows` where the condition holds, ascending. `and` passes on only the
    /// rows its left side kept and `or` only those it did not, as the row evaluator would.
    func kept(_ plan: VectorPlan, rows: [Int]) throws -> [Int] {
        switch plan {
        case .compare(let op, let left, let right):
            return try CompareKernels.compare(op, try cells(left, rows: rows), try cells(right, rows: rows), count: rows.count)
        case .logical(.and, let left, let right):
            let first = try kept(left, rows: rows)
            return try kept(right, rows: first.map { rows[$0] }).map { first[$0] }
        case .logical(_, let left, let right):
            let first = try kept(left, rows: rows)
            let rest = Self.complement(first, count: rows.count)
            return Self.merged(first, try kept(right, rows: rest.map { rows[$0] }).map { rest[$0] })
        case .not(let operand):
            return Self.complement(try kept(operand, rows: rows), count: rows.count)
        case .isNull(let operand, let negated):
            return CompareKernels.isNull(try cells(operand, rows: rows), negated: negated, count: rows.count)
        case .isNaN(let operand, let negated):
            return CompareKernels.isNaN(try cells(operand, rows: rows), negated: negated, count: rows.count)
        case .membership(let needle, let items):
            return CompareKernels.membership(try cells(needle, rows: rows), items, count: rows.count)
        case .textLookup(let index, let holds):
            guard case .texts(let dictionary, let valid) = frame.columns[index].storage else { return [] }
            let codes = dictionary.codes
            return CompareKernels.positions(rows.count) { valid[rows[$0]] && holds[Int(truncatingIfNeeded: codes[rows[$0]])] }
        case .rowTruths(let expression):
            return try CompareKernels.positions(rows.count) { try ExpressionEvaluator.truth(expression, row: rows[$0], in: frame) }
        case .column, .constant, .negate, .arithmetic, .rowValues:
            // Planned as a condition only when it holds booleans or nulls. A boolean column
            // (`where active`) is read from its flags, not boxed row by row.
            if case .column(let index) = plan, case .booleans(let flags, let valid) = frame.columns[index].storage {
                return CompareKernels.positions(rows.count) { valid[rows[$0]] && flags[rows[$0]] }
            }
            let values = try cells(plan, rows: rows)
            return CompareKernels.positions(rows.count) { values[$0] == .bool(true) }
        }
    }

    /// The cells of a value, by position in `rows`.
    func cells(_ plan: VectorPlan, rows: [Int]) throws -> Cells {
        switch plan {
        case .column(let index):
            return .vector(frame.columns[index].gathered(rows))
        case .constant(let value):
            return .constant(value)
        case .negate(let operand):
            return ArithmeticKernels.negate(try cells(operand, rows: rows), count: rows.count)
        case .arithmetic(let op, let left, let right):
            return try ArithmeticKernels.apply(op, try cells(left, rows: rows), try cells(right, rows: rows), count: rows.count)
        case .rowValues(let expression):
            return .vector(ColumnVector(storage: .boxed(try rows.map { try ExpressionEvaluator.evaluate(expression, row: $0, in: frame) })))
        case .compare, .logical, .not, .isNull, .isNaN, .membership, .textLookup, .rowTruths:
            // A condition as a value is true or false, never null.
            var flags = [Bool](repeating: false, count: rows.count)
            for position in try kept(plan, rows: rows) { flags[position] = true }
            return .vector(ColumnVector(storage: .booleans(flags, ValidityBitmap(count: rows.count, present: true))))
        }
    }

    /// The positions of `0..<count` not in `positions` (ascending).
    private static func complement(_ positions: [Int], count: Int) -> [Int] {
        var rest: [Int] = []
        rest.reserveCapacity(count - positions.count)
        var next = 0
        for position in positions {
            while next < position { rest.append(next); next += 1 }
            next = position + 1
        }
        while next < count { rest.append(next); next += 1 }
        return rest
    }

    /// Two ascending, disjoint lists of positions as one ascending list.
    private static func merged(_ a: [Int], _ b: [Int]) -> [Int] {
        var result: [Int] = []
        result.reserveCapacity(a.count + b.count)
        var (i, j) = (0, 0)
        while i < a.count, j < b.count {
            if a[i] < b[j] { result.append(a[i]); i += 1 } else { result.append(b[j]); j += 1 }
        }
        result.append(contentsOf: a[i...])
        result.append(contentsOf: b[j...])
        return result
    }
}
