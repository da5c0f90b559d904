import Foundation
import PlaceLab
import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage
import PlaceLabNetworks
import PlaceLabRender
import Testing

/// Centrality on graphs small enough to work out by hand; each test derives its values.
@Suite struct CentralitySmallGraphTests {
    static func graph(_ nodeCount: Int, _ ties: [(Int, Int)], directed: Bool = false) -> Graph {
        Graph(nodeCount: nodeCount, directed: directed, weighted: false, edges: ties.map { Graph.Edge($0.0, $0.1) })
    }

    static func expectClose(_ computed: [Double]?, _ expected: [Double], _ label: String) {
        guard let computed else {
            Issue.record("\(label): no values")
            return
        }
        #expect(computed.count == expected.count, "\(label): \(computed.count) values")
        for (node, (value, wanted)) in zip(computed, expected).enumerated() {
            #expect(abs(value - wanted) <= 1e-12, "\(label) of node \(node): \(value), expected \(wanted)")
        }
    }

    /// Path 0–1–2–3.
    /// Betweenness: 1 lies on the pairs {0,2} and {0,3}, 2 on {0,3} and {1,3}; normalised by the
    /// 3 pairs of other nodes: 2/3. Closeness: 3 / Σ distance = 3/6 at the ends, 3/4 inside.
    /// Harmonic: 1 + 1/2 + 1/3 = 11/6 at the ends, 1 + 1 + 1/2 = 5/2 inside. Eigenvector: the
    /// path's top eigenvalue is φ = 2cos(π/5) with eigenvector ∝ (1, φ, φ, 1). Information: unit
    /// resistors in series, R(i, j) = |i − j|: 1 / (1 + 2 + 3) at the ends, 1 / (1 + 1 + 2) inside.
    @Test func path() throws {
        let path = Self.graph(4, [(0, 1), (1, 2), (2, 3)])
        Self.expectClose(try Centrality.betweenness(path), [0, 2.0 / 3, 2.0 / 3, 0], "betweenness")
        Self.expectClose(try Centrality.closeness(path), [0.5, 0.75, 0.75, 0.5], "closeness")
        Self.expectClose(try Centrality.harmonic(path), [11.0 / 6, 2.5, 2.5, 11.0 / 6], "harmonic")
        let phi = (1 + 5.0.squareRoot()) / 2
        let norm = (2 + 2 * phi * phi).squareRoot()
        Self.expectClose(Centrality.eigenvector(path), [1 / norm, phi / norm, phi / norm, 1 / norm], "eigenvector")
        Self.expectClose(Centrality.information(path), [1.0 / 6, 0.25, 0.25, 1.0 / 6], "information")
    }

    /// Star: centre 0, leaves 1–4.
    /// Betweenness: the centre is on all 6 leaf pairs, of 6 possible: 1. Closeness: centre 4/4,
    /// leaf 4 / (1 + 2 + 2 + 2) = 4/7. Harmonic: centre 4, leaf 1 + 3/2. Eigenvector: λ = 2 with
    /// centre 2, leaves 1, normalised by √8. Information: R(centre, leaf) = 1, R(leaf, leaf) = 2,
    /// so 1/4 for the centre and 1 / (1 + 2·3) = 1/7 for a leaf.
    @Test func star() throws {
        let star = Self.graph(5, [(0, 1), (0, 2), (0, 3), (0, 4)])
        Self.expectClose(try Centrality.betweenness(star), [1, 0, 0, 0, 0], "betweenness")
        Self.expectClose(try Centrality.closeness(star), [1] + Array(repeating: 4.0 / 7, count: 4), "closeness")
        Self.expectClose(try Centrality.harmonic(star), [4] + Array(repeating: 2.5, count: 4), "harmonic")
        let leaf = 1 / 8.0.squareRoot()
        Self.expectClose(Centrality.eigenvector(star), [2 * leaf] + Array(repeating: leaf, count: 4), "eigenvector")
        Self.expectClose(Centrality.information(star), [0.25] + Array(repeating: 1.0 / 7, count: 4), "information")
    }

    /// Two separate pairs, 0–1 and 2–3, and an isolate 4.
    /// No node is between two others: betweenness 0. Closeness of a paired node: one node at
    /// distance 1 reaches it, so (1/1)·(1/4) after the correction for 1 of 4 others; the
    /// isolate 0. Harmonic: 1 for the paired, 0 for the isolate. Eigenvector: from 1/5 each,
    /// (A + I) doubles the paired nodes and keeps the isolate, which so fades to 0, leaving
    /// 1/2 for each of the four. Information, per component: a pair is one unit resistor,
    /// 1 / 1; the isolate exchanges nothing: 0.
    @Test func disconnectedPairsAndIsolate() throws {
        let pieces = Self.graph(5, [(0, 1), (2, 3)])
        Self.expectClose(try Centrality.betweenness(pieces), [0, 0, 0, 0, 0], "betweenness")
        Self.expectClose(try Centrality.closeness(pieces), [0.25, 0.25, 0.25, 0.25, 0], "closeness")
        Self.expectClose(try Centrality.harmonic(pieces), [1, 1, 1, 1, 0], "harmonic")
        Self.expectClose(Centrality.eigenvector(pieces), [0.5, 0.5, 0.5, 0.5, 0], "eigenvector")
        Self.expectClose(Centrality.information(pieces), [1, 1, 1, 1, 0], "information")
    }

