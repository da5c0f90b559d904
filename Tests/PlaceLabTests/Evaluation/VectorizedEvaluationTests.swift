import PropertyBased
import Testing
@testable import PlaceLabCore
@testable import PlaceLabLanguage

/// `where`, `select` and aggregates evaluated a column at a time give exactly what the row
/// evaluator gives, row by row: the same rows, the same values to the bit (NaN, -0.0, integer
/// overflow into doubles), the same types, and the same first error with its place.
@Suite struct VectorizedEvaluationTests {
    // MARK: - Random frames

    static let integers: [Value] = [.null, .integer(0), .integer(1), .integer(-1), .integer(7), .integer(Int.max),
                                    .integer(Int.min), .integer(9_007_199_254_740_993), .integer(100), .integer(2)]
    static let doubles: [Value] = [.null, .number(.nan), .number(.infinity), .number(-.infinity), .number(0), .number(-0.0),
                                   .number(0.5), .number(-2.5), .number(1e300), .number(100), .number(9_007_199_254_740_992),
                                   .number(7), .number(1e-300)]
    static let texts: [Value] = [.null, .text(""), .text("a"), .text("B"), .text("é"), .text("e\u{301}"), .text("ab"), .text("100")]
    static let booleans: [Value] = [.null, .bool(true), .bool(false)]
    static let mixed: [Value] = [.null, .integer(1), .number(2.5), .text("a"), .bool(true), .number(.nan), .integer(Int.max),
                                 .list([.integer(1)])]
    static let keys: [Value] = [.integer(0), .integer(1), .integer(2), .null]

    /// Columns by name and the pool each draws from; `z` holds integers and doubles mixed.
    static let columns: [(name: String, pool: [Value])] = [
        ("i", integers), ("j", integers), ("d", doubles), ("e", doubles), ("t", texts), ("b", booleans), ("m", mixed),
        ("k", keys), ("z", integers + doubles),
    ]

    /// A frame of `length` rows whose cells come from `tape`, with a selection that skips and
    /// reorders rows when `shuffled`, so positions and row numbers differ.
    static func frame(_ tape: [Int], length: Int, shuffled: Bool) -> Frame {
        let made = columns.enumerated().map { offset, column -> Dataset.Column in
            let values = (0..<length).map { row in
                let choice = tape.isEmpty ? 0 : tape[(row * 7 + offset * 13) % tape.count] + row * offset
                return column.pool[choice % column.pool.count]
            }
            return .init(name: column.name, type: .of(values), values: values)
        }
        var frame = Frame(Dataset(name: "t", origin: "test", columns: made))
        if shuffled { frame.rows = frame.rows.reversed().filter { $0 % 3 != 1 } }
        return frame
    }

    // MARK: - Random expressions

    /// Reads choices off a tape; past its end every choice is the first, so cases shrink
    /// towards simple expressions.
    struct Chooser {
        let tape: [Int]
        var next = 0

        mutating func pick<T>(_ options: [T]) -> T {
            defer { next += 1 }
            return options[next < tape.count ? tape[next] % options.count : 0]
        }
    }

    static let fields = ["i", "j", "d", "e", "t", "b", "m", "k", "z"]
    static let literals = ["0", "1", "-1", "2.5", "7", "9223372036854775807", "1e300", "number(\"NaN\")", "number(\"inf\")",
                           "-number(\"inf\")", "-0.0", "\"a\"", "\"é\"", "null", "true", "100"]

    static func value(_ chooser: inout Chooser, depth: Int) -> String {
        let kind = depth == 0 ? chooser.pick([0, 1]) : chooser.pick([0, 1, 2, 2, 2, 3, 4, 5])
        switch kind {
        case 0: return chooser.pick(fields)
        case 1: return chooser.pick(literals)
        case 2: return "(\(value(&chooser, depth: depth - 1)) \(chooser.pick(["+", "-", "*", "/"])) \(value(&chooser, depth: depth - 1)))"
        case 3: return "-(\(value(&chooser, depth: depth - 1)))"
        case 4: return "\(chooser.pick(["abs", "len", "coalesce"]))(\(value(&chooser, depth: depth - 1)))"
        default: return "(\(condition(&chooser, depth: depth - 1)))"
        }
    }

