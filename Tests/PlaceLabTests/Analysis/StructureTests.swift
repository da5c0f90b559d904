import Testing
import PlaceLab
import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage
import PlaceLabNetworks
import PlaceLabRender

private func close(_ a: Double?, _ b: Double) -> Bool { a.map { abs($0 - b) <= 1e-12 } ?? false }

/// Small graphs whose values are worked out by hand in the comments.
@Suite struct StructureTests {
    /// Triangle 0-1-2 with a tail 2-3-4 and an isolate 5.
    let tailedTriangle = TieList.graph(6, [(0, 1), (1, 2), (0, 2), (2, 3), (3, 4)])

    @Test func coreNumbers() {
        // Peeling: 5 (degree 0) → core 0; 4 (degree 1) then 3 (down to 1) → core 1; the
        // triangle keeps degree 2 among itself → core 2.
        #expect(Structure.coreNumbers(tailedTriangle) == [2, 2, 2, 1, 1, 0])
        // Directed, in+out degree: 0↔1 counts 2 for each end, 1→2 gives 2 degree 1. Peel 2
        // (core 1); 0 and 1 keep degree 2 each → core 2.
        #expect(Structure.coreNumbers(TieList.graph(3, directed: true, [(0, 1), (1, 0), (1, 2)])) == [2, 2, 1])
        #expect(Structure.coreNumbers(TieList.graph(0, [])) == [])
    }

    @Test func clusteringUndirected() {
        // 0 and 1: their two neighbours are tied → 1. 2: neighbours 0, 1, 3, one tie of three
        // pairs → 1/3. 3: neighbours 2 and 4 untied → 0. Average over six nodes: (7/3) / 6.
        let values = Structure.clustering(tailedTriangle)
        #expect(close(values[0], 1) && close(values[1], 1) && close(values[2], 1.0 / 3))
        #expect(values[3] == 0 && values[4] == 0 && values[5] == 0)
        #expect(close(Structure.averageClustering(tailedTriangle), 7.0 / 18))
    }

    @Test func clusteringWeighted() {
        // Weights 1, 2, 4 on the triangle and 8 on the tail: normalised by the largest (8) they
        // are 1/8, 1/4, 1/2, whose geometric mean is 1/4. Node 0 (two neighbours): 1/4. Node 2
        // (three neighbours, one possible triangle of three): 1/4 · 1/3 = 1/12.
        let graph = TieList.weighted(4, [(0, 1, 1), (1, 2, 2), (0, 2, 4), (2, 3, 8)])
        let values = Structure.clustering(graph)
        #expect(close(values[0], 0.25) && close(values[1], 0.25) && close(values[2], 1.0 / 12))
        #expect(values[3] == 0)
    }

    @Test func clusteringDirected() {
        // A 3-cycle 0→1→2→0: each node has in+out degree 2, none reciprocated; with s = A + Aᵀ
        // the closed walks are t = Σ_jk s_ij s_jk s_ki = 2, so c = 2 / (2 · (2·1 − 0)) = 1/2.
        let cycle = Structure.clustering(TieList.graph(3, directed: true, [(0, 1), (1, 2), (2, 0)]))
        #expect(cycle.allSatisfy { close($0, 0.5) })
        // Every arc both ways: s = 2 everywhere, t = 2 · 2³ = 16; degree 4 with 2 reciprocated
        // gives 2 · (4·3 − 4) = 16, so c = 1.
        let full = Structure.clustering(TieList.graph(3, directed: true, [(0, 1), (1, 0), (1, 2), (2, 1), (2, 0), (0, 2)]))
        #expect(full.allSatisfy { close($0, 1) })
    }

