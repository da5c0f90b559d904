/// Boxes bucketed in square cells, to add up quickly how much of them a box covers: a label
/// spot then looks only at the labels and nodes near it, not at every one on the page.
struct BoxGrid {
    private let cell: Double
    private var buckets: [Int64: [LabelPlacer.Box]] = [:]

    init(cell: Double = 48) {
        self.cell = cell
    }

    private func cellOf(_ value: Double) -> Int {
        value.isNaN ? 0 : Int(clamping: value / cell, to: -1_000_000_000...1_000_000_000, rounding: .down)
    }

    private func key(_ x: Int, _ y: Int) -> Int64 { Int64(x) << 32 | Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: y))) }

    mutating func insert(_ box: LabelPlacer.Box) {
        for x in cellOf(box.left)...cellOf(box.right) {
            for y in cellOf(box.top)...cellOf(box.bottom) { buckets[key(x, y), default: []].append(box) }
        }
    }

    /// The area of `box` covered by the boxes, each counted once: in the cell holding the top
    /// left corner of its overlap with `box`.
    func overlap(_ box: LabelPlacer.Box) -> Double {
        var total = 0.0
        for x in cellOf(box.left)...cellOf(box.right) {
            for y in cellOf(box.top)...cellOf(box.bottom) {
                for other in buckets[key(x, y)] ?? [] {
                    let area = box.overlap(other)
                    if area > 0, cellOf(max(box.left, other.left)) == x, cellOf(max(box.top, other.top)) == y {
                        total += area
                    }
                }
            }
        }
        return total
    }
}
