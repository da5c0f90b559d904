/// Puts text blocks beside the circles they name without covering other labels or nodes:
/// each label tries spots around its node in order of preference, near ones first, then
/// further out (joined to the node by a leader line), and takes the first free one; when none
/// is free, the one covering least. Labels placed earlier win, so callers place the most
/// important first.
struct LabelPlacer {
    /// A rectangle in page pixels.
    struct Box: Equatable {
        var left: Double
        var top: Double
        var right: Double
        var bottom: Double

        init(left: Double, top: Double, width: Double, height: Double) {
            (self.left, self.top, self.right, self.bottom) = (left, top, left + width, top + height)
        }

        var width: Double { right - left }
        var height: Double { bottom - top }

        /// The area both boxes cover.
        func overlap(_ other: Box) -> Double {
            max(0, min(right, other.right) - max(left, other.left)) * max(0, min(bottom, other.bottom) - max(top, other.top))
        }

        func inside(_ other: Box) -> Bool {
            left >= other.left && right <= other.right && top >= other.top && bottom <= other.bottom
        }
    }

    /// Where a text block's lines line up: the side of the node it sits on decides.
    enum Alignment: String {
        case start, middle, end
    }

    /// A label that found a place.
    struct Placement: Equatable {
        let box: Box
        let alignment: Alignment
        /// Set when the label sits away from its node and needs a line back to it.
        let leader: Bool

        /// The x of the text's anchor for its alignment.
        var anchorX: Double {
            switch alignment {
            case .start: box.left
            case .middle: (box.left + box.right) / 2
            case .end: box.right
            }
        }
    }

    /// A node: its centre and radius.
    struct Circle {
        let x: Double
        let y: Double
        let radius: Double

        var box: Box {
            // The circle's inner square and a little: corners of a label may graze the rim.
            let half = radius * 0.85
            return Box(left: x - half, top: y - half, width: 2 * half, height: 2 * half)
        }
    }

    /// The area labels must stay inside.
    let bounds: Box
    /// Every node, labelled or not: labels avoid covering them.
    let circles: [Circle]
    /// Other things labels must not cover (a band's title, say).
    var obstacles: [Box] = []
    /// Points along the ties, every few pixels: a label may cross a line (its halo keeps it
    /// legible) but one that crosses fewer reads better.
    var linePoints = PointGrid(points: [])
    /// Below and above first (for nodes in rows), else beside first.
    var preferVertical = false
    /// Gap between a node's rim and its label.
    var gap = 3.0

    /// A place for each label (`sizes[i]` the text block of `circles[i]`, nil for no label), in
    /// the order given. A label that can only go where it covers an earlier one is left out
    /// (nil) unless `keepCovered`.
    func place(_ sizes: [(width: Double, height: Double)?], order: [Int], keepCovered: Bool) -> [Placement?] {
        place(sizes, order: order, keepCovered: keepCovered, checkpoint: {})
    }

    /// As `place(_:order:keepCovered:)`, calling `checkpoint` between groups of labels.
    func place(_ sizes: [(width: Double, height: Double)?], order: [Int], keepCovered: Bool,
               checkpoint: () throws -> Void) rethrows -> [Placement?] {
        var placed = [Placement?](repeating: nil, count: circles.count)
        var taken = obstacles
        // On a big network every spot would be checked against every node and label: n² work
        // (minutes at 20,000 nodes). There the nearby ones are found through grids instead;
        // small figures keep the plain sums, so they come out exactly as before.
        let useGrids = circles.count > LabelPlacer.gridThreshold
        var takenGrid = BoxGrid(), circleGrid = BoxGrid()
        if useGrids {
            for box in taken { takenGrid.insert(box) }
            for circle in circles { circleGrid.insert(circle.box) }
        }
        for (index, node) in order.enumerated() {
            if index & 0xFF == 0 { try checkpoint() }
            guard let size = sizes[node] else { continue }
            var best: (placement: Placement, labels: Double, cost: Double)?
            let spots = candidates(for: circles[node], width: size.width, height: size.height)
            for (step, candidate) in spots.enumerated() {
                guard candidate.box.inside(bounds) else { continue }
                let labels: Double, nodes: Double
                if useGrids {
                    labels = takenGrid.overlap(candidate.box)
                    // Less the node's own circle; what rounding leaves of nothing is nothing.
                    let others = circleGrid.overlap(candidate.box) - candidate.box.overlap(circles[node].box)
                    nodes = others < 1e-9 ? 0 : others
                } else {
                    labels = taken.reduce(0) { $0 + candidate.box.overlap($1) }
                    nodes = circles.indices.reduce(0.0) { sum, other in
                        other == node ? sum : sum + candidate.box.overlap(circles[other].box)
                    }
                }
                let lines = Double(linePoints.count(in: candidate.box))
                // Further out costs a little: a leader line is worth it to clear two or three ties.
                let distance = Double(step / (spots.count / 3)) * 50
                let cost = labels * 100 + nodes * 10 + lines * 20 + distance + Double(step) * 0.01
                if labels == 0, nodes == 0, lines == 0 {
                    best = (candidate, 0, cost)
                    break
                }
                if best == nil || cost < best!.cost { best = (candidate, labels, cost) }
            }
            guard let choice = best, choice.labels == 0 || keepCovered else { continue }
            placed[node] = choice.placement
            taken.append(choice.placement.box)
            if useGrids { takenGrid.insert(choice.placement.box) }
        }
        return placed
    }

    /// Above this many nodes, overlaps are summed through grids.
    static let gridThreshold = 1_000

    /// The spots around a node, best first: beside it (or below and above), then on its
    /// diagonals, each at three distances.
    private func candidates(for circle: Circle, width: Double, height: Double) -> [Placement] {
        var spots: [Placement] = []
        for (index, distance) in [0.0, 10, 24].enumerated() {
            let reach = circle.radius + gap + distance
            let diagonal = (circle.radius + distance) * 0.72 + gap
            let (x, y) = (circle.x, circle.y)
            let right = Placement(box: Box(left: x + reach, top: y - height / 2, width: width, height: height),
                                  alignment: .start, leader: index > 0)
            let left = Placement(box: Box(left: x - reach - width, top: y - height / 2, width: width, height: height),
                                 alignment: .end, leader: index > 0)
            let below = Placement(box: Box(left: x - width / 2, top: y + reach, width: width, height: height),
                                  alignment: .middle, leader: index > 0)
            let above = Placement(box: Box(left: x - width / 2, top: y - reach - height, width: width, height: height),
                                  alignment: .middle, leader: index > 0)
            let corners = [
                Placement(box: Box(left: x + diagonal, top: y + diagonal - 4, width: width, height: height),
                          alignment: .start, leader: index > 0),
                Placement(box: Box(left: x + diagonal, top: y - diagonal - height + 4, width: width, height: height),
                          alignment: .start, leader: index > 0),
                Placement(box: Box(left: x - diagonal - width, top: y + diagonal - 4, width: width, height: height),
                          alignment: .end, leader: index > 0),
                Placement(box: Box(left: x - diagonal - width, top: y - diagonal - height + 4, width: width, height: height),
                          alignment: .end, leader: index > 0),
            ]
            spots += (preferVertical ? [below, above, right, left] : [right, left, below, above]) + corners
        }
        return spots
    }
}
