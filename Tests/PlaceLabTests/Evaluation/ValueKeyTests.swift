import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Keys for distinct, group and join: equal exactly when their hashes say so.
@Suite struct ValueKeyTests {
    @Test func wholeDecimalsMeetTheirIntegers() {
        #expect(ValueKey([.integer(3)]) == ValueKey([.number(3)]))
        #expect(ValueKey([.integer(0)]) == ValueKey([.number(-0.0)]))
        #expect(Set([ValueKey([.integer(3)]), ValueKey([.number(3)])]).count == 1)
    }

    /// The numeric fuzz test's find: through Double, Int.max and Int.max - 1 both equalled
    /// 2^63 and a Set holding the three trapped.
    @Test func integersNearTheEdgeStayApartFromTwoToThe63() {
        let keys = [ValueKey([.integer(.max)]), ValueKey([.integer(.max - 1)]), ValueKey([.number(0x1p63)]),
                    ValueKey([.integer(.min)]), ValueKey([.number(-0x1p63)])]
        var set = Set<ValueKey>()
        for _ in 0..<50 { for key in keys { set.insert(key) } }
        #expect(set.count == 4)
        #expect(ValueKey([.integer(.max)]) != ValueKey([.number(0x1p63)]))
        #expect(ValueKey([.integer(.min)]) == ValueKey([.number(-0x1p63)]))
    }
}
