import PlaceLabCore

/// Horizontal bars for terminal text: one line per row, labels aligned on the left, a bar from
/// a zero axis, and the value printed at the bar's end.
///
/// Unicode bars have eighth-cell precision (▏▎▍▌▋▊▉█) to the right of the axis. Negative bars
/// grow to the left, where Unicode has only a right half block (▐), so they have half-cell
/// precision. ASCII bars (`#`) are rounded to whole cells. Any value that is not zero gets
/// at least the smallest mark, so a small value never looks like no value.
public struct BarChart: Sendable {
    /// One row: its label, its number (nil for null) and the value as the result shows it.
    public struct Bar: Sendable, Equatable {
        public var label: String
        public var value: Double?
        public var text: String

        public init(label: String, value: Double?, text: String) {
            self.label = label
            self.value = value
            self.text = text
        }
    }

    /// The characters the bars are made of.
    public enum Glyphs: Sendable {
        case unicode, ascii

        var axis: String { self == .unicode ? "│" : "|" }
    }

    public var bars: [Bar]
    /// The width the chart fits in, in terminal columns.
    public var width: Int
    public var glyphs: Glyphs
    public var style: TextStyle
    /// How a null is shown (where the value would be), as the tables show it.
    public var nullMarker = "null"

    /// The fewest cells a bar area gets, whatever the width: narrower is unreadable.
    static let minimumBarCells = 10
    /// Labels wider than this share of the width are cut with "…".
    static let labelShare = 0.4

    public init(bars: [Bar], width: Int, glyphs: Glyphs, style: TextStyle = .plain) {
        self.bars = bars
        self.width = width
        self.glyphs = glyphs
        self.style = style
    }

    /// Where the columns go: the label column, the cells left and right of the axis, and how many
    /// cells one unit takes.
    struct Layout: Equatable {
        var labelWidth: Int
        var valueWidth: Int
        var leftCells: Int
        var rightCells: Int
        var cellsPerUnit: Double
        /// Values are divided by this before `cellsPerUnit` applies, so that neither a
        /// subnormal span (1e-320) nor one past the largest double (±1e308) makes the scale
        /// infinite or zero.
        var unit: Double = 1
    }

    var layout: Layout {
        let values = bars.compactMap(\.value).filter(\.isFinite)
        let most = max(values.max() ?? 0, 0)
        let least = min(values.min() ?? 0, 0)
        let hasNegative = least < 0
        // Zero, null and positive values print their text right of the axis.
        let hasRight = bars.contains { ($0.value ?? 0) >= 0 || !($0.value?.isFinite ?? true) }
        let valueWidth = bars.map { DisplayWidth.of(text(of: $0)) }.max() ?? 0
        let textCells = (hasRight ? valueWidth + 1 : 0) + (hasNegative ? valueWidth + 1 : 0)
        let widest = bars.map { DisplayWidth.of(CellText.singleLine($0.label)) }.max() ?? 0
        var labelWidth = min(widest, max(6, Int(clamping: Double(width) * BarChart.labelShare, to: 0...max(0, width))))
        // label, a space, the bar cells, the axis, the value texts.
        var cells = width - labelWidth - 1 - 1 - textCells
        if cells < BarChart.minimumBarCells {
            labelWidth = max(min(widest, 6), labelWidth - (BarChart.minimumBarCells - cells))
            cells = max(BarChart.minimumBarCells, width - labelWidth - 2 - textCells)
        }
        let unit = max(most, -least)
        let span = most / unit - least / unit
        guard unit > 0, span > 0 else {
            return Layout(labelWidth: labelWidth, valueWidth: valueWidth, leftCells: 0, rightCells: cells, cellsPerUnit: 0)
        }
        // With bars on both sides, one cell is kept spare so rounding the left side up never
        // pushes the longest right bar past the width.
        let perUnit = Double(hasNegative ? cells - 1 : cells) / span
        let left = hasNegative ? Int(clamping: -least / unit * perUnit, to: 0...cells, rounding: .up) : 0
        return Layout(labelWidth: labelWidth, valueWidth: valueWidth, leftCells: left,
                      rightCells: cells - left, cellsPerUnit: perUnit, unit: unit)
    }