    @Test func constraint() {
        // Star, centre 0: each leaf holds 1/3 of its ties and the leaves are not tied, so
        // 3 · (1/3)² = 1/3. A leaf's single contact takes everything: 1. Isolate 4: none.
        let star = Structure.constraint(TieList.graph(5, [(0, 1), (0, 2), (0, 3)]))
        #expect(close(star[0], 1.0 / 3) && close(star[1], 1) && close(star[3], 1))
        #expect(star[4] == nil)
        // Triangle: p = 1/2 direct plus 1/2 · 1/2 through the third node → (3/4)² twice = 9/8.
        let triangle = Structure.constraint(TieList.graph(3, [(0, 1), (1, 2), (0, 2)]))
        #expect(triangle.allSatisfy { close($0, 9.0 / 8) })
        // Weighted path a–b–c with weights 3 and 1: b's shares are 3/4 and 1/4 → 9/16 + 1/16.
        let path = Structure.constraint(TieList.weighted(3, [(0, 1, 3), (1, 2, 1)]))
        #expect(close(path[1], 10.0 / 16))
        // Directed: a node with only an incoming tie is no isolate; its one contact takes all.
        let arc = Structure.constraint(TieList.graph(2, directed: true, [(0, 1)]))
        #expect(close(arc[0], 1) && close(arc[1], 1))
    }

    /// Triangles {0,1,2} and {3,4,5} joined by the tie 2–3.
    let twoTriangles = [(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)]

