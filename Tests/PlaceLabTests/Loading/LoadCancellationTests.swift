import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData

/// Ctrl-C during a load stops the reader within a line or element of the file: every reader
/// checks `Cancellation.current` in its loop over the file, not only before or after it.
@Suite struct LoadCancellationTests {
    /// A file in each format with `count` ties among `count` nodes, and how `load` reads it.
    struct Sample: CustomTestStringConvertible, Sendable {
        var name: String
        var format: DataFileFormat?
        var text: @Sendable (Int) -> String
        var testDescription: String { name }
    }

    static let samples: [Sample] = [
        Sample(name: "edges.csv", format: nil) { n in
            "source,target\n" + (0..<n).map { "n\($0),n\(($0 * 7 + 1) % n)\n" }.joined()
        },
        Sample(name: "table.csv", format: .csv) { n in
            "id,value\n" + (0..<n).map { "\($0),\(Double($0) / 3)\n" }.joined()
        },
        Sample(name: "table.json", format: .json) { n in
            "[" + (0..<n).map { "{\"id\": \($0), \"name\": \"n\($0)\"}" }.joined(separator: ",\n") + "]"
        },
        Sample(name: "table.jsonl", format: .jsonl) { n in
            (0..<n).map { "{\"id\": \($0)}\n" }.joined()
        },
        Sample(name: "ties.graphml", format: nil) { n in
            "<graphml><graph edgedefault=\"undirected\">\n"
                + (0..<n).map { "<node id=\"n\($0)\"/>\n" }.joined()
                + (0..<n).map { "<edge source=\"n\($0)\" target=\"n\(($0 + 1) % n)\"/>\n" }.joined()
                + "</graph></graphml>\n"
        },
        Sample(name: "ties.gexf", format: nil) { n in
            "<gexf><graph defaultedgetype=\"undirected\"><nodes>\n"
                + (0..<n).map { "<node id=\"n\($0)\"/>\n" }.joined() + "</nodes><edges>\n"
                + (0..<n).map { "<edge source=\"n\($0)\" target=\"n\(($0 + 1) % n)\"/>\n" }.joined()
                + "</edges></graph></gexf>\n"
        },
        Sample(name: "ties.dot", format: nil) { n in
            "graph {\n" + (0..<n).map { "n\($0) -- n\(($0 + 1) % n)\n" }.joined() + "}\n"
        },
        Sample(name: "ties.gml", format: nil) { n in
            "graph [\n" + (0..<n).map { "node [ id \($0) ]\n" }.joined()
                + (0..<n).map { "edge [ source \($0) target \(($0 + 1) % n) ]\n" }.joined() + "]\n"
        },
        Sample(name: "ties.net", format: nil) { n in
            "*Vertices \(n)\n*Edges\n" + (1...n).map { "\($0) \($0 % n + 1)\n" }.joined()
        },
        Sample(name: "ties.dl", format: nil) { n in
            "dl n=\(n) format=edgelist1\ndata:\n" + (1...n).map { "\($0) \($0 % n + 1)\n" }.joined()
        },
    ]

    static let size = 20_000

    private func write(_ sample: Sample) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placelab-cancel-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(sample.name).path
        try sample.text(Self.size).write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    private func request(_ sample: Sample, _ path: String) -> ReadRequest {
        ReadRequest(path: path, name: "sample", format: sample.format, nodesPath: nil, directed: false,
                    options: LoadOptions())
    }

    /// Stopping asked for at the 100th check (a hundred lines or elements in) ends the read
    /// with `Interrupted` at the next check, long before the file's 20,000 lines are through.
    @Test(arguments: LoadCancellationTests.samples)
    func aReaderStopsPartWayThroughTheFile(_ sample: Sample) throws {
        let path = try write(sample)
        let trip = CancellationTrip(after: 100)
        #expect(throws: Interrupted.self) {
            try Cancellation.$current.withValue(trip.cancellation) {
                _ = try ExternalFormats.read(request(sample, path))
            }
        }
        #expect(trip.checkCount < Self.size / 2, "checked \(trip.checkCount) times after the stop was asked for")
        #expect(try #require(trip.sinceTripped) < .seconds(1))
    }

    /// Without a stop the same files load whole: the checks change nothing else.
    @Test(arguments: LoadCancellationTests.samples)
    func withoutAStopTheFileLoadsWhole(_ sample: Sample) throws {
        let path = try write(sample)
        let trip = CancellationTrip()
        let entry = try Cancellation.$current.withValue(trip.cancellation) {
            try ExternalFormats.read(request(sample, path))
        }
        switch entry {
        case .table(let dataset): #expect(dataset.rowCount == Self.size)
        case .network(let network): #expect(network.edges.rowCount == Self.size)
        }
        #expect(trip.checkCount >= Self.size, "only \(trip.checkCount) checks for \(Self.size) lines")
    }

    /// Through the session, as Ctrl-C reaches it: the load reports "interrupted", fails, and
    /// leaves no half-read dataset behind.
    @Test func anInterruptedLoadLeavesNothingLoaded() throws {
        let path = try write(Self.samples[0])
        let console = BufferConsole()
        let session = Session(settings: SessionSettings(mode: .csv), console: console)
        let trip = CancellationTrip(after: 1_000)
        session.isInterrupted = { trip.isRequested }
        let outcome = session.run(SourceText(name: "<test>", text: "load network \(path) as big"))
        #expect(!outcome.succeeded)
        #expect(console.reports == "interrupted\n")
        #expect(session.catalog["big"] == nil)
        #expect(try #require(trip.sinceTripped) < .seconds(1))
    }
}
