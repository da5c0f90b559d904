import PropertyBased
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Sorting and filtering over random values with NaN, ±inf, null, whole and decimal numbers,
/// text and booleans: sort is a total order (antisymmetric, transitive, stable), and `where`
/// keeps exactly the rows a second, deliberately simple evaluator written here keeps.
@Suite struct OrderPropertyTests {
    /// Values drawn by index, so generated cases shrink towards the simple ones.
    static let numericPool: [Value] = [
        .null, .number(.nan), .number(.infinity), .number(-.infinity), .integer(0), .integer(1), .integer(-1),
        .integer(100), .integer(Int.max), .integer(Int.min), .number(0.5), .number(-0.0), .number(100),
        .number(1e300), .number(-2.5), .number(100.5), .number(1), .number(.nan),
    ]
    static let mixedPool: [Value] = numericPool + [
        .text(""), .text("a"), .text("B"), .text("é"), .text("e\u{301}"), .text("100"), .bool(false), .bool(true),
    ]

    static func values(_ indices: [Int], from pool: [Value]) -> [Value] {
        indices.map { pool[$0 % pool.count] }
    }

    static func run(_ query: String, on values: [Value]) throws -> [[Value]] {
        let dataset = Dataset(name: "t", origin: "test", columns: [
            .init(name: "x", type: ValueType.of(values), values: values),
            .init(name: "at", type: .integer, values: values.indices.map { .integer($0) }),
        ])
        let source = SourceText(name: "q", text: query)
        var parser = QueryParser(tokens: Lexer.tokens(of: source), source: source)
        guard case .pipeline(let pipeline) = try parser.statement() else { throw Diagnostic("not a pipeline") }
        let evaluator = PipelineEvaluator(resolve: { _, _ in Frame(dataset) }, checkInterrupt: {})
        return try evaluator.run(pipeline).table().rows
    }

    // MARK: - Sort is a total order

