import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// The checked Double → Int conversions: NaN, ±inf and out-of-range values never trap.
@Suite struct CheckedIntTests {
    @Test func checkingGivesNilWhereIntCannotHoldTheValue() {
        #expect(Int(checking: 3.7) == 3)
        #expect(Int(checking: -3.7) == -3)
        #expect(Int(checking: 3.5, rounding: .toNearestOrAwayFromZero) == 4)
        #expect(Int(checking: 2.1, rounding: .up) == 3)
        #expect(Int(checking: .nan) == nil)
        #expect(Int(checking: .infinity) == nil)
        #expect(Int(checking: -.infinity) == nil)
        #expect(Int(checking: 0x1p63) == nil)
        #expect(Int(checking: -0x1p63) == Int.min)
        #expect(Int(checking: 1e19) == nil)
        #expect(Int(checking: .leastNonzeroMagnitude) == 0)
        #expect(Int(checking: -0.0) == 0)
    }

    @Test func clampingHoldsEveryValueInItsRange() {
        #expect(Int(clamping: 5.4, to: 0...10) == 5)
        #expect(Int(clamping: 1e300, to: 0...10) == 10)
        #expect(Int(clamping: -1e300, to: 0...10) == 0)
        #expect(Int(clamping: .infinity, to: 0...10) == 10)
        #expect(Int(clamping: -.infinity, to: -3...10) == -3)
        #expect(Int(clamping: .nan, to: 2...10) == 2)
        #expect(Int(clamping: 1e19, to: 0...Int.max) == Int.max)
        #expect(Int(clamping: 9.5, to: 0...10, rounding: .up) == 10)
    }

    @Test func roundingToDecimalsNeverMakesInfOrNaN() {
        #expect(2.345.rounded(toDecimals: 2) == 2.35)
        #expect(1e300.rounded(toDecimals: 15) == 1e300)
        #expect(Double.greatestFiniteMagnitude.rounded(toDecimals: 3) == .greatestFiniteMagnitude)
        #expect(1e-320.rounded(toDecimals: 323) == 1e-320)
        #expect(Double.infinity.rounded(toDecimals: 2) == .infinity)
        #expect(Double.nan.rounded(toDecimals: 2).isNaN)
    }
}
