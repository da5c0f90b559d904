import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct RoleRulesTests {
    /// Two stars of four leaves whose centres C1 and C2 are joined through a broker B:
    ///
    ///     a0..a3 — C1 — B — C2 — b0..b3
    ///
    /// Degrees: C1 = C2 = 5, B = 2, leaves 1; mean 20/11 ≈ 1.82, sd ≈ 1.53, so hubs need ≥ 3.34:
    /// C1 and C2. Betweenness (NetworkX, normalised): B 0.556, C1 = C2 0.667, leaves 0; the
    /// threshold 0.453 makes all three gatekeepers, and they are the cut points too. Closeness:
    /// B 10/18 = 0.556 against 0.414 predicted by its degree on the least-squares line (residual
    /// 0.142 ≥ 0.045), so B, not a hub, is a pulsetaker; the centres' residuals are negative.
    private func twoStars() -> (Graph, broker: Int, centres: [Int]) {
        // 0 = B, 1 = C1, 2 = C2, 3...6 = a0..a3, 7...10 = b0..b3
        var edges = [Graph.Edge(0, 1), Graph.Edge(0, 2)]
        edges += (3...6).map { Graph.Edge(1, $0) } + (7...10).map { Graph.Edge(2, $0) }
        return (Graph(nodeCount: 11, directed: false, weighted: false, edges: edges), 0, [1, 2])
    }

    @Test func theTwoStarsHaveHubsGatekeepersAndAPulsetaker() throws {
        let (graph, broker, centres) = twoStars()
        var metrics = NodeMetrics(graph: graph)
        let verdicts = try metrics.verdicts()
        #expect(verdicts[broker].roles == ["gatekeeper", "pulsetaker"])
        for centre in centres { #expect(verdicts[centre].roles == ["hub", "gatekeeper"]) }
        for leaf in 3...10 { #expect(verdicts[leaf].roles.isEmpty) }
        #expect(verdicts[broker].isCutPoint)
        #expect(abs(verdicts[broker].closeness - 10.0 / 18) < 1e-12)
    }

    @Test func thresholdsAreTheMeanPlusOneDeviation() {
        let (graph, _, _) = twoStars()
        let reach = (0..<graph.nodeCount).map { Double(graph.outDegree($0)) }
        let limits = RoleRules.thresholds(reach: reach, betweenness: Array(repeating: 0, count: 11),
                                          closeness: Array(repeating: 0.5, count: 11))
        #expect(abs(limits.hubReach - 3.344805056704242) < 1e-12)
        #expect(limits.gatekeeperBetweenness == 0)
        #expect(abs(limits.pulsetakerResidual) < 1e-12)
    }

    @Test func aNetworkWhereEveryoneIsAlikeHasNoRoles() throws {
        // A cycle of six: every degree, betweenness and closeness is the same, and no cut point.
        let graph = Graph(nodeCount: 6, directed: false, weighted: false,
                          edges: (0..<6).map { Graph.Edge($0, ($0 + 1) % 6) })
        var metrics = NodeMetrics(graph: graph)
        #expect(try metrics.verdicts().allSatisfy(\.roles.isEmpty))
    }

    @Test func directedNetworksJudgeHubsByInDegree() throws {
        // Everyone turns to node 0; node 0 turns to nobody: in-degree 4, out-degree 0.
        let graph = Graph(nodeCount: 5, directed: true, weighted: false, edges: (1...4).map { Graph.Edge($0, 0) })
        var metrics = NodeMetrics(graph: graph)
        let verdicts = try metrics.verdicts()
        #expect(verdicts[0].reach == 4)
        #expect(verdicts[0].roles.first == "hub")
        #expect(verdicts[1...].allSatisfy { !$0.roles.contains("hub") })
    }

    @Test func leastSquaresFitsALineAndFallsBackToTheMean() {
        let line = RoleRules.leastSquares(x: [1, 2, 3], y: [2, 4, 6])
        #expect(abs(line.slope - 2) < 1e-12 && abs(line.intercept) < 1e-12)
        let flat = RoleRules.leastSquares(x: [2, 2], y: [1, 3])
        #expect(flat.slope == 0 && flat.intercept == 2)
    }

    @Test func onlyTheMeasuresAskedForAreComputed() throws {
        let (graph, _, _) = twoStars()
        var metrics = NodeMetrics(graph: graph, cancel: { true })
        // Degree needs no search, so a cancelled run still gives it...
        #expect(try metrics.values("degree").count == 11)
        // ...while betweenness polls the cancel check and stops.
        #expect(throws: Interrupted.self) { try metrics.values("betweenness") }
    }
}

@Suite struct CoreGroupTests {
    @Test func theCoreGroupIsInTheMainCoreOfMostRelations() {
        // Three relation types over five nodes. A triangle 0-1-2 in every type; node 3 joins
        // the triangle in one type only (a 3-core there); node 4 hangs off node 0 in one type.
        let triangle = [Graph.Edge(0, 1), Graph.Edge(1, 2), Graph.Edge(0, 2)]
        let first = Graph(nodeCount: 5, directed: false, weighted: false,
                          edges: triangle + [Graph.Edge(3, 0), Graph.Edge(3, 1), Graph.Edge(3, 2)])
        let second = Graph(nodeCount: 5, directed: false, weighted: false, edges: triangle + [Graph.Edge(4, 0)])
        let third = Graph(nodeCount: 5, directed: false, weighted: false, edges: triangle)
        let union = Graph(nodeCount: 5, directed: false, weighted: false,
                          edges: triangle + [Graph.Edge(3, 0), Graph.Edge(3, 1), Graph.Edge(3, 2), Graph.Edge(4, 0)])
        let members = CoreGroup.members(relations: [first, second, third], union: union)
        // In the first type the main core is the 3-core {0,1,2,3}; in the others the 2-core {0,1,2}.
        #expect(members.map(\.mainCoreIn) == [3, 3, 3, 1, 0])
        #expect(members.map(\.inCoreGroup) == [true, true, true, false, false])
        #expect(members.map(\.relationsPresent) == [3, 3, 3, 1, 1])
        #expect(members.map(\.coreNumber) == [3, 3, 3, 3, 1])
    }
}
