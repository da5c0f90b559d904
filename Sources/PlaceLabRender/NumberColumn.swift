import Foundation
import PlaceLabCore

/// How a column's numbers read in the text modes (box, table, markdown, line): rounded, never
/// cut. A column of like magnitudes gets one number of decimals so its figures align, enough
/// for four significant digits of its largest value; a column whose values span more than
/// three orders of magnitude (a summary of different measures) gives each value four
/// significant digits of its own, and so does a column that mixes whole numbers with
/// fractions. csv, tsv, json and export keep full precision.
struct NumberColumn: Equatable {
    /// Significant digits the largest value of a column keeps.
    static let significantDigits = 4
    /// More decimals than this and a column reads better in scientific notation.
    static let mostDecimals = 8
    /// A column whose largest and smallest non-zero magnitudes differ by more than this
    /// holds unlike quantities: aligned decimals would round its small values away.
    static let widestSpread = 1000.0

    enum Style: Equatable {
        /// Integers only (or no numbers): every value as it is.
        case asIs
        /// Every number with this many decimals.
        case fixed(Int)
        /// Each number to four significant digits of its own, whole numbers as integers.
        case significant
        /// Very large or very small magnitudes: each number to four significant digits.
        case scientific
    }

    let style: Style

    /// The style that fits the finite numbers among `values`.
    init(_ values: [Value]) {
        var largest = 0.0
        var smallest = Double.infinity
        var fractional = false
        var integers = false
        for value in values {
            let magnitude: Double
            switch value {
            case .integer(let number):
                magnitude = abs(Double(number))
                integers = true
            case .number(let number) where number.isFinite:
                magnitude = abs(number)
                if number != number.rounded() { fractional = true }
            default:
                continue
            }
            largest = max(largest, magnitude)
            if magnitude > 0 { smallest = min(smallest, magnitude) }
        }
        guard fractional else {
            style = .asIs
            return
        }
        // Counts beside fractions (a summary's nodes and density) are unlike quantities too:
        // 13 nodes must not read as 13.00, nor a density of 0.0897 as 0.09.
        if integers || largest / smallest > NumberColumn.widestSpread {
            style = .significant
            return
        }
        if largest >= 1e15 {
            style = .scientific
            return
        }
        // Digits before the point, or (for magnitudes below 1) minus the zeros after it.
        let magnitude = largest > 0 ? Int(clamping: log10(largest), to: -400...400, rounding: .down) + 1 : 1
        var decimals = max(1, NumberColumn.significantDigits - magnitude)
        guard decimals <= NumberColumn.mostDecimals else {
            style = .scientific
            return
        }
        // Trailing zeros every value shares say nothing: 5.500 and 2.250 read as 5.50 and 2.25.
        let numbers = values.compactMap { value -> Double? in
            if case .number(let number) = value, number.isFinite { return number }
            return nil
        }
        // Checked in arithmetic rather than by formatting: a long column is cheap to scan.
        while decimals > 1, numbers.allSatisfy({
            (abs($0) * pow(10, Double(decimals))).rounded().truncatingRemainder(dividingBy: 10) == 0
        }) {
            decimals -= 1
        }
        style = .fixed(decimals)
    }

    /// The value as the column shows it; only numbers change.
    func text(_ value: Value) -> String {
        guard case .number(let number) = value.promotedForColumn(style), number.isFinite else {
            return value.plainText
        }
        switch style {
        case .asIs:
            return value.plainText
        case .fixed(let decimals):
            let text = String(format: "%.*f", Int32(decimals), number)
            // A value that rounds to zero shows no sign: -0.0000 reads as a negative number.
            return text.hasPrefix("-") && text.dropFirst().allSatisfy({ $0 == "0" || $0 == "." })
                ? String(text.dropFirst()) : text
        case .scientific:
            return String(format: "%.*g", Int32(NumberColumn.significantDigits), number)
        case .significant:
            return NumberColumn.significant(number)
        }
    }
}

extension NumberColumn {
    /// Four significant digits without an exponent from 0.0001 up to 10¹⁵ (larger values are
    /// rounded to whole numbers, which keeps at least four), with one beyond.
    static func significant(_ number: Double) -> String {
        let magnitude = abs(number)
        if magnitude == 0 || (magnitude >= 1e-4 && magnitude < 1e4) {
            return String(format: "%.*g", Int32(significantDigits), number)
        }
        if magnitude >= 1e4, magnitude < 1e15 { return String(format: "%.0f", number) }
        return String(format: "%.*g", Int32(significantDigits), number)
    }
}

private extension Value {
    /// Integers in a column of decimals take the column's decimals too, so they align.
    func promotedForColumn(_ style: NumberColumn.Style) -> Value {
        if case .integer(let number) = self, case .fixed = style { return .number(Double(number)) }
        return self
    }
}
