@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender
import Testing

/// Large networks: the repulsion is approximated by a Barnes–Hut tree, so a step costs
/// O(n log n); the picture keeps its properties.
@Suite struct LargeNetworkLayoutTests {
    private let frame = NetworkLayout.Frame(left: 0, top: 0, width: 800, height: 600)

    /// `groups` rings of `size` nodes, each ring tied to the next by one tie.
    private func rings(_ groups: Int, size: Int) -> Graph {
        var ties: [(Int, Int)] = []
        for group in 0..<groups {
            let base = group * size
            for index in 0..<size { ties.append((base + index, base + (index + 1) % size)) }
            if group > 0 { ties.append((base - size, base)) }
        }
        return TieList.graph(groups * size, ties)
    }

    @Test func treeRepulsionIsCloseToTheExactSum() {
        var random = Structure.SeededGenerator(seed: 5)
        let count = 2_000
        let x = (0..<count).map { _ in Double(random.next() >> 11) * 0x1p-53 }
        let y = (0..<count).map { _ in Double(random.next() >> 11) * 0x1p-53 }
        var dx = [Double](repeating: 0, count: count), dy = dx
        NetworkLayout.repelEveryPair(x: x, y: y, kk: 1, dx: &dx, dy: &dy)
        let tree = RepulsionTree(x: x, y: y)
        var error = 0.0, total = 0.0
        for node in 0..<count {
            let (fx, fy) = tree.push(on: node, strength: 1, theta: NetworkLayout.theta)
            error += ((fx - dx[node]) * (fx - dx[node]) + (fy - dy[node]) * (fy - dy[node])).squareRoot()
            total += (dx[node] * dx[node] + dy[node] * dy[node]).squareRoot()
        }
        #expect(error / total < 0.05, "mean relative error \(error / total)")
        // With theta 0 nothing is approximated: the exact sum.
        let (fx, fy) = tree.push(on: 7, strength: 1, theta: 0)
        #expect(abs(fx - dx[7]) <= 1e-9 * abs(dx[7]) + 1e-9 && abs(fy - dy[7]) <= 1e-9 * abs(dy[7]) + 1e-9)
    }

    @Test func nodesOnOneSpotStillPartAndNothingIsNaN() {
        let x = [Double](repeating: 0.5, count: 1_500), y = x
        let tree = RepulsionTree(x: x, y: y)
        let (fx, fy) = tree.push(on: 3, strength: 1, theta: NetworkLayout.theta)
        #expect(fx.isFinite && fy.isFinite && (fx != 0 || fy != 0))
    }

    @Test func aLargeNetworkLaysOutInTheFrameTheSameEveryTime() {
        let graph = rings(300, size: 5)
        #expect(graph.nodeCount > NetworkLayout.exactLimit)
        var reported: [Double] = []
        let points = NetworkLayout.force(graph, in: frame, iterations: 40, progress: { reported.append($0) })
        #expect(points == NetworkLayout.force(graph, in: frame, iterations: 40))
        #expect(points.allSatisfy { $0.x.isFinite && $0.y.isFinite && $0.x >= -1e-9 && $0.x <= 800 + 1e-9 })
        #expect(reported.count == 40 && reported.last == 1)
        // Ring members sit closer together than nodes of rings far apart.
        func gap(_ a: Int, _ b: Int) -> Double { ((points[a].x - points[b].x) * (points[a].x - points[b].x) + (points[a].y - points[b].y) * (points[a].y - points[b].y)).squareRoot() }
        let within = (0..<300).map { gap($0 * 5, $0 * 5 + 2) }.reduce(0, +) / 300
        let apart = (0..<150).map { gap($0 * 5, ($0 + 150) * 5) }.reduce(0, +) / 150
        #expect(within * 3 < apart)
    }

    @Test func iterationsFallWithSizeButStayEnough() {
        #expect(NetworkLayout.defaultIterations(nodes: 30) == 300)
        #expect(NetworkLayout.defaultIterations(nodes: 1_000) == 150)
        #expect(NetworkLayout.defaultIterations(nodes: 1_001) == 150)
        #expect(NetworkLayout.defaultIterations(nodes: 20_000) == 33)
        #expect(NetworkLayout.defaultIterations(nodes: 1_000_000) == 30)
    }
}
