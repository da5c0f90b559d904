import PropertyBased
import Testing
@testable import PlaceLabCore
@testable import PlaceLabLanguage

/// Grouping and joining on typed keys give exactly what hashing boxed ValueKeys gives: the
/// same groups in the same first-seen order, the same matches in the same order.
@Suite struct TypedGroupsTests {
    /// One pool a kind (so each typed storage is built) and one of mixed kinds, with the
    /// values where equality is subtle: integer extremes, 2^53 and its neighbour, NaNs with
    /// other payloads and signs, ±0, ±inf, whole decimals equal to integers, text equal as
    /// characters but not as bytes.
    static let pools: [[Value]] = [
        [.null, .integer(0), .integer(-1), .integer(Int.max), .integer(Int.min), .integer(7), .integer(1 << 53),
         .integer((1 << 53) + 1), .integer(Int.max - 1)],
        [.null, .number(.nan), .number(-.nan), .number(Double(nan: 7, signaling: false)), .number(.infinity),
         .number(-.infinity), .number(0), .number(-0.0), .number(7), .number(2.5), .number(9_007_199_254_740_992),
         .number(-9_223_372_036_854_775_808), .number(9_223_372_036_854_775_808)],
        [.null, .bool(false), .bool(true)],
        [.null, .text(""), .text("a"), .text("é"), .text("e\u{301}"), .text("A"), .text("7"), .text("true")],
        [.null, .integer(7), .number(7), .number(-0.0), .integer(0), .number(.nan), .text("7"), .bool(true),
         .list([.integer(7)]), .list([.number(7)]), .integer(1)],
    ]

    /// A column of `values`, typed as ColumnVector chooses or forced boxed.
    static func column(_ values: [Value], boxed: Bool) -> ColumnVector {
        boxed ? ColumnVector(storage: .boxed(values)) : ColumnVector(values)
    }

    /// A frame of columns drawn from `pools` by the digits of each cell number; with `subset`,
    /// every other row in reverse, so positions and rows differ.
    static func frame(names: [String], pools: [Int], boxed: [Bool], cells: [Int], subset: Bool) -> Frame {
        let columns = names.indices.map { index in
            let pool = Self.pools[pools[index]]
            let values = cells.map { pool[($0 >> (4 * index)) % pool.count] }
            return column(values, boxed: boxed[index])
        }
        let rows = subset ? Array(cells.indices.reversed().filter { $0 % 2 == 0 }) : Array(cells.indices)
        return Frame(names: names, types: columns.map { ValueType.of($0.values) }, vectors: columns, rows: rows)
    }

