import Foundation
import Testing
import PlaceLab
import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage
import PlaceLabNetworks
import PlaceLabRender

private typealias Point = NetworkLayout.Point

private func distance(_ a: Point, _ b: Point) -> Double {
    ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
}

/// The force-directed and layered layouts: the same picture every time, inside the page, no
/// two nodes on one spot, and the structure visible.
@Suite struct NetworkLayoutTests {
    private let frame = NetworkLayout.Frame(left: 40, top: 100, width: 700, height: 500)

    /// Two five-node cliques joined by one tie (4–5), a pendant 10 on 0, and an isolate 11.
    private let barbell: Graph = {
        var ties: [(Int, Int)] = []
        for group in [0, 5] {
            for a in group..<(group + 5) { for b in (a + 1)..<(group + 5) { ties.append((a, b)) } }
        }
        return TieList.graph(12, ties + [(4, 5), (0, 10)])
    }()

    private func inside(_ points: [Point], _ frame: NetworkLayout.Frame) -> Bool {
        points.allSatisfy { $0.x >= frame.left - 1e-9 && $0.x <= frame.right + 1e-9
            && $0.y >= frame.top - 1e-9 && $0.y <= frame.bottom + 1e-9 }
    }

    @Test func forceLayoutIsTheSameEveryTimeAndChangesWithTheSeed() {
        let first = NetworkLayout.force(barbell, in: frame)
        #expect(first == NetworkLayout.force(barbell, in: frame))
        #expect(first == NetworkLayout.force(barbell, in: frame, seed: 42))
        #expect(first != NetworkLayout.force(barbell, in: frame, seed: 7))
    }

    @Test func forceLayoutFillsTheFrameAndStaysInIt() {
        let points = NetworkLayout.force(barbell, in: frame)
        #expect(points.count == 12)
        #expect(inside(points, frame))
        // Fitted: the outermost nodes touch each side of the frame.
        #expect(abs(points.map(\.x).min()! - frame.left) < 1e-6 && abs(points.map(\.x).max()! - frame.right) < 1e-6)
        #expect(abs(points.map(\.y).min()! - frame.top) < 1e-6 && abs(points.map(\.y).max()! - frame.bottom) < 1e-6)
    }

    @Test func tiedNodesSitCloserThanUntiedOnes() {
        let points = NetworkLayout.force(barbell, in: frame)
        func mean(_ pairs: [(Int, Int)]) -> Double {
            pairs.map { distance(points[$0.0], points[$0.1]) }.reduce(0, +) / Double(pairs.count)
        }
        let within = (0..<5).flatMap { a in ((a + 1)..<5).map { (a, $0) } } + (5..<10).flatMap { a in ((a + 1)..<10).map { (a, $0) } }
        let across = (0..<5).flatMap { a in (5..<10).map { (a, $0) } }
        #expect(mean(within) * 1.5 < mean(across))
    }

    @Test func smallAndEmptyGraphsHaveAPlace() {
        #expect(NetworkLayout.force(TieList.graph(0, []), in: frame).isEmpty)
        #expect(NetworkLayout.force(TieList.graph(1, []), in: frame) == [Point(390, 350)])
        // Two isolates: apart, inside.
        let two = NetworkLayout.force(TieList.graph(2, []), in: frame)
        #expect(inside(two, frame) && distance(two[0], two[1]) > 100)
    }

