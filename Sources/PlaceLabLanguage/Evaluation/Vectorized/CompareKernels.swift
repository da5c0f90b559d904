import PlaceLabCore

/// Comparisons, `in` and null tests over whole cells, giving the positions where they hold —
/// with ExpressionEvaluator's rules: null compares false, NaN beside a number holds only
/// `!=`, NaN equals NaN, an integer beside a double compared exactly (as `ValueOrder` does),
/// text by its UTF-8 bytes.
enum CompareKernels {
    static func compare(_ op: BinaryOperator, _ a: Cells, _ b: Cells, count: Int) throws -> [Int] {
        switch (a, b) {
        case (.constant(.null), _), (_, .constant(.null)):
            return []
        case (.constant(let x), .constant(let y)):
            return try ExpressionEvaluator.compare(op, x, y, asPhases: false, leftSpan: Span(0, 0), rightSpan: Span(0, 0))
                ? Array(0..<count) : []
        default:
            break
        }
        if let x = a.numbers(count: count), let y = b.numbers(count: count) {
            return numbers(op, x, y, count: count)
        }
        // Mixed integers and doubles after an overflow, or text (see VectorPlan.textLookup): the row rule, cell by cell.
        return try positions(count) {
            try ExpressionEvaluator.compare(op, a[$0], b[$0], asPhases: false, leftSpan: Span(0, 0), rightSpan: Span(0, 0))
        }
    }

    private static func numbers(_ op: BinaryOperator, _ a: NumberCells, _ b: NumberCells, count: Int) -> [Int] {
        let valid = (a.validity, b.validity)
        if case .integers(let x, _) = a, case .integers(let y, _) = b {
            return positions(count) { valid.0[$0] && valid.1[$0] && ordered(op, x[$0], y[$0]) }
        }
        switch (a, b) {
        case (.integers(let x, _), .doubles(let y, _)):
            return positions(count) { valid.0[$0] && valid.1[$0] && holds(op, x[$0], y[$0]) }
        case (.doubles(let x, _), .integers(let y, _)):
            return positions(count) { valid.0[$0] && valid.1[$0] && holds(op.flipped, y[$0], x[$0]) }
        default:
            let (x, y) = (a.doubles, b.doubles)
            return positions(count) { valid.0[$0] && valid.1[$0] && holds(op, x[$0], y[$0]) }
        }
    }

    /// `value in [items]`, the items being constants.
    static func membership(_ cells: Cells, _ items: [Value], count: Int) -> [Int] {
        let member = { (value: Value) in
            ExpressionEvaluator.isMember(value, of: items, asPhases: false, needleSpan: Span(0, 0), listSpan: Span(0, 0))
        }
        if case .vector(let column) = cells {
            switch column.storage {
            case .integers(let numbers, let valid):
                // Equal to an integer item, or read as a double, equal to a double item.
                let whole = Set(items.compactMap { if case .integer(let number) = $0 { number } else { nil } })
                let decimals = items.compactMap { if case .number(let number) = $0 { number } else { nil } }
                return positions(count) { position in
                    valid[position] && (whole.contains(numbers[position])
                        || decimals.contains { ValueOrder.mixedOrder(numbers[position], $0) == 0 })
                }
            default:
                break
            }
        }
        return positions(count) { member(cells[$0]) }
    }

    /// `is null` (or `is not null` when negated).
    static func isNull(_ cells: Cells, negated: Bool, count: Int) -> [Int] {
        switch cells {
        case .constant(let value):
            return value.isNull != negated ? Array(0..<count) : []
        case .vector(let column):
            switch column.storage {
            case .integers(_, let valid), .doubles(_, let valid), .booleans(_, let valid), .texts(_, let valid):
                return positions(count) { valid[$0] == negated }
            case .boxed(let values):
                return positions(count) { values[$0].isNull != negated }
            }
        }
    }

    /// `is nan` (or `is not nan` when negated): only a present double can be NaN.
    static func isNaN(_ cells: Cells, negated: Bool, count: Int) -> [Int] {
        if case .vector(let column) = cells, case .doubles(let numbers, let valid) = column.storage {
            return positions(count) { (valid[$0] && numbers[$0].isNaN) != negated }
        }
        return positions(count) { cells[$0].isNaN != negated }
    }

    /// The positions in `0..<count` where `holds` is true, in order.
    @inline(__always)
    static func positions(_ count: Int, where holds: (Int) throws -> Bool) rethrows -> [Int] {
        var kept: [Int] = []
        for position in 0..<count where try holds(position) { kept.append(position) }
        return kept
    }

    @inline(__always)
    static func ordered<T: Comparable>(_ op: BinaryOperator, _ a: T, _ b: T) -> Bool {
        switch op {
        case .equal: a == b
        case .notEqual: a != b
        case .less: a < b
        case .lessEqual: a <= b
        case .greater: a > b
        default: a >= b
        }
    }

    /// An integer and a double: exactly, and beside NaN only `!=` holds.
    @inline(__always)
    static func holds(_ op: BinaryOperator, _ a: Int, _ b: Double) -> Bool {
        if b.isNaN { return op == .notEqual }
        return ordered(op, ValueOrder.mixedOrder(a, b), 0)
    }

    /// Two doubles under the NaN rules: NaN equals NaN; beside a number only `!=` holds.
    @inline(__always)
    static func holds(_ op: BinaryOperator, _ a: Double, _ b: Double) -> Bool {
        if a.isNaN || b.isNaN {
            let both = a.isNaN && b.isNaN
            switch op {
            case .equal, .lessEqual, .greaterEqual: return both
            case .notEqual: return !both
            default: return false
            }
        }
        return ordered(op, a, b)
    }
}

extension BinaryOperator {
    /// The operator that gives the same answer with the operands swapped.
    var flipped: BinaryOperator {
        switch self {
        case .less: .greater
        case .lessEqual: .greaterEqual
        case .greater: .less
        case .greaterEqual: .lessEqual
        default: self
        }
    }
}
