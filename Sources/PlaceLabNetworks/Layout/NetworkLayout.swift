import Foundation

/// Where a network's nodes go on a page: the force-directed and the layered layouts, and the
/// geometry they share. Pure functions of the graph and a seed, so a figure is the same on
/// every run and every machine.
public enum NetworkLayout {
    /// A point on the page, in pixels from the top left.
    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double

        public init(_ x: Double, _ y: Double) {
            self.x = x
            self.y = y
        }
    }

    /// The rectangle the nodes' centres must stay in.
    public struct Frame: Sendable, Equatable {
        public var left: Double
        public var top: Double
        public var width: Double
        public var height: Double

        public init(left: Double, top: Double, width: Double, height: Double) {
            self.left = left
            self.top = top
            self.width = max(width, 0)
            self.height = max(height, 0)
        }

        public var right: Double { left + width }
        public var bottom: Double { top + height }

        /// The point moved to the nearest place inside.
        func clamp(_ point: Point) -> Point {
            Point(min(max(point.x, left), right), min(max(point.y, top), bottom))
        }
    }

    /// Pushes apart nodes whose centres are closer than `minimum`, in a few sweeps, keeping them
    /// inside the frame: a layout may put two nodes on one spot (twins with the same ties), and
    /// the reader must still see both. Nodes that coincide part in a direction fixed by their
    /// indices, so the result stays deterministic.
    public static func separate(_ points: [Point], minimum: Double, in frame: Frame, sweeps: Int = 40) -> [Point] {
        separate(points, radii: [Double](repeating: minimum / 2, count: points.count), padding: 0, in: frame, sweeps: sweeps)
    }

    /// As `separate(_:minimum:in:)`, for circles of these radii: two stay at least the sum of
    /// their radii and `padding` apart, so large nodes get room for their size and labels.
    public static func separate(_ points: [Point], radii: [Double], padding: Double, in frame: Frame,
                                sweeps: Int = 40) -> [Point] {
        separate(points, radii: radii, padding: padding, in: frame, sweeps: sweeps, checkpoint: {})
    }

    /// As `separate(_:radii:padding:in:sweeps:)`, calling `checkpoint` before each sweep.
    public static func separate(_ points: [Point], radii: [Double], padding: Double, in frame: Frame,
                                sweeps: Int = 40, checkpoint: () throws -> Void) rethrows -> [Point] {
        precondition(radii.count == points.count)
        var points = points.map(frame.clamp)
        let largest = radii.max() ?? 0
        guard points.count > 1, 2 * largest + padding > 0 else { return points }
        let cell = 2 * largest + padding
        for _ in 0..<sweeps {
            try checkpoint()
            var moved = false
            // Buckets of `minimum`-sized cells: only nodes in neighbouring cells can be too close.
            var buckets: [Int64: [Int]] = [:]
            func key(_ x: Int, _ y: Int) -> Int64 { Int64(x) << 32 | Int64(UInt32(bitPattern: Int32(truncatingIfNeeded: y))) }
            let cells = points.map { (Self.cell(($0.x - frame.left) / cell), Self.cell(($0.y - frame.top) / cell)) }
            for (index, position) in cells.enumerated() { buckets[key(position.0, position.1), default: []].append(index) }
            for a in points.indices {
                let (cx, cy) = cells[a]
                for dx in -1...1 {
                    for dy in -1...1 {
                        for b in buckets[key(cx + dx, cy + dy)] ?? [] where b > a {
                            var ux = points[b].x - points[a].x, uy = points[b].y - points[a].y
                            var distance = (ux * ux + uy * uy).squareRoot()
                            let minimum = radii[a] + radii[b] + padding
                            guard distance < minimum - 1e-9 else { continue }
                            if distance < 1e-9 {
                                let angle = Double((a * 7919 + b * 104_729) % 360) * Double.pi / 180
                                (ux, uy, distance) = (cos(angle), sin(angle), 1)
                            }
                            // A little past the minimum, so crowds settle in few sweeps.
                            let push = (minimum - distance) / 2 + minimum * 0.01
                            let (px, py) = (ux / distance * push, uy / distance * push)
                            points[a] = frame.clamp(Point(points[a].x - px, points[a].y - py))
                            points[b] = frame.clamp(Point(points[b].x + px, points[b].y + py))
                            moved = true
                        }
                    }
                }
            }
            if !moved { break }
        }
        return points
    }

    /// The points scaled and moved so their bounding box fills the frame; a single point, or a
    /// line of them, goes to the frame's middle across the direction it does not span.
    /// A bucket's index along one axis; points are inside the frame, so the clamp only guards.
    static func cell(_ position: Double) -> Int { Int(clamping: position, to: -1_000_000...1_000_000, rounding: .down) }

    public static func fit(_ points: [Point], into frame: Frame) -> [Point] {
        guard let first = points.first else { return [] }
        var (minX, maxX, minY, maxY) = (first.x, first.x, first.y, first.y)
        for point in points {
            minX = min(minX, point.x); maxX = max(maxX, point.x)
            minY = min(minY, point.y); maxY = max(maxY, point.y)
        }
        let spanX = maxX - minX, spanY = maxY - minY
        return points.map { point in
            Point(spanX > 1e-12 ? frame.left + (point.x - minX) / spanX * frame.width : frame.left + frame.width / 2,
                  spanY > 1e-12 ? frame.top + (point.y - minY) / spanY * frame.height : frame.top + frame.height / 2)
        }
    }
}
