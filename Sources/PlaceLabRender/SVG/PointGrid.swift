/// Points sorted into thin horizontal rows, each row by x, to count quickly how many fall in
/// a box: a row the box covers whole is two binary searches, and only the box's top and
/// bottom rows look at each point's y. Square cells scanned point by point made label
/// placement on a 20,000-node network take most of a minute.
struct PointGrid {
    /// A power of two, so `y / rowHeight` is exact and a point's row never disagrees with
    /// the row bounds a box is compared against.
    private static let rowHeight = 2.0
    private static let rowLimit = 1_000_000

    private var firstRow = 0
    /// Where each row's points begin in `xs` and `ys`; one more entry than there are rows.
    private var rowStarts: [Int] = [0]
    private var xs: [Double] = []
    private var ys: [Double] = []

    init(points: [(x: Double, y: Double)]) {
        // A point with a NaN or infinite coordinate is in no box.
        let kept = points.filter { $0.x.isFinite && $0.y.isFinite }
        guard !kept.isEmpty else { return }
        let rows = kept.map { PointGrid.row(of: $0.y) }
        firstRow = rows.min()!
        let rowCount = rows.max()! - firstRow + 1
        // Counting sort by row, then each row by x.
        var starts = [Int](repeating: 0, count: rowCount + 1)
        for row in rows { starts[row - firstRow + 1] += 1 }
        for index in 0..<rowCount { starts[index + 1] += starts[index] }
        var order = [Int](repeating: 0, count: kept.count)
        var next = starts
        for (index, row) in rows.enumerated() {
            order[next[row - firstRow]] = index
            next[row - firstRow] += 1
        }
        for index in 0..<rowCount {
            order[starts[index]..<starts[index + 1]].sort { kept[$0].x < kept[$1].x }
        }
        rowStarts = starts
        xs = order.map { kept[$0].x }
        ys = order.map { kept[$0].y }
    }

    private static func row(of y: Double) -> Int {
        Int(clamping: y / rowHeight, to: -rowLimit...rowLimit, rounding: .down)
    }

    /// How many points lie inside the box, edges included.
    func count(in box: LabelPlacer.Box) -> Int {
        guard !xs.isEmpty, box.left <= box.right, box.top <= box.bottom else { return 0 }
        let lastRow = firstRow + rowStarts.count - 2
        let top = max(PointGrid.row(of: box.top), firstRow), bottom = min(PointGrid.row(of: box.bottom), lastRow)
        guard top <= bottom else { return 0 }
        var total = 0
        for row in top...bottom {
            let span = rowStarts[row - firstRow]..<rowStarts[row - firstRow + 1]
            if span.isEmpty { continue }
            let low = firstIndex(in: span) { $0 >= box.left }
            let high = firstIndex(in: span) { $0 > box.right }
            guard low < high else { continue }
            // A row at the clamp holds points beyond its bounds, so it is checked point by point too.
            let whole = Double(row) * PointGrid.rowHeight >= box.top && Double(row + 1) * PointGrid.rowHeight <= box.bottom
                && abs(row) < PointGrid.rowLimit
            if whole {
                total += high - low
            } else {
                for index in low..<high where ys[index] >= box.top && ys[index] <= box.bottom { total += 1 }
            }
        }
        return total
    }

    /// The first index in `span` whose x passes `test` (which turns true once and stays true,
    /// as x grows), or the span's end.
    private func firstIndex(in span: Range<Int>, where test: (Double) -> Bool) -> Int {
        var low = span.lowerBound, high = span.upperBound
        while low < high {
            let middle = low + (high - low) / 2
            if test(xs[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
