import Foundation

extension Double {
    /// Rounded to `digits` decimals, half away from zero. Unchanged when there is nothing to
    /// round there (past 2^52 a double has no fractions) or when scaling would leave the finite
    /// doubles: `round(1e300, 15)` stays 1e300 and a subnormal keeps its digits, never inf or NaN.
    package func rounded(toDecimals digits: Int) -> Double {
        let scale = pow(10.0, Double(digits))
        let scaled = self * scale
        guard isFinite, Swift.abs(self) < 0x1p52, scale.isFinite, scale > 0, scaled.isFinite else { return self }
        return scaled.rounded(.toNearestOrAwayFromZero) / scale
    }
}