    static func condition(_ chooser: inout Chooser, depth: Int) -> String {
        let kind = depth == 0 ? chooser.pick([0, 4]) : chooser.pick([0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8])
        let operand = { (chooser: inout Chooser) in value(&chooser, depth: max(depth - 1, 0)) }
        switch kind {
        case 0: return "\(operand(&chooser)) \(chooser.pick(["==", "!=", "<", "<=", ">", ">="])) \(operand(&chooser))"
        case 1: return "(\(condition(&chooser, depth: depth - 1)) \(chooser.pick(["and", "or"])) \(condition(&chooser, depth: depth - 1)))"
        case 2: return "not (\(condition(&chooser, depth: depth - 1)))"
        case 3: return "\(operand(&chooser)) is \(chooser.pick(["", "not "]))\(chooser.pick(["null", "nan"]))"
        case 4: return chooser.pick(["b", "t == \"a\"", "i > 1", "d <= 0.5", "m", "i"])
        case 5:
            let items = (0..<chooser.pick([1, 2, 3])).map { _ in chooser.pick(literals) }
            return "\(operand(&chooser)) \(chooser.pick(["in", "not in"])) [\(items.joined(separator: ", "))]"
        case 6: return "t \(chooser.pick(["contains", "~"])) \"a\""
        case 7: return "\(chooser.pick(fields)) \(chooser.pick(["==", "!=", "<", ">="])) \(chooser.pick(literals))"
        default: return operand(&chooser)
        }
    }

    // MARK: - The row evaluator, as the stages used it before

    enum Outcome: Equatable {
        case values([[Value]])
        case failed(message: String, span: Span?, help: String?)

        static func of(_ work: () throws -> [[Value]]) -> Outcome {
            do {
                return .values(try work())
            } catch let diagnostic as Diagnostic {
                return .failed(message: diagnostic.message, span: diagnostic.span, help: diagnostic.help)
            } catch {
                return .failed(message: "\(error)", span: nil, help: nil)
            }
        }

        /// Values equal to the bit: NaN is NaN, and -0.0 is not 0.0.
        static func == (lhs: Outcome, rhs: Outcome) -> Bool {
            switch (lhs, rhs) {
            case (.values(let a), .values(let b)):
                a.count == b.count && zip(a, b).allSatisfy { $0.count == $1.count && zip($0, $1).allSatisfy(same) }
            case (.failed(let a, let b, let c), .failed(let x, let y, let z)): a == x && b == y && c == z
            default: false
            }
        }

        static func same(_ a: Value, _ b: Value) -> Bool {
            switch (a, b) {
            case (.number(let x), .number(let y)): x.bitPattern == y.bitPattern
            case (.list(let x), .list(let y)): x.count == y.count && zip(x, y).allSatisfy(same)
            default: a == b
            }
        }
    }

    static func pipeline(_ text: String) throws -> Pipeline {
        let source = SourceText(name: "q", text: text)
        var parser = QueryParser(tokens: Lexer.tokens(of: source), source: source)
        guard case .pipeline(let pipeline) = try parser.statement() else { throw Diagnostic("not a pipeline") }
        return pipeline
    }

    static func evaluator(_ frame: Frame) -> PipelineEvaluator {
        PipelineEvaluator(resolve: { _, _ in frame }, checkInterrupt: {})
    }

    static func bound(_ text: String, in frame: Frame) throws -> BoundExpression {
        let pipeline = try pipeline("t | where \(text)")
        guard case .filter(let condition, _) = pipeline.stages[0] else { throw Diagnostic("not a where") }
        return try ExpressionBinder(frame, origin: "t").bind(condition)
    }

    /// `where` row by row: the kept rows as one column of row numbers.
    static func rowByRowWhere(_ condition: String, _ frame: Frame) -> Outcome {
        Outcome.of {
            let expression = try bound(condition, in: frame)
            return [try frame.rows.filter { try ExpressionEvaluator.truth(expression, row: $0, in: frame) }.map(Value.integer)]
        }
    }

