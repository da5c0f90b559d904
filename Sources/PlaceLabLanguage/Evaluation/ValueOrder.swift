import PlaceLabCore

/// How values compare: numbers by value (integers and decimals together), text by UTF-8
/// bytes (the order sqlite uses, the same on every machine), booleans false before true,
/// and lifecycle phases by their place in the lifecycle. NaN is one value, greater than every
/// number (−inf < numbers < inf < NaN), as PostgreSQL and DuckDB order it, so every sort is a
/// total order; `ExpressionEvaluator` keeps a NaN from passing `<`, `>` or `==` with a number.
enum ValueOrder {
    /// The comparison of two non-null values; throws when their types cannot be compared.
    static func compare(_ left: Value, _ right: Value, asPhases: Bool, leftSpan: Span, rightSpan: Span) throws -> Int {
        if asPhases {
            return try phaseNumber(left, leftSpan) - phaseNumber(right, rightSpan)
        }
        switch (left, right) {
        case (.integer(let a), .integer(let b)): return a < b ? -1 : a == b ? 0 : 1
        case (.integer(let a), .number(let b)): return mixedOrder(a, b)
        case (.number(let a), .integer(let b)): return -mixedOrder(b, a)
        case (.number(let a), .number(let b)): return numberOrder(a, b)
        case (.text(let a), .text(let b)): return textOrder(a, b)
        case (.bool(let a), .bool(let b)): return a == b ? 0 : (a ? 1 : -1)
        case (.list(let a), .list(let b)) where a == b: return 0
        default:
            throw Diagnostic("cannot compare \(left.typeName) with \(right.typeName)", at: leftSpan.union(rightSpan),
                             help: hint(left, right))
        }
    }

    /// Numbers in the total order: NaN equal to itself and after +inf.
    static func numberOrder(_ a: Double, _ b: Double) -> Int {
        if a.isNaN || b.isNaN { return a.isNaN == b.isNaN ? 0 : (a.isNaN ? 1 : -1) }
        return a < b ? -1 : a == b ? 0 : 1
    }

    /// An integer beside a decimal, exactly: read as a double, 2^53 + 1 would equal 2^53 and
    /// Int.max would equal 2^63. sqlite compares them so, and joins and groups here match
    /// keys so, so `where` agrees with both. NaN stays after every number.
    static func mixedOrder(_ integer: Int, _ number: Double) -> Int {
        if number.isNaN || number >= 0x1p63 { return -1 }
        if number < -0x1p63 { return 1 }
        // Within Int's range now, so the whole part converts exactly.
        let whole = Int(clamping: number, to: Int.min...Int.max, rounding: .towardZero)
        if integer != whole { return integer < whole ? -1 : 1 }
        let fraction = number - number.rounded(.towardZero)
        return fraction > 0 ? -1 : fraction < 0 ? 1 : 0
    }

    /// Byte order: Swift's own `==` would call "é" and "e\u{301}" equal, and then sorting
    /// by bytes would not be consistent with equality.
    static func textOrder(_ a: String, _ b: String) -> Int {
        if a.utf8.elementsEqual(b.utf8) { return 0 }
        return a.utf8.lexicographicallyPrecedes(b.utf8) ? -1 : 1
    }

    /// A total order for sorting any column: nulls last, then by type, then by value.
    static func sortOrder(_ left: Value, _ right: Value, asPhases: Bool) -> Int {
        switch (left.isNull, right.isNull) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        default: break
        }
        if asPhases, let a = LifecyclePhase(left.plainText)?.number, let b = LifecyclePhase(right.plainText)?.number {
            return a - b
        }
        let rankA = rank(left), rankB = rank(right)
        if rankA != rankB { return rankA - rankB }
        if case .list(let a) = left, case .list(let b) = right {
            return textOrder(a.map(\.plainText).joined(separator: "\u{1}"), b.map(\.plainText).joined(separator: "\u{1}"))
        }
        return (try? compare(left, right, asPhases: false, leftSpan: Span(0, 0), rightSpan: Span(0, 0))) ?? 0
    }

    private static func rank(_ value: Value) -> Int {
        switch value {
        case .null: 0
        case .bool: 1
        case .integer, .number: 2
        case .text: 3
        case .list: 4
        }
    }

    /// A lifecycle phase's number, from its name or its number.
    static func phaseNumber(_ value: Value, _ span: Span) throws -> Int {
        switch value {
        case .integer(let number) where (0...4).contains(number): return number
        case .text(let name):
            if let phase = LifecyclePhase(name) { return phase.number }
            throw Diagnostic("\"\(name)\" is not a lifecycle phase", at: span,
                             help: "phases: \(LifecyclePhase.allCases.map(\.rawValue).joined(separator: ", ")) (or 0–4)")
        default:
            throw Diagnostic("cannot compare a lifecycle phase with \(value.typeName) \(value.plainText)", at: span,
                             help: "write a phase name (mobilisation) or its number (0–4)")
        }
    }

    private static func hint(_ left: Value, _ right: Value) -> String? {
        if case .text = left, right.isNumeric { return "the text is in quotes; compare it with text, or the number with a number" }
        if left.isNumeric, case .text = right { return "remove the quotes to compare numbers" }
        return nil
    }
}