    /// The chart, one line per bar, each ending in a line break.
    public var text: String {
        let layout = layout
        return bars.map { line($0, layout) + "\n" }.joined()
    }

    private func text(of bar: Bar) -> String {
        bar.value == nil ? nullMarker : CellText.singleLine(bar.text)
    }

    private func line(_ bar: Bar, _ layout: Layout) -> String {
        let label = CellText.singleLine(bar.label)
        let cut = DisplayWidth.truncate(label, to: layout.labelWidth)
        var out = cut + String(repeating: " ", count: max(0, layout.labelWidth - DisplayWidth.of(cut))) + " "
        let shown = text(of: bar)
        guard let value = bar.value, value.isFinite else {
            out += String(repeating: " ", count: layout.leftCells + (layout.leftCells > 0 ? layout.valueWidth + 1 : 0))
            return out + glyphs.axis + " " + (bar.value == nil ? style.paint(shown, .muted) : shown)
        }
        let length = abs(value) / layout.unit * layout.cellsPerUnit
        if value < 0 {
            let bar = BarChart.leftBar(cells: length, glyphs)
            let used = DisplayWidth.of(bar)
            let lead = layout.leftCells + layout.valueWidth + 1 - used - DisplayWidth.of(shown) - 1
            return out + String(repeating: " ", count: max(0, lead)) + shown + " " + style.paint(bar, .warning) + glyphs.axis
        }
        let lead = layout.leftCells > 0 ? String(repeating: " ", count: layout.leftCells + layout.valueWidth + 1) : ""
        let bar = BarChart.rightBar(cells: length, glyphs)
        return out + lead + glyphs.axis + style.paint(bar, .hint) + " " + shown
    }

    static let eighths = ["", "▏", "▎", "▍", "▌", "▋", "▊", "▉"]
    /// No bar is longer than this many cells, whatever `cells` says.
    static let longestBar = 10_000

    /// A bar growing right from the axis: whole cells then the nearest eighth (whole ASCII cells).
    static func rightBar(cells length: Double, _ glyphs: Glyphs) -> String {
        guard length > 0 else { return "" }
        let cells = min(length, Double(longestBar))
        switch glyphs {
        case .ascii:
            return String(repeating: "#", count: max(1, Int(clamping: cells, to: 0...longestBar, rounding: .toNearestOrAwayFromZero)))
        case .unicode:
            var whole = Int(clamping: cells, to: 0...longestBar)
            var eighth = Int(clamping: (cells - Double(whole)) * 8, to: 0...8, rounding: .toNearestOrAwayFromZero)
            if eighth == 8 { whole += 1; eighth = 0 }
            if whole == 0, eighth == 0 { eighth = 1 }
            return String(repeating: "█", count: whole) + eighths[eighth]
        }
    }

    /// A bar growing left from the axis: a right half block, then whole cells (whole ASCII cells).
    static func leftBar(cells length: Double, _ glyphs: Glyphs) -> String {
        guard length > 0 else { return "" }
        let cells = min(length, Double(longestBar))
        switch glyphs {
        case .ascii:
            return String(repeating: "#", count: max(1, Int(clamping: cells, to: 0...longestBar, rounding: .toNearestOrAwayFromZero)))
        case .unicode:
            var whole = Int(clamping: cells, to: 0...longestBar)
            var half = (cells - Double(whole)) >= 0.25
            if cells - Double(whole) >= 0.75 { whole += 1; half = false }
            if whole == 0, !half { half = true }
            return (half ? "▐" : "") + String(repeating: "█", count: whole)
        }
    }
}