    @Test func separatingLeavesNoTwoNodesOnOneSpot() {
        // Every node on the same spot, and a pair a little too close.
        let crowd = [Point](repeating: Point(300, 300), count: 6) + [Point(100, 100), Point(104, 100)]
        let apart = NetworkLayout.separate(crowd, minimum: 20, in: frame)
        #expect(apart == NetworkLayout.separate(crowd, minimum: 20, in: frame))
        #expect(inside(apart, frame))
        for a in apart.indices {
            for b in apart.indices where b > a { #expect(distance(apart[a], apart[b]) >= 20 - 1e-6, "\(a) \(b)") }
        }
        // Nodes already far enough apart do not move.
        let spread = [Point(100, 150), Point(200, 150), Point(300, 150)]
        #expect(NetworkLayout.separate(spread, minimum: 50, in: frame) == spread)
    }

    @Test func largerCirclesKeepMoreRoom() {
        let points = [Point(200, 200), Point(210, 200), Point(400, 400)]
        let apart = NetworkLayout.separate(points, radii: [20, 5, 5], padding: 10, in: frame)
        #expect(distance(apart[0], apart[1]) >= 35 - 1e-6)
        #expect(apart[2] == points[2])
    }

    @Test func forceLayoutOfTwinsThenSeparatedKeepsThemApart() {
        // A star's leaves are interchangeable; after separation none shares a spot.
        let star = TieList.graph(9, (1..<9).map { (0, $0) })
        let points = NetworkLayout.separate(NetworkLayout.force(star, in: frame), minimum: 30, in: frame)
        for a in points.indices {
            for b in points.indices where b > a { #expect(distance(points[a], points[b]) >= 30 - 1e-6) }
        }
    }

    // MARK: - Layers

    @Test func barycentreOrderingUntanglesCrossedTies() {
        // Top band 0, 1, 2; bottom band 3, 4, 5 tied in reverse: 0–5, 1–4, 2–3 cross three times.
        let graph = TieList.graph(6, [(0, 5), (1, 4), (2, 3)])
        let band = [0, 0, 0, 1, 1, 1]
        #expect(NetworkLayout.crossings(graph, order: [[0, 1, 2], [3, 4, 5]], band: band) == 3)
        let order = NetworkLayout.bandOrder(graph, band: band, bandCount: 2)
        #expect(NetworkLayout.crossings(graph, order: order, band: band) == 0)
        #expect(Set(order[0]) == [0, 1, 2] && Set(order[1]) == [3, 4, 5])
        #expect(order == NetworkLayout.bandOrder(graph, band: band, bandCount: 2))
    }

    @Test func orderingNeverAddsCrossingsAndKeepsEmptyBands() {
        // Three bands, the middle one empty; ties already uncrossed stay as they are.
        let graph = TieList.graph(4, [(0, 2), (1, 3), (0, 1)])
        let band = [0, 0, 2, 2]
        let order = NetworkLayout.bandOrder(graph, band: band, bandCount: 3)
        #expect(order == [[0, 1], [], [2, 3]])
        #expect(NetworkLayout.crossings(graph, order: order, band: band) == 0)
    }

    @Test func bandPlacesSpreadNodesAcrossAndStaggerCrowdedBands() {
        let frames = [NetworkLayout.Frame(left: 0, top: 50, width: 600, height: 0),
                      NetworkLayout.Frame(left: 0, top: 200, width: 600, height: 80)]
        let points = NetworkLayout.bandPlaces(order: [[1, 0], [2, 3, 4, 5]], frames: frames, rows: [1, 2], nodeCount: 6)
        // The band's order is left to right, evenly spread.
        #expect(points[1] == Point(150, 50) && points[0] == Point(450, 50))
        #expect(points[2].x < points[3].x && points[3].x < points[4].x && points[4].x < points[5].x)
        // Two lines: the next node on the other line, each line at an edge of the band's frame.
        #expect(points[2].y == 200 && points[3].y == 280 && points[4].y == 200 && points[5].y == 280)
        #expect(NetworkLayout.rowsNeeded(count: 4, width: 600, spacing: 150) == 1)
        #expect(NetworkLayout.rowsNeeded(count: 10, width: 600, spacing: 150) == 3)
        #expect(NetworkLayout.rowsNeeded(count: 100, width: 600, spacing: 150) == 4)
        #expect(NetworkLayout.rowsNeeded(count: 1, width: 600, spacing: 900) == 1)
    }
}
