@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender
import Testing

/// Hash grouping: first-seen order, members in input order, `==`'s notion of equal keys.
struct HashGroupsTests {
    @Test func groupsInFirstSeenOrderWithMembersInInputOrder() {
        let values: [Value] = [.integer(3), .text("a"), .number(3.0), .null, .text("a"), .null, .number(3.5), .integer(3)]
        let groups = HashGroups(count: values.count, checkInterrupt: {}) { CellKey(values[$0]) }
        // 3 and 3.0 are one key; null is a key of its own; 3.5 is not 3.
        #expect(groups.count == 4)
        #expect(groups.firstPositions == [0, 1, 3, 6])
        let (offsets, positions) = groups.members()
        #expect(offsets == [0, 3, 5, 7, 8])
        #expect(positions == [0, 2, 7, 1, 4, 3, 5, 6])
        #expect(groups.group(of: CellKey(.number(3))) == 0)
        #expect(groups.group(of: CellKey(.text("b"))) == nil)
    }

    @Test func leftOutPositionsBelongToNoGroup() {
        let values: [Value] = [.null, .integer(1), .null, .integer(1)]
        let groups = HashGroups(count: values.count, checkInterrupt: {}) { values[$0].isNull ? nil : CellKey(values[$0]) }
        #expect(groups.groupOf == [-1, 0, -1, 0])
        #expect(groups.members().positions == [1, 3])
    }

    @Test func textKeysCompareByBytes() {
        let values: [Value] = [.text("\u{E9}"), .text("e\u{301}"), .text("\u{E9}")]
        let groups = HashGroups(count: values.count, checkInterrupt: {}) { CellKey(values[$0]) }
        #expect(groups.firstPositions == [0, 1])
        let pairs = HashGroups(count: 3, checkInterrupt: {}) { ValueKey([values[$0], .integer($0 == 2 ? 1 : 0)]) }
        #expect(pairs.count == 3)
    }

    @Test func stopsWhenInterrupted() {
        struct Stop: Error {}
        #expect(throws: Stop.self) {
            _ = try HashGroups(count: 10, checkInterrupt: { throw Stop() }) { CellKey(.integer($0)) }
        }
    }
}