    @Test func modularity() {
        // m = 7; each triangle holds 3 ties and degree total 7: Q = 2 · (3/7 − (7/14)²) = 5/14.
        let graph = TieList.graph(6, twoTriangles)
        #expect(close(Structure.modularity(graph, communities: [0, 0, 0, 1, 1, 1]), 5.0 / 14))
        #expect(close(Structure.modularity(graph, communities: [7, 7, 7, -2, -2, -2]), 5.0 / 14))
        // One community: all ties inside, expected share 1 → 0.
        #expect(close(Structure.modularity(graph, communities: [Int](repeating: 0, count: 6)), 0))
        // Weighted bridge of 3: m = 9, each side's strength 2 + 2 + 5 = 9: 2 · (3/9 − (9/18)²) = 1/6.
        let weighted = TieList.weighted(6, twoTriangles.map { $0 == (2, 3) ? ($0.0, $0.1, 3) : ($0.0, $0.1, 1) })
        #expect(close(Structure.modularity(weighted, communities: [0, 0, 0, 1, 1, 1]), 1.0 / 6))
        // Directed cycles 0→1→2→0 and 3→4→5→3 plus 2→3: m = 7; out/in totals 4/3 and 3/4:
        // Q = 2 · 3/7 − (4·3 + 3·4)/49 = 18/49.
        let directed = TieList.graph(6, directed: true, [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3), (2, 3)])
        #expect(close(Structure.modularity(directed, communities: [0, 0, 0, 1, 1, 1]), 18.0 / 49))
        #expect(Structure.modularity(TieList.graph(3, []), communities: [0, 1, 2]) == 0)
    }

    @Test func louvainFindsPlantedCommunities() {
        // Two triangles: any seed joins each triangle; equal sizes, so node 0's is number 0.
        let graph = TieList.graph(6, twoTriangles)
        for seed in UInt64(0)..<8 {
            #expect(Structure.louvain(graph, seed: seed) == [0, 0, 0, 1, 1, 1])
        }
        // A ring of four 4-cliques, each tied to the next by one tie: the cliques, with
        // Q = 4 · (6/28 − (14/56)²) = 17/28.
        var ties: [(Int, Int)] = []
        for clique in 0..<4 {
            let base = clique * 4
            for a in 0..<4 { for b in (a + 1)..<4 { ties.append((base + a, base + b)) } }
            ties.append((base + 3, (base + 4) % 16))
        }
        let ring = TieList.graph(16, ties)
        let communities = Structure.louvain(ring, seed: 7)
        #expect(communities == (0..<16).map { $0 / 4 })
        #expect(close(Structure.modularity(ring, communities: communities), 17.0 / 28))
    }

    @Test func louvainEdgeCases() {
        #expect(Structure.louvain(TieList.graph(0, [])) == [])
        // No ties: every node alone, numbered by index (all of size 1).
        #expect(Structure.louvain(TieList.graph(3, [])) == [0, 1, 2])
        // The bigger community is number 0 even when it does not hold node 0.
        let graph = TieList.graph(7, [(0, 1), (2, 3), (3, 4), (2, 4), (4, 5), (5, 2), (3, 5), (6, 2)])
        let communities = Structure.louvain(graph)
        #expect(communities[2] == 0 && communities[0] == communities[1] && communities[0] != 0)
    }

    @Test func components() {
        // Directed 1→3 and 5→4 join their ends weakly; 0 and 2 stand alone.
        let graph = TieList.graph(6, directed: true, [(1, 3), (5, 4)])
        #expect(Structure.components(graph) == [0, 1, 2, 1, 3, 3])
        #expect(Structure.components(tailedTriangle) == [0, 0, 0, 0, 0, 1])
    }

    @Test func articulationPoints() {
        // Path 0–1–2 into triangle 2–3–4, and a separate pair 5–6: removing 1 cuts off 0,
        // removing 2 separates {0,1} from {3,4}; nothing else disconnects anything.
        let ties = [(0, 1), (1, 2), (2, 3), (3, 4), (4, 2), (5, 6)]
        #expect(Structure.articulationPoints(TieList.graph(7, ties)) == [1, 2])
        // Directions do not matter: the same ties with 1's both pointing at it.
        let directed = TieList.graph(7, directed: true, [(0, 1), (2, 1), (2, 3), (3, 4), (4, 2), (6, 5)])
        #expect(Structure.articulationPoints(directed) == [1, 2])
        // A reciprocated pair is one tie: 0↔1, 1↔2 still makes 1 the only cut point.
        #expect(Structure.articulationPoints(TieList.graph(3, directed: true, [(0, 1), (1, 0), (1, 2), (2, 1)])) == [1])
        // A search root with two subtrees: the star's centre.
        #expect(Structure.articulationPoints(TieList.graph(4, [(0, 1), (0, 2), (0, 3)])) == [0])
        // A chain of 20,000 nodes: every inner node cuts, and the walk needs no deep recursion.
        let chain = TieList.graph(20_000, (0..<19_999).map { ($0, $0 + 1) })
        #expect(Structure.articulationPoints(chain) == Array(1..<19_999))
    }

    @Test func diameter() {
        #expect(Structure.diameter(TieList.graph(4, [(0, 1), (1, 2), (2, 3)])) == 3)
        // Directed 4-cycle: going round from 0 to 3 takes 3 steps (its undirected version: 2).
        #expect(Structure.diameter(TieList.graph(4, directed: true, [(0, 1), (1, 2), (2, 3), (3, 0)])) == 3)
        // Not strongly connected: only pairs that reach each other count (0→1→2: 2).
        #expect(Structure.diameter(TieList.graph(3, directed: true, [(0, 1), (1, 2)])) == 2)
        // Disconnected: a path of 3 and a pair; the longest reachable distance is 2.
        #expect(Structure.diameter(TieList.graph(5, [(0, 1), (1, 2), (3, 4)])) == 2)
        // Weights do not shorten steps.
        #expect(Structure.diameter(TieList.weighted(3, [(0, 1, 10), (1, 2, 0.1)])) == 2)
        #expect(Structure.diameter(TieList.graph(3, [])) == 0)
    }

    @Test func boundedDiameterMatchesSearchingFromEveryNode() {
        // Undirected graphs take the eccentricity-bound shortcut; the same ties stored as arcs
        // both ways take the search from every node. Sparse random graphs (trees, chains,
        // several components) must agree exactly.
        var state: UInt64 = 2024
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<60 {
            let count = 2 + next(80)
            let ties = (0..<(count / 2 + next(2 * count))).map { _ in (next(count), next(count)) }
            let undirected = TieList.graph(count, ties)
            let bothWays = TieList.graph(count, directed: true, ties + ties.map { ($0.1, $0.0) })
            #expect(Structure.diameter(undirected) == Structure.diameter(bothWays))
        }
    }

    @Test func density() {
        // 3 of 4·3/2 = 6 possible undirected ties; 2 of 3·2 = 6 possible arcs.
        #expect(Structure.density(TieList.graph(4, [(0, 1), (1, 2), (2, 3)])) == 0.5)
        #expect(close(Structure.density(TieList.graph(3, directed: true, [(0, 1), (1, 0)])), 1.0 / 3))
        #expect(Structure.density(TieList.graph(1, [])) == 0)
    }
}
