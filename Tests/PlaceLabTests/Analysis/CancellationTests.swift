import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// The long searches of `network NAME summary` stop when their checkpoint throws (Ctrl-C).
@Suite struct CancellationTests {
    struct Stop: Error {}

    /// A ring of `count` nodes with chords: connected, so every search has work to do.
    private func ring(_ count: Int) -> Graph {
        TieList.graph(count, (0..<count).map { ($0, ($0 + 1) % count) } + (0..<count / 3).map { ($0 * 3, ($0 * 7 + 11) % count) })
    }

    @Test func diameterAndLouvainCallTheirCheckpointAndStop() {
        let graph = ring(3_000)
        var calls = 0
        #expect(throws: Stop.self) {
            try Structure.diameter(graph) { calls += 1; if calls == 3 { throw Stop() } }
        }
        #expect(calls == 3)
        calls = 0
        #expect(throws: Stop.self) {
            try Structure.louvain(graph) { calls += 1; if calls == 2 { throw Stop() } }
        }
        #expect(calls == 2)
    }

    @Test func theSummaryStopsAtItsCheckpoint() {
        #expect(throws: Stop.self) {
            try NetworkSummary.rows(ring(500), layers: nil, realms: nil) { throw Stop() }
        }
        // Without a stop, the checkpoint changes nothing.
        let plain = NetworkSummary.rows(ring(60), layers: nil, realms: nil, checkpoint: {})
        #expect(plain.first { $0.0 == "diameter" }?.1 == .integer(Structure.diameter(ring(60))))
    }
}