    /// A single isolated node, and no node at all.
    @Test func trivialGraphs() throws {
        let one = Self.graph(1, [])
        Self.expectClose(try Centrality.betweenness(one), [0], "betweenness")
        Self.expectClose(try Centrality.closeness(one), [0], "closeness")
        Self.expectClose(try Centrality.harmonic(one), [0], "harmonic")
        Self.expectClose(Centrality.eigenvector(one), [1], "eigenvector")
        Self.expectClose(Centrality.information(one), [0], "information")
        let none = Self.graph(0, [])
        #expect(try Centrality.betweenness(none).isEmpty)
        #expect(try Centrality.closeness(none).isEmpty)
        #expect(Centrality.eigenvector(none).isEmpty)
        #expect(Centrality.information(none) == [])
    }

    /// Directed cycle 0→1→2→0.
    /// Each node is the middle of exactly one of the 6 ordered pairs (1 on 0→2, and so on);
    /// normalised by (n − 1)(n − 2) = 2: 1/2. Incoming distances to any node are 1 and 2:
    /// closeness 2/3, harmonic 3/2. Eigenvector: symmetric, 1/√3. Information uses the
    /// undirected triangle: R = 1 ∥ 2 = 2/3 to each other node, 1 / (4/3) = 3/4.
    @Test func directedCycle() throws {
        let cycle = Self.graph(3, [(0, 1), (1, 2), (2, 0)], directed: true)
        Self.expectClose(try Centrality.betweenness(cycle), [0.5, 0.5, 0.5], "betweenness")
        Self.expectClose(try Centrality.closeness(cycle), [2.0 / 3, 2.0 / 3, 2.0 / 3], "closeness")
        Self.expectClose(try Centrality.harmonic(cycle), [1.5, 1.5, 1.5], "harmonic")
        let third = 1 / 3.0.squareRoot()
        Self.expectClose(Centrality.eigenvector(cycle), [third, third, third], "eigenvector")
        Self.expectClose(Centrality.information(cycle), [0.75, 0.75, 0.75], "information")
    }

    /// Directed path 0→1→2: closeness and harmonic count who reaches a node, not whom it
    /// reaches. Nobody reaches 0: 0 and 0. Node 1 is reached by 0 at 1: closeness
    /// (1/1)·(1/2), harmonic 1. Node 2 by 1 and 0 at 1 and 2: closeness 2/3, harmonic 3/2.
    /// Betweenness: 1 is on 0→2, the only path through anyone, out of 2 ordered pairs: 1/2.
    @Test func directedPathUsesIncomingDistances() throws {
        let path = Self.graph(3, [(0, 1), (1, 2)], directed: true)
        Self.expectClose(try Centrality.closeness(path), [0, 0.5, 2.0 / 3], "closeness")
        Self.expectClose(try Centrality.harmonic(path), [0, 1, 1.5], "harmonic")
        Self.expectClose(try Centrality.betweenness(path), [0, 0.5, 0], "betweenness")
    }

    /// Weighted triangle: 0–1 and 1–2 of weight 1 (length 1), 0–2 of weight 1/4 (length 4),
    /// so the shortest way from 0 to 2 goes through 1.
    /// Betweenness: 1 on the one pair of others: 1. Closeness: node 1 at 1 and 1 from the
    /// others, 2/2; the ends 2 / (1 + 2). Harmonic: 2 for node 1, 1 + 1/2 for the ends.
    /// Information with conductance = weight: R(0, 2) = 2 ∥ 4 = 4/3 and R(0, 1) = 1 ∥ 5 = 5/6,
    /// so 1 / (5/6 + 4/3) = 6/13 at the ends and 1 / (5/6 + 5/6) = 3/5 in the middle.
    /// Eigenvector of [[0, 1, ¼], [1, 0, 1], [¼, 1, 0]]: by symmetry (a, b, a) with
    /// λa = b + a/4 and λb = 2a, so λ² − λ/4 − 2 = 0, b = 2a/λ and 2a² + b² = 1.
    @Test func weightedTriangleTakesTheShortDetour() throws {
        let triangle = Graph(nodeCount: 3, directed: false, weighted: true,
                             edges: [Graph.Edge(0, 1), Graph.Edge(1, 2), Graph.Edge(0, 2, weight: 0.25)])
        Self.expectClose(try Centrality.betweenness(triangle), [0, 1, 0], "betweenness")
        Self.expectClose(try Centrality.closeness(triangle), [2.0 / 3, 1, 2.0 / 3], "closeness")
        Self.expectClose(try Centrality.harmonic(triangle), [1.5, 2, 1.5], "harmonic")
        Self.expectClose(Centrality.information(triangle), [6.0 / 13, 0.6, 6.0 / 13], "information")
        let lambda = (0.25 + (0.0625 + 8).squareRoot()) / 2
        let a = 1 / (2 + 4 / (lambda * lambda)).squareRoot()
        Self.expectClose(Centrality.eigenvector(triangle), [a, 2 * a / lambda, a], "eigenvector")
    }

    /// Two equally short routes share the pair's betweenness: in the square 0–1–2–3–0, the
    /// pair {0, 2} has two shortest paths, so 1 and 3 each get half of it; likewise {1, 3}
    /// for 0 and 2. Each node: 1/2 of a pair, normalised by the 3 pairs of others: 1/6.
    @Test func equalPathsSplitTheCredit() throws {
        let square = Self.graph(4, [(0, 1), (1, 2), (2, 3), (3, 0)])
        Self.expectClose(try Centrality.betweenness(square), [1.0 / 6, 1.0 / 6, 1.0 / 6, 1.0 / 6], "betweenness")
    }

    /// Graphs beyond the limit get no information centrality rather than a huge dense matrix.
    @Test func informationStopsAtItsLimit() {
        let count = Centrality.informationLimit + 1
        let path = Self.graph(count, (1..<count).map { ($0 - 1, $0) })
        #expect(Centrality.information(path) == nil)
    }
}
