import Foundation
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender
import Testing

/// The bundled datasets' binary cache: exact round trips, a new file for new YAML, and
/// never a trap or a wrong answer from a damaged file.
struct DatasetCacheTests {
    static let datasets = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("datasets").path

    /// A copy of the bundled datasets and an empty cache folder, removed afterwards.
    static func scratch() throws -> (folder: String, cache: String, remove: () -> Void) {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("placelab-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let folder = root.appendingPathComponent("datasets").path
        try FileManager.default.copyItem(atPath: datasets, toPath: folder)
        return (folder, root.appendingPathComponent("cache").path, { try? FileManager.default.removeItem(at: root) })
    }

    @Test func codecKnowsEveryFieldOfTheModel() {
        // A field added to Dataset, Column, Provenance or Network must be added to the codec too
        // (until then the cache is off, so nothing is silently dropped).
        #expect(CatalogCodec.shape == CatalogCodec.knownShape)
    }

    @Test func bundledDatasetsRoundTripExactly() throws {
        let loaded = DatasetFolder.load(Self.datasets)
        #expect(loaded.problems.isEmpty)
        let bytes = try #require(CatalogCodec.encode(loaded.entries))
        let decoded = try CatalogCodec.decode(bytes)
        #expect(CatalogCodec.encode(decoded) == bytes)
        #expect(decoded.map(\.name) == loaded.entries.map(\.name))
        for (original, copy) in zip(loaded.entries, decoded) {
            switch (original, copy) {
            case (.table(let a), .table(let b)):
                #expect(a.table() == b.table())
                #expect(a.columns.map(\.provenance) == b.columns.map(\.provenance))
            case (.network(let a), .network(let b)):
                #expect(a.nodes.table() == b.nodes.table() && a.edges.table() == b.edges.table())
                #expect(a.illustrativeNote == b.illustrativeNote && a.directed == b.directed)
            default:
                Issue.record("\(original.name) changed kind")
            }
        }
    }

    @Test func secondLoadComesFromTheCacheAndEditsMakeANewFile() throws {
        let (folder, directory, remove) = try Self.scratch()
        defer { remove() }
        let cache = DatasetCache(directory: directory)
        let first = cache.load(folder)
        #expect(first.problems.isEmpty)
        let path = try #require(cache.cachePath(for: folder))
        #expect(FileManager.default.fileExists(atPath: path))
        let second = cache.load(folder)
        #expect(CatalogCodec.encode(second.entries) == CatalogCodec.encode(first.entries))

        // An edited dataset is read again, not answered from the old file.
        let realms = folder + "/realms.yaml"
        let text = try String(contentsOfFile: realms, encoding: .utf8)
        try (text + "\n# edited\n").write(toFile: realms, atomically: true, encoding: .utf8)
        let edited = try #require(cache.cachePath(for: folder))
        #expect(edited != path)
        _ = cache.load(folder)
        #expect(FileManager.default.fileExists(atPath: edited))
    }

    @Test func damagedCacheFilesAreIgnored() throws {
        let (folder, directory, remove) = try Self.scratch()
        defer { remove() }
        let cache = DatasetCache(directory: directory)
        let good = cache.load(folder)
        let path = try #require(cache.cachePath(for: folder))
        let bytes = [UInt8](try #require(FileManager.default.contents(atPath: path)))
        // Cut short anywhere, or with bytes changed: decoding throws or gives something, never traps.
        var random = Structure.SeededGenerator(seed: 11)
        for cut in stride(from: 0, to: bytes.count, by: max(bytes.count / 200, 1)) {
            #expect(throws: (any Error).self) { _ = try CatalogCodec.decode(Array(bytes.prefix(cut))) }
        }
        for _ in 0..<200 {
            var damaged = bytes
            for _ in 0..<4 { damaged[Int(random.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: random.next()) }
            _ = try? CatalogCodec.decode(damaged)
        }
        // A file that is not a cache at all: the YAML is read instead.
        try Data("not a cache".utf8).write(to: URL(fileURLWithPath: path))
        let reread = cache.load(folder)
        #expect(CatalogCodec.encode(reread.entries) == CatalogCodec.encode(good.entries))
    }
}
