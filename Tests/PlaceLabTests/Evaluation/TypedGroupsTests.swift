import PropertyBased
import Testing
@testable import PlaceLabCore
@testable import PlaceLabLanguage

/// Grouping and join lookups on typed keys give exactly what hashing CellKeys gives.
@Suite struct TypedGroupsTests {
    static let pools: [[Value]] = [
        [.null, .integer(0), .integer(-1), .integer(Int.max), .integer(Int.min), .integer(7)],
        [.null, .text(""), .text("a"), .text("é"), .text("e\u{301}"), .text("A")],
    ]

    /// A frame over `values` with every other row selected, in reverse, so positions and rows differ.
    static func frame(_ values: [Value]) -> Frame {
        Frame(names: ["k"], types: [.of(values)], columns: [values], rows: Array(values.indices.reversed().filter { $0 % 2 == 0 }))
    }

    /// An all-null column is stored boxed, and boxed columns are left to CellKeys.
    static func isBoxed(_ frame: Frame) -> Bool {
        if case .boxed = frame.columns[0].storage { true } else { false }
    }

    @Test func groupsMatchCellKeyGroups() async {
        let cases = zip(Gen.int(in: 0...1), Gen.int(in: 0...999).array(of: 1...50))
        await propertyCheck(count: 300, input: cases) { pool, indices in
            let frame = Self.frame(indices.map { Self.pools[pool][$0 % Self.pools[pool].count] })
            let typed = TypedGroups.grouped(frame, column: 0, checkInterrupt: {})
            if Self.isBoxed(frame) { #expect(typed == nil); return }
            let reference = HashGroupsSummary(HashGroups(count: frame.rows.count, checkInterrupt: {}) { frame.cellKey(0, at: $0) })
            #expect(typed?.firstPositions == reference.firstPositions)
            #expect(typed?.offsets == reference.offsets)
            #expect(typed?.positions == reference.positions)
        }
    }

    @Test func joinLookupsMatchCellKeyLookups() async {
        let cases = zip(Gen.int(in: 0...1), Gen.int(in: 0...999).array(of: 1...40), Gen.int(in: 0...999).array(of: 1...40))
        await propertyCheck(count: 300, input: cases) { pool, leftIndices, rightIndices in
            let left = Self.frame(leftIndices.map { Self.pools[pool][$0 % Self.pools[pool].count] })
            let right = Self.frame(rightIndices.map { Self.pools[pool][($0 * 7) % Self.pools[pool].count] })
            let typed = TypedGroups.joinLookup(left: left, leftKey: 0, right: right, rightKey: 0, checkInterrupt: {})
            if Self.isBoxed(left) || Self.isBoxed(right) { #expect(typed == nil); return }
            guard let (groups, lookup) = typed else {
                Issue.record("no typed lookup")
                return
            }
            for row in left.rows {
                let value = left.columns[0][row]
                let expected = value.isNull ? [] : right.rows.indices.filter { ValueKey.same(right.columns[0][right.rows[$0]], value) }
                let found = lookup(row).map { Array(groups.positions[groups.offsets[$0]..<groups.offsets[$0 + 1]]) } ?? []
                #expect(found == expected, "\(value)")
            }
        }
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

    @Test func otherStoragesAreLeftToCellKeys() {
        let doubles = Self.frame([.number(1), .number(1)])
        #expect(TypedGroups.grouped(doubles, column: 0, checkInterrupt: {}) == nil)
        let integers = Self.frame([.integer(1)])
        let texts = Self.frame([.text("1")])
        #expect(TypedGroups.joinLookup(left: integers, leftKey: 0, right: texts, rightKey: 0, checkInterrupt: {}) == nil)
    }
}