    /// `select` row by row: each column's values, then each column's type as text.
    static func rowByRowSelect(_ text: String, _ frame: Frame) -> Outcome {
        Outcome.of {
            guard case .select(let items, _) = try pipeline(text).stages[0] else { throw Diagnostic("not a select") }
            let expressions = try items.map { try ExpressionBinder(frame, origin: "t").bind($0.expression) }
            var columns = [[Value]](repeating: [], count: items.count)
            for row in frame.rows {
                for (index, expression) in expressions.enumerated() {
                    columns[index].append(try ExpressionEvaluator.evaluate(expression, row: row, in: frame))
                }
            }
            return columns + [columns.map { .text("\(ValueType.of($0))") }]
        }
    }

    /// An aggregate row by row, grouped by `k` or not at all.
    static func rowByRowAggregate(_ text: String, grouped: Bool, _ frame: Frame) -> Outcome {
        Outcome.of {
            guard case .aggregate(let items, _) = try pipeline(text).stages.last, let item = items.first else {
                throw Diagnostic("not an aggregate")
            }
            var (firstPositions, offsets, positions) = try evaluator(frame).grouped(frame, by: grouped ? [frame.column(named: "k")!] : [])
            if !grouped { (firstPositions, offsets, positions) = ([0], [0, frame.rows.count], Array(frame.rows.indices)) }
            let expression = try item.argument.map { try ExpressionBinder(frame, origin: "t").bind($0) }
            let values = try expression.map { expression in
                try frame.rows.map { try ExpressionEvaluator.evaluate(expression, row: $0, in: frame) }
            } ?? []
            return [try firstPositions.indices.map { group in
                let members = positions[offsets[group]..<offsets[group + 1]]
                return try Aggregate.apply(item.function, values.isEmpty ? [] : members.map { values[$0] }, rowCount: members.count,
                                           span: item.span)
            }]
        }
    }

    static func run(_ text: String, _ frame: Frame) throws -> Frame {
        try evaluator(frame).run(try pipeline(text))
    }

    // MARK: - Properties

    static let cases = zip(Gen.int(in: 0...999).array(of: 0...60), Gen.int(in: 0...40), Gen.bool, Gen.int(in: 0...999).array(of: 0...30))

    @Test func whereKeepsTheRowsTheRowEvaluatorKeeps() async {
        await propertyCheck(count: 1_500, input: Self.cases) { cells, length, shuffled, choices in
            let frame = Self.frame(cells, length: length, shuffled: shuffled)
            var chooser = Chooser(tape: choices)
            let condition = Self.condition(&chooser, depth: 3)
            let vectorized = Outcome.of { [try Self.run("t | where \(condition)", frame).rows.map(Value.integer)] }
            #expect(vectorized == Self.rowByRowWhere(condition, frame), "where \(condition)")
        }
    }

    @Test func selectMakesTheValuesTheRowEvaluatorMakes() async {
        await propertyCheck(count: 1_500, input: Self.cases) { cells, length, shuffled, choices in
            let frame = Self.frame(cells, length: length, shuffled: shuffled)
            var chooser = Chooser(tape: choices)
            let items = (0..<chooser.pick([1, 2, 3])).map { _ in Self.value(&chooser, depth: 3) }
            let text = "t | select " + items.enumerated().map { "c\($0) = \($1)" }.joined(separator: ", ")
            let vectorized = Outcome.of {
                let selected = try Self.run(text, frame)
                let columns = selected.columns.map { column in selected.rows.map { column[$0] } }
                return columns + [selected.types.map { .text("\($0)") }]
            }
            #expect(vectorized == Self.rowByRowSelect(text, frame), "\(text)")
        }
    }

    @Test func aggregatesGiveTheRowEvaluatorsResults() async {
        let functions = ["count", "sum", "avg", "min", "max", "median", "list"]
        await propertyCheck(count: 1_500, input: zip(Self.cases, Gen.int(in: 0...6), Gen.bool)) { input, function, grouped in
            let (cells, length, shuffled, choices) = input
            let frame = Self.frame(cells, length: length, shuffled: shuffled)
            var chooser = Chooser(tape: choices)
            let argument = function == 0 && chooser.pick([true, false]) ? nil : Self.value(&chooser, depth: 2)
            let name = functions[function]
            let text = "t | \(grouped ? "group k | " : "")aggregate r = \(name)(\(argument ?? ""))"
            let vectorized = Outcome.of {
                let result = try Self.run(text, frame)
                return [result.rows.map { result.columns[result.columns.count - 1][$0] }]
            }
            #expect(vectorized == Self.rowByRowAggregate(text, grouped: grouped, frame), "\(text)")
        }
    }

