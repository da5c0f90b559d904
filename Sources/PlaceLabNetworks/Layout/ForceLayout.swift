import Foundation

extension NetworkLayout {
    /// Fruchterman & Reingold (1991), "Graph drawing by force-directed placement": every pair of
    /// nodes repels with k²/d, every tie pulls with d²/k (k = √(area / n)), and each step's move
    /// is capped by a temperature that cools linearly to nothing. Ties count without direction or
    /// weight: the picture shows who is tied, and line widths show how strongly. A weak pull to
    /// the middle keeps isolates and small components in view instead of pinned to the edge.
    /// Starting places come from a seeded SplitMix64, so the same graph gives the same picture.
    /// The result fills the frame. Up to `exactLimit` nodes every pair is computed; beyond it a
    /// Barnes–Hut tree approximates far groups, so a step costs O(n log n), not O(n²).
    /// `progress` hears the fraction done after each step.
    public static func force(_ graph: Graph, in frame: Frame, seed: UInt64 = 42, iterations: Int? = nil,
                             progress: (Double) -> Void = { _ in }) -> [Point] {
        force(graph, in: frame, seed: seed, iterations: iterations, checkpoint: {}, progress: progress)
    }

    /// As `force(_:in:seed:iterations:progress:)`, calling `checkpoint` before each step and
    /// between groups of nodes in it; it throws to stop (Ctrl-C on a large network).
    public static func force(_ graph: Graph, in frame: Frame, seed: UInt64 = 42, iterations: Int? = nil,
                             checkpoint: () throws -> Void,
                             progress: (Double) -> Void = { _ in }) rethrows -> [Point] {
        let n = graph.nodeCount
        guard n > 1 else {
            return n == 0 ? [] : [Point(frame.left + frame.width / 2, frame.top + frame.height / 2)]
        }
        let ties = graph.undirected()
        // The page's shape, scaled to unit area, so k does not depend on the frame's pixels.
        let aspect = frame.width > 0 && frame.height > 0 ? frame.height / frame.width : 1
        let width = 1 / aspect.squareRoot(), height = aspect.squareRoot()
        let k = (1 / Double(n)).squareRoot()
        let kk = k * k
        var generator = Structure.SeededGenerator(seed: seed)
        var x = [Double](repeating: 0, count: n), y = [Double](repeating: 0, count: n)
        for node in 0..<n {
            x[node] = Double(generator.next() >> 11) * 0x1p-53 * width
            y[node] = Double(generator.next() >> 11) * 0x1p-53 * height
        }
        let steps = iterations ?? defaultIterations(nodes: n)
        var temperature = 0.1 * max(width, height)
        let cooling = temperature / Double(steps + 1)
        let (middleX, middleY) = (width / 2, height / 2)
        var dx = [Double](repeating: 0, count: n), dy = [Double](repeating: 0, count: n)
        for iteration in 0..<steps {
            try checkpoint()
            for node in 0..<n { dx[node] = 0; dy[node] = 0 }
            if n > exactLimit {
                let tree = RepulsionTree(x: x, y: y)
                for a in 0..<n {
                    if a & 0xFFF == 0 { try checkpoint() }
                    (dx[a], dy[a]) = tree.push(on: a, strength: kk, theta: theta)
                }
            } else {
                repelEveryPair(x: x, y: y, kk: kk, dx: &dx, dy: &dy)
            }
            for a in 0..<n {
                for b in ties.successors(of: a) where b > a {
                    let ux = x[a] - x[b], uy = y[a] - y[b]
                    let pull = (ux * ux + uy * uy).squareRoot() / k   // (d² / k) along u / d
                    dx[a] -= ux * pull; dy[a] -= uy * pull
                    dx[b] += ux * pull; dy[b] += uy * pull
                }
            }
            for node in 0..<n {
                dx[node] -= gravity * (x[node] - middleX)
                dy[node] -= gravity * (y[node] - middleY)
                let length = (dx[node] * dx[node] + dy[node] * dy[node]).squareRoot()
                guard length > 0 else { continue }
                let step = min(length, temperature) / length
                // Free to leave the frame: a wall would flatten the groups pressed against it;
                // the pull to the middle keeps them near, and `fit` brings them back.
                x[node] += dx[node] * step
                y[node] += dy[node] * step
            }
            temperature -= cooling
            progress(Double(iteration + 1) / Double(steps))
        }
        return fit((0..<n).map { Point(x[$0], y[$0]) }, into: frame)
    }

    /// Fruchterman–Reingold's repulsion between every pair of nodes: n²/2 pairs.
    static func repelEveryPair(x: [Double], y: [Double], kk: Double, dx: inout [Double], dy: inout [Double]) {
        let n = x.count
        for a in 0..<n {
            let (ax, ay) = (x[a], y[a])
            var (sumX, sumY) = (0.0, 0.0)
            for b in (a + 1)..<n {
                var ux = ax - x[b], uy = ay - y[b]
                var squared = ux * ux + uy * uy
                if squared < 1e-18 {
                    // Two nodes on one spot: part them along a direction fixed by their indices.
                    let angle = Double((a &* 31 &+ b) % 64) * Double.pi / 32
                    (ux, uy, squared) = (cos(angle) * 1e-6, sin(angle) * 1e-6, 1e-12)
                }
                let push = kk / squared   // (k² / d) along the unit vector u / d
                sumX += ux * push; sumY += uy * push
                dx[b] -= ux * push; dy[b] -= uy * push
            }
            dx[a] += sumX; dy[a] += sumY
        }
    }

    /// Above this many nodes the repulsion is approximated (Barnes–Hut); at or below, it is
    /// exact, so small networks' figures stay exactly as they were.
    static let exactLimit = 1_000

    /// How far a group must be to push as one body: its cell's width over its distance.
    static let theta = 0.8

    /// The pull to the middle, per unit of distance: strong enough that an isolate settles at
    /// the rim of the crowd (where the repulsion of all n nodes, about 1 / r, balances it), weak
    /// next to the ties' pull inside it.
    static let gravity = 1.0

    /// Steps enough to settle a small network; fewer for large ones, whose every step costs n²/2
    /// pairs (or about 60·n with the tree), so that a thousand nodes still lay out in about a
    /// second and a hundred thousand in seconds, not minutes.
    static func defaultIterations(nodes n: Int) -> Int {
        if n > exactLimit {
            return min(150, max(30, 40_000_000 / (60 * n)))
        }
        let budget = 150_000_000 / max(n * n, 1)
        return min(300, max(40, budget))
    }
}