    @Test func sortOrderIsAntisymmetricAndTransitive() async {
        let triples = Gen.int(in: 0...999).array(of: 3...3)
        await propertyCheck(count: 2_000, input: triples) { indices in
            let v = Self.values(indices, from: Self.mixedPool)
            let order = { (a: Value, b: Value) in ValueOrder.sortOrder(a, b, asPhases: false).signum() }
            #expect(order(v[0], v[0]) == 0)
            #expect(order(v[0], v[1]) == -order(v[1], v[0]))
            if order(v[0], v[1]) <= 0, order(v[1], v[2]) <= 0 { #expect(order(v[0], v[2]) <= 0) }
            if order(v[0], v[1]) == 0, order(v[1], v[2]) == 0 { #expect(order(v[0], v[2]) == 0) }
        }
    }

    @Test func sortedRowsAreInOrderAndStable() async {
        let columns = Gen.int(in: 0...999).array(of: 0...40)
        await propertyCheck(count: 300, input: columns, Gen.bool) { indices, descending in
            let values = Self.values(indices, from: Self.mixedPool)
            let rows = try Self.run("t | sort x\(descending ? " desc" : "")", on: values)
            #expect(rows.count == values.count)
            for (earlier, later) in zip(rows, rows.dropFirst()) {
                var order = ValueOrder.sortOrder(earlier[0], later[0], asPhases: false)
                if descending, !earlier[0].isNull, !later[0].isNull { order = -order }
                #expect(order <= 0, "\(earlier[0]) before \(later[0])")
                if order == 0, case .integer(let a) = earlier[1], case .integer(let b) = later[1] {
                    #expect(a < b, "equal keys keep their order")
                }
            }
        }
    }

    @Test func nanSortsAfterEveryNumberAndNullsLast() throws {
        let values: [Value] = [.number(1.5), .number(.nan), .integer(2), .null, .number(0.5), .number(-.infinity)]
        let sorted = try Self.run("t | sort x", on: values).map { $0[0].plainText }
        #expect(sorted == ["-inf", "0.5", "1.5", "2", "NaN", ""])
        let descending = try Self.run("t | sort x desc", on: values).map { $0[0].plainText }
        #expect(descending == ["NaN", "2", "1.5", "0.5", "-inf", ""])
    }

    // MARK: - where agrees with a simple evaluator

    /// The rules of help nulls, written out plainly: null never compares; NaN equals only NaN
    /// and is neither less nor greater than any number; otherwise numbers by value.
    static func simple(_ x: Value, _ op: String, _ constant: Double) -> Bool {
        let number: Double
        switch x {
        case .integer(let whole): number = Double(whole)
        case .number(let decimal): number = decimal
        default: return false
        }
        if number.isNaN || constant.isNaN {
            let both = number.isNaN && constant.isNaN
            switch op {
            case "==", "<=", ">=": return both
            case "!=": return !both
            default: return false
            }
        }
        switch op {
        case "==": return number == constant
        case "!=": return number != constant
        case "<": return number < constant
        case "<=": return number <= constant
        case ">": return number > constant
        default: return number >= constant
        }
    }

    static let operators = ["==", "!=", "<", "<=", ">", ">="]
    static let constants: [(text: String, value: Double)] = [
        ("100", 100), ("0", 0), ("-1", -1), ("0.5", 0.5), ("1e300", 1e300), ("number(\"NaN\")", .nan),
        ("number(\"inf\")", .infinity), ("-number(\"inf\")", -.infinity),
    ]

    @Test func whereKeepsWhatTheSimpleEvaluatorKeeps() async {
        let cases = zip(Gen.int(in: 0...999).array(of: 0...30), Gen.int(in: 0...5), Gen.int(in: 0...7), Gen.bool)
        await propertyCheck(count: 400, input: cases) { indices, op, constant, negated in
            let values = Self.values(indices, from: Self.numericPool)
            let (text, value) = Self.constants[constant]
            let condition = "x \(Self.operators[op]) \(text)"
            let kept = try Self.run("t | where \(negated ? "not (\(condition))" : condition) | select at", on: values)
                .map { $0[0] }
            let expected = values.indices.filter { Self.simple(values[$0], Self.operators[op], value) != negated }
                .map { Value.integer($0) }
            #expect(kept == expected, "\(condition) over \(values)")
        }
    }

    static let textPool: [Value] = [.null, .text(""), .text("a"), .text("B"), .text("é"), .text("e\u{301}"),
                                    .text("ab"), .text("NaN"), .text("100"), .text("Z")]
    static let textConstants = ["", "a", "B", "é", "ab", "NaN", "100"]

    /// Text compares by its UTF-8 bytes; null never compares.
    static func simpleText(_ x: Value, _ op: String, _ constant: String) -> Bool {
        guard case .text(let text) = x else { return false }
        let a = Array(text.utf8), b = Array(constant.utf8)
        let less = a.lexicographicallyPrecedes(b), equal = a == b
        switch op {
        case "==": return equal
        case "!=": return !equal
        case "<": return less
        case "<=": return less || equal
        case ">": return !less && !equal
        default: return !less
        }
    }

    @Test func whereOnTextKeepsWhatTheSimpleEvaluatorKeeps() async {
        let cases = zip(Gen.int(in: 0...999).array(of: 0...30), Gen.int(in: 0...5), Gen.int(in: 0...6))
        await propertyCheck(count: 300, input: cases) { indices, op, constant in
            let values = Self.values(indices, from: Self.textPool)
            let literal = Self.textConstants[constant]
            let kept = try Self.run("t | where x \(Self.operators[op]) \"\(literal)\" | select at", on: values).map { $0[0] }
            let expected = values.indices.filter { Self.simpleText(values[$0], Self.operators[op], literal) }
                .map { Value.integer($0) }
            #expect(kept == expected, "x \(Self.operators[op]) \"\(literal)\" over \(values)")
        }
    }

    @Test func nullAndNaNTestsKeepWhatTheSimpleEvaluatorKeeps() async {
        let cases = zip(Gen.int(in: 0...999).array(of: 0...30), Gen.int(in: 0...3))
        await propertyCheck(count: 200, input: cases) { indices, test in
            let values = Self.values(indices, from: Self.numericPool)
            let condition = ["x is null", "x is not null", "x is nan", "x is not nan"][test]
            let kept = try Self.run("t | where \(condition) | select at", on: values).map { $0[0] }
            let expected = values.indices.filter { index in
                let isNaN: Bool = if case .number(let number) = values[index] { number.isNaN } else { false }
                let isNull = values[index] == .null
                return [isNull, !isNull, isNaN, !isNaN][test]
            }.map { Value.integer($0) }
            #expect(kept == expected, "\(condition) over \(values)")
        }
    }

    @Test func nanNeverPassesAComparisonWithANumberByAccident() throws {
        let values: [Value] = [.number(1.5), .number(.nan), .integer(2), .number(0.5)]
        #expect(try Self.run("t | where x > 100 | count", on: values) == [[.integer(0)]])
        #expect(try Self.run("t | where x > 1 | select at", on: values) == [[.integer(0)], [.integer(2)]])
        #expect(try Self.run("t | where x is nan | select at", on: values) == [[.integer(1)]])
        #expect(try Self.run("t | where x is not nan | count", on: values) == [[.integer(3)]])
        let groups = try Self.run("t | group x | aggregate n = count()", on: values + [.number(.nan)])
        #expect(groups.count == 4)
        #expect(groups.first { $0[0].isNaN }?[1] == .integer(2))
    }
}
