@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender
import Testing

/// Sort on precomputed keys and the top-N heap give exactly the order of the plain stable
/// sort through ValueOrder.sortOrder, on every kind of column.
struct RowOrderTests {
    /// The order as it was defined before keys were precomputed: per-cell generic comparisons.
    static func referenceOrder(_ values: [[Value]], asPhases: [Bool], descending: [Bool]) -> [Int] {
        (0..<(values.first?.count ?? 0)).sorted { a, b in
            for index in values.indices {
                var result = ValueOrder.sortOrder(values[index][a], values[index][b], asPhases: asPhases[index])
                if descending[index], !values[index][a].isNull, !values[index][b].isNull { result = -result }
                if result != 0 { return result < 0 }
            }
            return a < b
        }
    }

    /// Columns of one kind each (so the fast forms are used) and of mixed kinds (the general one).
    static func columns(seed: UInt64, rows: Int) -> [(values: [Value], asPhases: Bool)] {
        var random = Structure.SeededGenerator(seed: seed)
        func pick(_ count: Int) -> Int { Int(random.next() % UInt64(count)) }
        func column(_ make: () -> Value) -> [Value] { (0..<rows).map { _ in pick(8) == 0 ? .null : make() } }
        let texts = ["a", "b", "B", "é", "e\u{301}", "😀", "Ａ", ""]
        let phases = ["latent", "design_discovery", "Mobilisation", "mainstreaming", "embedding"]
        return [
            (column { .integer(pick(7) - 3) }, false),
            (column { .integer(pick(2) == 0 ? Int.max - pick(3) : Int.min + pick(3)) }, false),
            (column { .number(Double(pick(9)) / 4 - 1) }, false),
            (column { .number(pick(5) == 0 ? -0.0 : Double(pick(3))) }, false),
            (column { .text(texts[pick(texts.count)]) }, false),
            (column { .text(phases[pick(phases.count)]) }, true),
            (column { [.integer(pick(3)), .number(Double(pick(3)) + 0.5), .text(texts[pick(3)]), .bool(pick(2) == 0)][pick(4)] }, false),
            (column { pick(3) == 0 ? .text("not a phase") : .integer(pick(5)) }, true),
            (column { .number(pick(4) == 0 ? .nan : Double(pick(3))) }, false),
            (column { .list([.integer(pick(2)), .text(texts[pick(2)])]) }, false),
        ]
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func precomputedKeysSortLikeGenericComparisons(seed: UInt64) {
        let columns = Self.columns(seed: seed, rows: 300)
        for first in columns.indices {
            for second in [first, (first + 3) % columns.count] {
                for descending in [[false, true], [true, false]] {
                    let values = [columns[first].values, columns[second].values]
                    let asPhases = [columns[first].asPhases, columns[second].asPhases]
                    let order = RowOrder(values: values, asPhases: asPhases, descending: descending)
                    let reference = Self.referenceOrder(values, asPhases: asPhases, descending: descending)
                    #expect(values[0].indices.sorted(by: order.precedes) == reference, "columns \(first), \(second), \(descending)")
                    // "The first N" needs a total order; where NaN compares as greater than
                    // everything both ways round it is not one, so only the full sort is checked.
                    let hasNaN = values.joined().contains { if case .number(let x) = $0 { x.isNaN } else { false } }
                    for limit in [1, 3, 50] where !hasNaN {
                        let top = TopRows.positions(count: values[0].count, limit: limit, order: order, checkInterrupt: {})
                        #expect(top == Array(reference.prefix(limit)), "top \(limit) of columns \(first), \(second)")
                    }
                }
            }
        }
    }

    @Test func plainColumnsTakeTheirFastForm() {
        func form(_ values: [Value], asPhases: Bool = false) -> String {
            switch RowOrder.decorate(ColumnVector(values), asPhases: asPhases) {
            case .integers: "integers"
            case .doubles: "doubles"
            case .texts: "texts"
            case .values: "values"
            }
        }
        #expect(form([.integer(1), .null, .integer(3)]) == "integers")
        #expect(form([.number(1), .null]) == "doubles")
        #expect(form([.number(.nan), .number(1)]) == "doubles", "compared in ValueOrder's total order")
        #expect(form([.integer(1), .number(1.5)]) == "values")
        #expect(form([.text("a"), .null]) == "integers", "by dictionary rank")
        #expect(form([.bool(true), .null]) == "integers")
        #expect(form((0..<10_000).map { .text("row \($0)") }) == "texts", "too varied for a dictionary")
        #expect(form([.text("latent"), .text("embedding")], asPhases: true) == "integers")
        #expect(form([.text("latent"), .text("later")], asPhases: true) == "values")
        #expect(form([.null, .null]) == "values")
    }

    @Test func topRowsOfNothingOrNoneWanted() {
        let order = RowOrder(values: [[.integer(2), .integer(1)]], asPhases: [false], descending: [false])
        #expect(TopRows.positions(count: 2, limit: 0, order: order, checkInterrupt: {}).isEmpty)
        #expect(TopRows.positions(count: 2, limit: 5, order: order, checkInterrupt: {}) == [1, 0])
        let empty = RowOrder(values: [[]], asPhases: [false], descending: [false])
        #expect(TopRows.positions(count: 0, limit: 3, order: empty, checkInterrupt: {}).isEmpty)
    }
}
