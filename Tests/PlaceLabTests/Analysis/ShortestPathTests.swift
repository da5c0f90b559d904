import Testing
import PlaceLab
import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage
import PlaceLabNetworks
import PlaceLabRender

/// Every shortest path between two nodes, on graphs small enough to list by hand.
@Suite struct ShortestPathTests {
    /// The square 0–1–3, 0–2–3.
    let square = TieList.graph(4, [(0, 1), (1, 3), (0, 2), (2, 3)])

    @Test func allPathsInOrder() {
        #expect(Structure.shortestPaths(square, from: 0, to: 3) == [[0, 1, 3], [0, 2, 3]])
        #expect(Structure.shortestPaths(square, from: 3, to: 0) == [[3, 1, 0], [3, 2, 0]])
        #expect(Structure.shortestPaths(square, from: 0, to: 3, limit: 1) == [[0, 1, 3]])
        #expect(Structure.shortestPaths(square, from: 1, to: 1) == [[1]])
    }

    @Test func unreachable() {
        // Arcs 0→1→2 only: nothing leads back, and node 3 is alone.
        let chain = TieList.graph(4, directed: true, [(0, 1), (1, 2)])
        #expect(Structure.shortestPaths(chain, from: 0, to: 2) == [[0, 1, 2]])
        #expect(Structure.shortestPaths(chain, from: 2, to: 0) == [])
        #expect(Structure.shortestPaths(chain, from: 0, to: 3) == [])
    }

    @Test func weightsAreClosenessSoDistanceIsTheirInverse() {
        // 0–1–3 with weights 1, 1 is 2 long; 0–2–3 with 2 and 0.5 is 0.5 + 2 = 2.5; the direct
        // tie 0–3 of weight 0.4 is 2.5 long. The strong route wins despite its extra step.
        let graph = TieList.weighted(4, [(0, 1, 1), (1, 3, 1), (0, 2, 2), (2, 3, 0.5), (0, 3, 0.4)])
        #expect(Structure.shortestPaths(graph, from: 0, to: 3) == [[0, 1, 3]])
    }

    @Test func lengthsEqualBeyondRoundingTie() {
        // 1/10 + 1/5 sums to 0.30000000000000004 while 1 / (1/0.3) is 0.3: equal lengths in
        // exact arithmetic, so both routes are shortest (NetworkX, comparing exactly, keeps one).
        let graph = TieList.weighted(3, [(0, 1, 10), (1, 2, 5), (0, 2, 1 / 0.3)])
        #expect(Structure.shortestPaths(graph, from: 0, to: 2) == [[0, 1, 2], [0, 2]])
    }

    @Test func nonPositiveWeightsCarryNoPath() {
        let graph = TieList.weighted(3, [(0, 1, 0), (1, 2, 1), (0, 2, -1)])
        #expect(Structure.shortestPaths(graph, from: 0, to: 2) == [])
        #expect(Structure.shortestPaths(graph, from: 1, to: 2) == [[1, 2]])
    }

    @Test func manyPathsStopAtTheLimitInSortedOrder() {
        // 30 diamonds in a row: 2^30 shortest paths of 61 nodes from 0 to the end. Only the first 100 in
        // index order come back, found without listing the rest.
        var ties: [(Int, Int)] = []
        for diamond in 0..<30 {
            let start = diamond * 3
            ties += [(start, start + 1), (start, start + 2), (start + 1, start + 3), (start + 2, start + 3)]
        }
        let graph = TieList.graph(91, ties)
        let paths = Structure.shortestPaths(graph, from: 0, to: 90)
        #expect(paths.count == 100)
        #expect(paths.allSatisfy { path in path.count == 61 && path.first == 0 && path.last == 90 })
        #expect(paths == paths.sorted { $0.lexicographicallyPrecedes($1) })
        #expect(Set(paths).count == 100)
        // The first takes the lower side of every diamond: 0, 1, 3, 4, 6, …
        var lowest = [0]
        for diamond in 0..<30 { lowest += [diamond * 3 + 1, diamond * 3 + 3] }
        #expect(paths[0] == lowest)
        #expect(Structure.shortestPaths(graph, from: 0, to: 90, limit: 0) == [])
    }
}
