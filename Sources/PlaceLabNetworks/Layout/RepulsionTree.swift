import Foundation

/// The all-pairs repulsion of a force layout in O(n log n): Barnes & Hut (1986), "A
/// hierarchical O(N log N) force-calculation algorithm". Points go into a quadtree whose cells
/// know their count and centre of mass; a cell far enough away (its width under `theta` times
/// its distance) pushes as one body of that many nodes, a near one is opened.
struct RepulsionTree {
    /// Cells in flat arrays; cell 0 is the root. `firstChild` is -1 for a leaf, else the first
    /// of four consecutive children.
    private var centreX: [Double] = [], centreY: [Double] = [], half: [Double] = []
    private var sumX: [Double] = [], sumY: [Double] = [], mass: [Double] = []
    private var firstChild: [Int] = []
    /// A leaf's point, -1 when it holds none.
    private var point: [Int] = []
    private let x: [Double], y: [Double]

    /// Cells stop splitting this deep: the points left together are (almost) on one spot.
    private static let maximumDepth = 48

    init(x: [Double], y: [Double]) {
        self.x = x
        self.y = y
        guard !x.isEmpty else { return }
        var (minX, maxX, minY, maxY) = (x[0], x[0], y[0], y[0])
        for index in x.indices {
            minX = Swift.min(minX, x[index]); maxX = Swift.max(maxX, x[index])
            minY = Swift.min(minY, y[index]); maxY = Swift.max(maxY, y[index])
        }
        let size = Swift.max(maxX - minX, maxY - minY, 1e-9)
        addCell(centreX: (minX + maxX) / 2, centreY: (minY + maxY) / 2, half: size / 2 * 1.0001)
        for index in x.indices { insert(index) }
    }

    private mutating func addCell(centreX cx: Double, centreY cy: Double, half h: Double) {
        centreX.append(cx); centreY.append(cy); half.append(h)
        sumX.append(0); sumY.append(0); mass.append(0)
        firstChild.append(-1); point.append(-1)
    }

    private func quadrant(_ cell: Int, _ index: Int) -> Int {
        (x[index] >= centreX[cell] ? 1 : 0) + (y[index] >= centreY[cell] ? 2 : 0)
    }

    private mutating func split(_ cell: Int) {
        firstChild[cell] = centreX.count
        let h = half[cell] / 2
        for quadrant in 0..<4 {
            addCell(centreX: centreX[cell] + (quadrant & 1 == 1 ? h : -h),
                    centreY: centreY[cell] + (quadrant & 2 == 2 ? h : -h), half: h)
        }
    }

    private mutating func insert(_ index: Int) {
        var cell = 0
        var depth = 0
        while true {
            mass[cell] += 1; sumX[cell] += x[index]; sumY[cell] += y[index]
            if firstChild[cell] < 0 {
                if mass[cell] == 1 { point[cell] = index; return }
                if depth >= RepulsionTree.maximumDepth { return }
                // A leaf with one point becomes a parent: its point moves down a level.
                let resident = point[cell]
                point[cell] = -1
                split(cell)
                let child = firstChild[cell] + quadrant(cell, resident)
                mass[child] = 1; sumX[child] = x[resident]; sumY[child] = y[resident]; point[child] = resident
            }
            cell = firstChild[cell] + quadrant(cell, index)
            depth += 1
        }
    }

    /// The sum over every other node b of `strength · (p − b) / |p − b|²` at node `index`
    /// (Fruchterman–Reingold's k²/d along the unit vector), cells approximated under `theta`.
    func push(on index: Int, strength: Double, theta: Double) -> (Double, Double) {
        guard !mass.isEmpty else { return (0, 0) }
        let (px, py) = (x[index], y[index])
        var (forceX, forceY) = (0.0, 0.0)
        var stack = [0]
        let thetaSquared = theta * theta
        while let cell = stack.popLast() {
            let count = mass[cell]
            if count == 0 || (firstChild[cell] < 0 && point[cell] == index && count == 1) { continue }
            let comX = sumX[cell] / count, comY = sumY[cell] / count
            var ux = px - comX, uy = py - comY
            var squared = ux * ux + uy * uy
            let width = 2 * half[cell]
            if firstChild[cell] >= 0, width * width >= thetaSquared * squared {
                for child in firstChild[cell]..<(firstChild[cell] + 4) { stack.append(child) }
                continue
            }
            var bodies = count
            if firstChild[cell] < 0, squared < 1e-18 {
                // Nodes on this node's spot (a leaf at the depth limit): part along a direction
                // fixed by the node's index, as the exact layout does.
                let containsSelf = (x[index] - comX).magnitude < 1e-9 && (y[index] - comY).magnitude < 1e-9
                if containsSelf { bodies -= 1 }
                if bodies <= 0 { continue }
                let angle = Double((index &* 31) % 64) * Double.pi / 32
                (ux, uy, squared) = (cos(angle) * 1e-6, sin(angle) * 1e-6, 1e-12)
            }
            let factor = strength * bodies / squared
            forceX += ux * factor
            forceY += uy * factor
        }
        return (forceX, forceY)
    }
}