    // MARK: - Cases worth naming

    @Test func integerOverflowBecomesADoubleOnlyInTheRowsThatOverflow() throws {
        let frame = Frame(names: ["i"], types: [.integer], columns: [[.integer(1), .integer(Int.max), .null]])
        let selected = try Self.run("t | select s = i + 1, p = i * 2, n = -i", frame)
        #expect(selected.table().rows.map { $0[0] } == [.integer(2), .number(Double(Int.max) + 1), .null])
        #expect(selected.table().rows.map { $0[2] } == [.integer(-1), .integer(-Int.max), .null])
        let sum = try Self.run("t | aggregate s = sum(i)", frame).table().rows[0][0]
        #expect(sum == .number(1 + Double(Int.max)))
    }

    @Test func chunksJoinIntoTheColumnTheRowEvaluatorMakes() throws {
        // Past one chunk of rows, with an overflow only in a later chunk.
        let count = PipelineEvaluator.vectorChunk + 10
        let integers = (0..<count).map { row -> Value in row == count - 3 ? .integer(Int.max) : row % 5 == 0 ? .null : .integer(row) }
        let texts = (0..<count).map { Value.text(["a", "b", "c"][$0 % 3]) }
        let frame = Frame(names: ["i", "t", "k"], types: [.integer, .text, .integer],
                          columns: [integers, texts, (0..<count).map { .integer($0 % 4) }])
        let select = "t | select s = i + 1, c = \"x\", b = i > 5, t = t, h = i / 2"
        let selected = Outcome.of {
            let result = try Self.run(select, frame)
            return result.columns.map { column in result.rows.map { column[$0] } } + [result.types.map { .text("\($0)") }]
        }
        #expect(selected == Self.rowByRowSelect(select, frame))
        let kept = Outcome.of { [try Self.run("t | where i > 100 and t != \"b\"", frame).rows.map(Value.integer)] }
        #expect(kept == Self.rowByRowWhere("i > 100 and t != \"b\"", frame))
        for function in ["sum", "avg", "min", "max", "median", "count"] {
            let text = "t | group k | aggregate r = \(function)(i + 1)"
            let result = Outcome.of { [try Self.run(text, frame).table().rows.map { $0[1] }] }
            #expect(result == Self.rowByRowAggregate(text, grouped: true, frame), "\(function)")
        }
    }

    /// Counts the polls for Ctrl-C.
    final class Polls: @unchecked Sendable {
        var count = 0
    }

    @Test func ctrlCIsPolledAtLeastEveryChunkOfRows() throws {
        let count = PipelineEvaluator.vectorChunk * 3 + 1
        let frame = Frame(names: ["i"], types: [.integer], columns: [(0..<count).map { .integer($0) }])
        for query in ["t | where i > 5", "t | select x = i * 2", "t | aggregate s = sum(i + 1)"] {
            let polls = Polls()
            let evaluator = PipelineEvaluator(resolve: { _, _ in frame }, checkInterrupt: { polls.count += 1 })
            _ = try evaluator.run(try Self.pipeline(query))
            #expect(polls.count >= 4, "\(query)")
        }
    }

    @Test func anIntegerBesideADecimalComparesExactly() throws {
        // 2^53 + 1 read as a double is 2^53, and Int.max read so is 2^63: neither is equal.
        let frame = Frame(names: ["i", "d"], types: [.integer, .number],
                          columns: [[.integer(9_007_199_254_740_993), .integer(Int.max), .integer(Int.min), .integer(3)],
                                    [.number(0x1p53), .number(0x1p63), .number(-0x1p63), .number(3.5)]])
        #expect(try Self.run("t | where i == d", frame).rows == [2])
        #expect(try Self.run("t | where d < i", frame).rows == [0])
        #expect(try Self.run("t | where i < d", frame).rows == [1, 3])
        #expect(try Self.run("t | where i in [9007199254740992.0, 3.0]", frame).rows == [3])
        #expect(try Self.run("t | where i == 9007199254740992.0", frame).rows == [])
        #expect(Self.rowByRowWhere("i == d", frame) == Outcome.of { [[.integer(2)]] })
        #expect(try ValueOrder.compare(.number(0x1p63), .integer(Int.max), asPhases: false, leftSpan: Span(0, 0), rightSpan: Span(0, 0)) == 1)
    }

