import PropertyBased
import Testing
@testable import PlaceLabCore
@testable import PlaceLabLanguage

/// Typed column storage reads back exactly the values it was built from, and sorting on it
/// gives the order the per-cell generic comparisons give.
@Suite struct ColumnVectorTests {
    /// Pools of one kind each (so the typed storages are built) and one of mixed kinds.
    static let pools: [[Value]] = [
        [.null, .integer(0), .integer(1), .integer(-1), .integer(Int.max), .integer(Int.min), .integer(7)],
        [.null, .number(.nan), .number(.infinity), .number(-.infinity), .number(0), .number(-0.0), .number(2.5),
         .number(-1e300), .number(1)],
        [.null, .text(""), .text("a"), .text("B"), .text("é"), .text("e\u{301}"), .text("😀"), .text("100")],
        [.null, .bool(false), .bool(true)],
        [.null, .integer(1), .number(1), .number(.nan), .text("1"), .bool(true), .list([.integer(1)])],
    ]

    /// Equal as stored: NaN is itself and text compares by bytes, which `==` does not promise.
    static func identical(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): x.bitPattern == y.bitPattern
        case (.text(let x), .text(let y)): x.utf8.elementsEqual(y.utf8)
        default: a == b
        }
    }

    static func kind(_ vector: ColumnVector) -> String {
        switch vector.storage {
        case .integers: "integers"
        case .doubles: "doubles"
        case .booleans: "booleans"
        case .texts: "texts"
        case .boxed: "boxed"
        }
    }

    @Test func eachPlainKindGetsItsStorage() {
        #expect(Self.kind(ColumnVector([.integer(1), .null])) == "integers")
        #expect(Self.kind(ColumnVector([.number(.nan), .null, .number(1)])) == "doubles")
        #expect(Self.kind(ColumnVector([.bool(true), .null])) == "booleans")
        #expect(Self.kind(ColumnVector([.null, .text("a")])) == "texts")
        #expect(Self.kind(ColumnVector([.integer(1), .number(1.5)])) == "boxed", "mixed kinds stay boxed")
        #expect(Self.kind(ColumnVector([.null, .null])) == "boxed")
        #expect(Self.kind(ColumnVector([])) == "boxed")
        #expect(Self.kind(ColumnVector((0..<10_000).map { .text("name \($0 % 100)") })) == "texts")
        #expect(Self.kind(ColumnVector((0..<10_000).map { .text("name \($0)") })) == "boxed", "mostly distinct text")
    }

    @Test func nullsAreBitsInTheValidityBitmap() {
        let values: [Value] = (0..<130).map { $0 % 3 == 0 ? .null : .integer($0) }
        let vector = ColumnVector(values)
        guard case .integers(_, let valid) = vector.storage else { Issue.record("not integers"); return }
        #expect((0..<130).allSatisfy { valid[$0] == ($0 % 3 != 0) })
        #expect(vector[129] == .null && vector[128] == .integer(128))
        #expect(vector.gathered([129, 128, 0]).values == [.null, .integer(128), .null])
    }

    @Test func dictionaryTextStoresEachByteDistinctStringOnce() {
        let vector = ColumnVector([.text("é"), .text("e\u{301}"), .null, .text("é"), .text("b")])
        guard case .texts(let text, let valid) = vector.storage else { Issue.record("not texts"); return }
        #expect(text.entries.count == 3, "é and e + combining accent are different bytes")
        #expect(text.codes[0] == text.codes[3] && text.codes[0] != text.codes[1])
        #expect(!valid[2])
        // Byte order: "b" (0x62) < "e\u{301}" (0x65 …) < "é" (0xC3 …).
        let ranks = text.byteOrderRanks()
        #expect(ranks[Int(text.codes[4])] == 0 && ranks[Int(text.codes[1])] == 1 && ranks[Int(text.codes[0])] == 2)
        #expect(Self.identical(vector.gathered([1, 4])[0], .text("e\u{301}")))
    }

    @Test func datasetColumnsKeepValuesThroughTypedStorage() {
        var column = Dataset.Column(name: "x", type: .integer, values: [.integer(3), .null])
        #expect(Self.kind(column.vector) == "integers")
        column.values = [.text("a"), .text("a")]
        #expect(Self.kind(column.vector) == "texts" && column.values == [.text("a"), .text("a")])
    }

    @Test func roundTripGivesBackEveryValue() async {
        let cases = zip(Gen.int(in: 0...4), Gen.int(in: 0...999).array(of: 0...60))
        await propertyCheck(count: 500, input: cases) { pool, indices in
            let values = indices.map { Self.pools[pool][$0 % Self.pools[pool].count] }
            let vector = ColumnVector(values)
            #expect(vector.count == values.count)
            #expect(zip(vector.values, values).allSatisfy(Self.identical))
            let picked = indices.indices.reversed().filter { $0 % 2 == 0 }
            #expect(zip(vector.gathered(picked).values, picked.map { values[$0] }).allSatisfy(Self.identical))
        }
    }

    @Test func gatheringWithMissingRowsGivesNullsInTheSameStorage() async {
        let cases = zip(Gen.int(in: 0...4), Gen.int(in: 0...999).array(of: 1...60), Gen.int(in: -1...59).array(of: 0...80))
        await propertyCheck(count: 500, input: cases) { pool, indices, picks in
            let values = indices.map { Self.pools[pool][$0 % Self.pools[pool].count] }
            let vector = ColumnVector(values)
            // Each pick a row, or -1 (or past the end, made -1) for a missing one.
            let positions = picks.map { $0 < values.count ? $0 : -1 }
            let gathered = vector.gathered(orNull: positions)
            #expect(Self.kind(gathered) == Self.kind(vector))
            #expect(gathered.count == positions.count)
            #expect(zip(gathered.values, positions.map { $0 < 0 ? .null : values[$0] }).allSatisfy(Self.identical))
        }
    }

    @Test func typedSortEqualsTheGenericValueSort() async {
        let cases = zip(Gen.int(in: 0...4), Gen.int(in: 0...999).array(of: 0...60), Gen.bool)
        await propertyCheck(count: 500, input: cases) { pool, indices, descending in
            let values = indices.map { Self.pools[pool][$0 % Self.pools[pool].count] }
            let order = RowOrder(columns: [ColumnVector(values)], asPhases: [false], descending: [descending])
            let reference = RowOrderTests.referenceOrder([values], asPhases: [false], descending: [descending])
            #expect(values.indices.sorted(by: order.precedes) == reference)
            let top = TopRows.positions(count: values.count, limit: 5, order: order, checkInterrupt: {})
            #expect(top == Array(reference.prefix(5)))
        }
    }
}
