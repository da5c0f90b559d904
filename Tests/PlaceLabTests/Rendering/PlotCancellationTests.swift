import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Ctrl-C during `plot network` on a large network stops it within a second, whichever part
/// it is in: measures, layout, spacing or labels.
@Suite struct PlotCancellationTests {
    static let size = 20_000
    private let frame = NetworkLayout.Frame(left: 0, top: 0, width: 800, height: 600)

    private var ring: Graph {
        TieList.graph(Self.size, (0..<Self.size).map { ($0, ($0 + 1) % Self.size) })
    }

    struct Stop: Error {}

    /// The layout looks before each step and every 4,096 nodes within one, so the third look
    /// comes part way through the first step, and it stops there.
    @Test func theLayoutStopsAtItsCheckpoint() {
        var calls = 0
        var stoppedAt: ContinuousClock.Instant?
        #expect(throws: Stop.self) {
            _ = try NetworkLayout.force(ring, in: frame, checkpoint: {
                calls += 1
                if calls == 3 { stoppedAt = .now; throw Stop() }
            })
        }
        #expect(calls == 3)
        #expect(ContinuousClock.now - stoppedAt! < .seconds(1))
    }

    @Test func spacingTheNodesStopsAtItsCheckpoint() {
        let points = (0..<Self.size).map { NetworkLayout.Point(Double($0 % 200) * 4, Double($0 / 200) * 6) }
        var calls = 0
        #expect(throws: Stop.self) {
            _ = try NetworkLayout.separate(points, radii: [Double](repeating: 5, count: points.count), padding: 10,
                                           in: frame, checkpoint: { calls += 1; if calls == 2 { throw Stop() } })
        }
        #expect(calls == 2)
    }

    /// The whole command, with Ctrl-C half a second in: it fails with "interrupted" within a
    /// second of the key, and writes no figure.
    @Test func plotNetworkOnATwentyThousandNodeRingStopsWithinASecond() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placelab-plot-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let edges = folder.appendingPathComponent("ring.csv").path
        try ("source,target\n" + (0..<Self.size).map { "v\($0),v\(($0 + 1) % Self.size)\n" }.joined())
            .write(toFile: edges, atomically: false, encoding: .utf8)
        let figure = folder.appendingPathComponent("ring.svg").path
        let console = BufferConsole()
        let session = Session(settings: SessionSettings(mode: .csv), console: console)
        #expect(session.run(SourceText(name: "<test>", text: "load network \(edges) as ring")).succeeded)
        let trip = CancellationTrip()
        session.isInterrupted = { trip.isRequested }
        // A thread of its own, as a signal would come: the measures keep Dispatch's threads busy.
        Thread {
            Thread.sleep(forTimeInterval: 0.5)
            trip.trip()
        }.start()
        let outcome = session.run(SourceText(name: "<test>", text: "plot network ring to \(figure)"))
        let late = try #require(trip.sinceTripped, "the plot ended before Ctrl-C")
        #expect(late < .seconds(1), "stopped \(late) after Ctrl-C")
        #expect(!outcome.succeeded)
        #expect(console.reports.hasSuffix("interrupted\n"))
        #expect(!FileManager.default.fileExists(atPath: figure))
    }
}