    @Test func phaseComparisonsGiveTheRowEvaluatorsRowsAndErrors() throws {
        let phases: [Value] = [.text("latent"), .text("mobilisation"), .null, .text("embedding"), .text("design_discovery"),
                               .text("mainstreaming")]
        let clean = (0..<60).map { phases[$0 % phases.count] }
        let stray = clean + [.text("not a phase")]
        for values in [clean, stray] {
            var frame = Frame(names: ["p"], types: [.phase], columns: [values])
            frame.rows = frame.rows.reversed().filter { $0 % 4 != 1 }
            guard case .texts = frame.columns[0].storage else {
                Issue.record("the phase column should be dictionary text")
                return
            }
            let conditions = ["p >= mobilisation", "p < 2", "mobilisation <= p", "p == \"latent\"", "p != embedding",
                              "2 > p", "p > 9", "p == null"]
            for condition in conditions {
                let vectorized = Outcome.of { [try Self.run("t | where \(condition)", frame).rows.map(Value.integer)] }
                #expect(vectorized == Self.rowByRowWhere(condition, frame), "where \(condition)")
            }
        }
    }

    @Test func chunksOfTextJoinTheirCodesOnlyWhenTheEntriesAreTheSameBytes() {
        let composed = ColumnVector([.text("é"), .text("a"), .text("é")])
        let decomposed = ColumnVector([.text("e\u{301}"), .text("a"), .text("e\u{301}")])
        guard case .texts = composed.storage, case .texts = decomposed.storage else {
            Issue.record("both chunks should be dictionary text")
            return
        }
        let joined = ColumnVector(joining: [composed, decomposed])
        let expected: [Value] = [.text("é"), .text("a"), .text("é"), .text("e\u{301}"), .text("a"), .text("e\u{301}")]
        #expect(joined.count == expected.count)
        for (cell, value) in zip(joined, expected) {
            guard case .text(let got) = cell, case .text(let want) = value else {
                Issue.record("\(cell) should be text")
                continue
            }
            #expect(got.utf8.elementsEqual(want.utf8), "\(got.unicodeScalars.map(\.value)) vs \(want.unicodeScalars.map(\.value))")
        }
    }

    @Test func textComparesOncePerEntryByBytes() throws {
        let values: [Value] = ["e\u{301}", "é", "a", "B"].map(Value.text) + [.null]
        let frame = Frame(names: ["t"], types: [.text], columns: [values + values])
        #expect(try Self.run("t | where t == \"é\"", frame).rows == [1, 6])
        #expect(try Self.run("t | where t > \"a\"", frame).rows == [0, 1, 5, 6])
        #expect(try Self.run("t | where t in [\"B\", 3]", frame).rows == [3, 8])
        // Fewer rows than entries: the rows themselves are compared.
        #expect(try Self.run("t | first 2 | where t > \"a\" and t != \"é\"", frame).rows == [0])
    }

    @Test func aRowByRowPartKeepsItsErrorAndPlace() throws {
        let frame = Frame(names: ["i", "t"], types: [.integer, .text], columns: [[.integer(1), .integer(5)], [.text("a"), .text("b")]])
        // The right side runs only where the left holds, so the error comes from row 1.
        #expect(try Self.run("t | where i > 2 and t == \"b\"", frame).rows == [1])
        let outcome = Outcome.of { [try Self.run("t | where i > 2 and len(i) > 0", frame).rows.map(Value.integer)] }
        #expect(outcome == Self.rowByRowWhere("i > 2 and len(i) > 0", frame))
        guard case .failed = outcome else { Issue.record("expected an error"); return }
    }
}