    /// Equal as stored: every NaN bit pattern is kept through gathering.
    static func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): x.bitPattern == y.bitPattern
        case (.text(let x), .text(let y)): x.utf8.elementsEqual(y.utf8)
        case (.list(let x), .list(let y)): x.count == y.count && zip(x, y).allSatisfy(identical)
        default: a == b
        }
    }

    /// A configuration number's bits: column count, each column's pool and whether it is boxed.
    static func layout(_ config: Int, columns: Int) -> (pools: [Int], boxed: [Bool]) {
        ((0..<columns).map { (config >> (4 * $0)) % pools.count }, (0..<columns).map { (config >> (4 * $0 + 3)) & 1 == 1 })
    }

    @Test func groupsMatchValueKeyGroups() async {
        let cases = zip(Gen.int(in: 0...0xFFFF), Gen.int(in: 1...3), Gen.int(in: 0...0xFFFF).array(of: 0...60), Gen.bool)
        await propertyCheck(count: 600, input: cases) { config, count, cells, subset in
            let (pools, boxed) = Self.layout(config, columns: count)
            let frame = Self.frame(names: ["a", "b", "c"].prefix(count).map { $0 }, pools: pools, boxed: boxed, cells: cells, subset: subset)
            let columns = Array(0..<count)
            let typed = TypedGroups.grouped(frame, columns: columns, checkInterrupt: {})
            let reference = HashGroupsSummary(HashGroups(count: frame.rows.count, checkInterrupt: {}) { frame.valueKey(columns, at: $0) })
            #expect(typed.firstPositions == reference.firstPositions, "pools \(pools) boxed \(boxed)")
            #expect(typed.offsets == reference.offsets)
            #expect(typed.positions == reference.positions)
        }
    }

    @Test func groupsOnNoColumnsAreOneGroupOfEveryRow() {
        let frame = Self.frame(names: ["a"], pools: [0], boxed: [false], cells: [1, 2, 3], subset: false)
        let groups = TypedGroups.grouped(frame, columns: [], checkInterrupt: {})
        #expect(groups.firstPositions == [0] && groups.positions == [0, 1, 2])
        let empty = Self.frame(names: ["a"], pools: [0], boxed: [false], cells: [], subset: false)
        #expect(TypedGroups.grouped(empty, columns: [], checkInterrupt: {}).firstPositions.isEmpty)
    }

    @Test func decimalKeysGroupAsValueKeysDo() {
        let values: [Value] = [.number(0), .number(-0.0), .number(.nan), .number(-.nan), .null, .number(1), .null]
        let frame = Frame(names: ["x"], types: [.number], vectors: [ColumnVector(values)])
        let groups = TypedGroups.grouped(frame, columns: [0], checkInterrupt: {})
        #expect(groups.firstPositions == [0, 2, 4, 5])
        #expect(groups.positions == [0, 1, 2, 3, 4, 6, 5])
    }

    @Test func joinLookupsMatchCellKeyLookups() async {
        let cases = zip(Gen.int(in: 0...0xFF), Gen.int(in: 0...0xFFFF).array(of: 1...40), Gen.int(in: 0...0xFFFF).array(of: 1...40),
                        Gen.bool)
        await propertyCheck(count: 600, input: cases) { config, leftCells, rightCells, subset in
            let (pools, boxed) = Self.layout(config, columns: 2)
            let left = Self.frame(names: ["a"], pools: [pools[0]], boxed: [boxed[0]], cells: leftCells, subset: subset)
            let right = Self.frame(names: ["b"], pools: [pools[1]], boxed: [boxed[1]], cells: rightCells, subset: !subset)
            let (groups, lookup) = TypedGroups.joinLookup(left: left, leftKey: 0, right: right, rightKey: 0, checkInterrupt: {})
            for row in left.rows {
                let value = left.columns[0][row]
                let expected = value.isNull ? [] : right.rows.indices.filter { ValueKey.same(right.columns[0][right.rows[$0]], value) }
                let found = lookup(row).map { Array(groups.positions[groups.offsets[$0]..<groups.offsets[$0 + 1]]) } ?? []
                #expect(found == expected, "\(value) against pool \(pools[1]) boxed \(boxed)")
            }
        }
    }

    /// Runs `text` over the frames `l` and `r`.
    static func run(_ text: String, _ left: Frame, _ right: Frame) throws -> Frame {
        let source = SourceText(name: "q", text: text)
        var parser = QueryParser(tokens: Lexer.tokens(of: source), source: source)
        guard case .pipeline(let pipeline) = try parser.statement() else { throw Diagnostic("not a pipeline") }
        return try PipelineEvaluator(resolve: { name, _ in name == "l" ? left : right }, checkInterrupt: {}).run(pipeline)
    }

    @Test func joinsMatchTheBoxedJoin() async throws {
        let cases = zip(Gen.int(in: 0...0xFFFF), Gen.int(in: 0...0xFFFF).array(of: 0...40), Gen.int(in: 0...0xFFFF).array(of: 0...40),
                        Gen.bool)
        await propertyCheck(count: 400, input: cases) { config, leftCells, rightCells, subset in
            let (pools, boxed) = Self.layout(config, columns: 4)
            let left = Self.frame(names: ["a", "x"], pools: [pools[0], pools[2]], boxed: [boxed[0], boxed[2]], cells: leftCells, subset: subset)
            let right = Self.frame(names: ["b", "y"], pools: [pools[1], pools[3]], boxed: [boxed[1], boxed[3]], cells: rightCells, subset: !subset)
            for keepUnmatched in [false, true] {
                // What the join must give: each left row with every right row whose key is the same, in order.
                var expected: [[Value]] = []
                for row in left.rows {
                    let key = left.columns[0][row]
                    let matches = key.isNull ? [] : right.rows.filter { ValueKey.same(right.columns[0][$0], key) }
                    let leftValues = left.columns.map { $0[row] }
                    if matches.isEmpty, keepUnmatched { expected.append(leftValues + [.null, .null]) }
                    for match in matches { expected.append(leftValues + right.columns.map { $0[match] }) }
                }
                let query = "l | \(keepUnmatched ? "left join" : "join") r on a == b"
                do {
                    let joined = try Self.run(query, left, right).table().rows
                    #expect(joined.count == expected.count, "\(query): pools \(pools) boxed \(boxed)")
                    #expect(zip(joined, expected).allSatisfy { zip($0, $1).allSatisfy(Self.identical) }, "\(query): pools \(pools)")
                    let counted = try Self.run(query + " | count", left, right).table().rows
                    #expect(counted == [[.integer(expected.count)]])
                } catch {
                    Issue.record("\(query): \(error)")
                }
            }
        }
    }

    @Test func integerAndDecimalKeysMeetOnlyWhenExactlyEqual() throws {
        let left = Frame(names: ["a"], types: [.integer], vectors: [ColumnVector([.integer(3), .integer((1 << 53) + 1), .integer(0), .null,
                                                                                  .integer(Int.max)])])
        let right = Frame(names: ["b", "y"], types: [.number, .text],
                          vectors: [ColumnVector([.number(3), .number(9_007_199_254_740_992), .number(-0.0), .null,
                                                  .number(9_223_372_036_854_775_808)]),
                                    ColumnVector(["three", "2^53", "zero", "null", "2^63"].map(Value.text))])
        let joined = try Self.run("l | left join r on a == b | select a, y", left, right).table().rows
        #expect(joined == [[.integer(3), .text("three")], [.integer((1 << 53) + 1), .null], [.integer(0), .text("zero")],
                           [.null, .null], [.integer(Int.max), .null]])
    }

    @Test func denseGroupsIndexNarrowRangesDirectly() {
        let keys = [3, 0, 5, 3, 0]
        var valid = ValidityBitmap(count: 5, present: true)
        valid[1] = false
        valid[4] = false
        #expect(DenseGroups.range([5, 1_000_000_000], ValidityBitmap(count: 2, present: true), rows: [0, 1]) == nil)
        #expect(DenseGroups.range([Int.min, Int.max], ValidityBitmap(count: 2, present: true), rows: [0, 1]) == nil)
        guard let range = DenseGroups.range(keys, valid, rows: Array(0..<5)) else { Issue.record("no range"); return }
        #expect(range == 3...5)
        let grouped = DenseGroups(keys, valid, rows: Array(0..<5), range: range, nullsGroup: true, checkInterrupt: {})
        #expect(grouped.firstPositions == [0, 1, 2] && grouped.groupOf == [0, 1, 2, 0, 1])
        let joined = DenseGroups(keys, valid, rows: Array(0..<5), range: range, nullsGroup: false, checkInterrupt: {})
        #expect(joined.firstPositions == [0, 2] && joined.groupOf == [0, -1, 1, 0, -1])
        #expect(joined.group(of: 5) == 1 && joined.group(of: 4) == nil && joined.group(of: 100) == nil)
        #expect(joined.group(of: Int.min) == nil)
    }

    @Test func intHashGroupsMatchDictionaryGroups() async {
        let extremes = [Int.min, Int.max, 0, -1, 1 << 32, Int.min + 1]
        let cases = zip(Gen.int(in: -1...2000).array(of: 0...3000), Gen.bool)
        await propertyCheck(count: 200, input: cases) { picks, nullsGroup in
            // -1 a null; small numbers collide often; a few extremes and far-apart keys.
            let keys: [Int?] = picks.map { $0 < 0 ? nil : $0 < 6 ? extremes[$0] : $0 % 3 == 0 ? $0 << 40 : $0 % 50 }
            let ours = IntHashGroups(count: keys.count, nullsGroup: nullsGroup, checkInterrupt: {}) { keys[$0] }
            let reference = HashGroups<Int?>(count: keys.count, checkInterrupt: {}) { position -> Int?? in
                keys[position] == nil && !nullsGroup ? nil : .some(keys[position])
            }
            #expect(ours.firstPositions == reference.firstPositions && ours.groupOf == reference.groupOf)
            for key in Set(keys.compactMap { $0 }) + [7 << 40, 51, Int.max - 1] {
                #expect(ours.group(of: key) == reference.group(of: key), "\(key)")
            }
        }
    }

    @Test func firstSeenGroupsAgreeThroughArrayAndHashTable() {
        let codes = [5, -1, 2, 5, 0, 2, -1]
        let dense = FirstSeenGroups.grouped(count: codes.count, bound: 6, checkInterrupt: {}) { codes[$0] }
        let hashed = FirstSeenGroups.grouped(count: codes.count, bound: 1 << 40, checkInterrupt: {}) { codes[$0] }
        #expect(dense.firstPositions == [0, 2, 4] && dense.groupOf == [0, -1, 1, 0, 2, 1, -1])
        #expect(hashed.firstPositions == dense.firstPositions && hashed.groupOf == dense.groupOf)
    }
}
