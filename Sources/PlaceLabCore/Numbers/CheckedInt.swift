/// The one way a Double becomes an Int (a pixel, a bar's cells, an index, a whole number).
///
/// `Int(someDouble)` traps on NaN, ±inf and anything beyond ±9.2e18; these never do. A test
/// (`CheckedConversionScanTests`) keeps bare `Int(` on a Double out of the sources.
extension Int {
    /// `value` rounded by `rule`, when Int can hold it; nil for NaN, ±inf and out-of-range values,
    /// which the caller then names ("NaN", "inf", "too large") instead of trapping.
    public init?(checking value: Double, rounding rule: FloatingPointRoundingRule = .towardZero) {
        guard let whole = Int(exactly: value.rounded(rule)) else { return nil }
        self = whole
    }

    /// `value` rounded by `rule` and held within `range`: beyond either end gives that end, NaN
    /// the lower end. For lengths and counts drawn on screen, where the range is the room there is.
    public init(clamping value: Double, to range: ClosedRange<Int>, rounding rule: FloatingPointRoundingRule = .towardZero) {
        let whole = value.rounded(rule)
        if whole.isNaN || whole <= Double(range.lowerBound) {
            self = range.lowerBound
        } else if whole >= Double(range.upperBound) {
            self = range.upperBound
        } else {
            self = Int(exactly: whole) ?? range.lowerBound
        }
    }
}
