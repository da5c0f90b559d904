import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct DatasetFolderTests {
    private func layout(_ files: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("layout-\(UUID().uuidString)")
        for file in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: url.path, contents: Data()))
        }
        return root
    }

    @Test func anInstalledBinaryFindsItsShareFolder() throws {
        let root = try layout(["bin/placelab", "share/placelab/datasets/sources.yaml"])
        let found = DatasetFolder.locate(explicit: nil, environment: [:], executable: root.appendingPathComponent("bin/placelab").path)
        #expect(found == root.appendingPathComponent("share/placelab/datasets").path)
    }

    @Test func aBuiltBinaryFindsTheCheckoutsDatasets() throws {
        let root = try layout([".build/x86_64-unknown-linux-gnu/release/placelab", "datasets/sources.yaml"])
        let executable = root.appendingPathComponent(".build/x86_64-unknown-linux-gnu/release/placelab").path
        #expect(DatasetFolder.locate(explicit: nil, environment: [:], executable: executable)
                == root.appendingPathComponent("datasets").path)
    }

    @Test func theFlagThenTheEnvironmentWin() throws {
        let root = try layout(["bin/placelab", "share/placelab/datasets/sources.yaml"])
        let executable = root.appendingPathComponent("bin/placelab").path
        #expect(DatasetFolder.locate(explicit: "/mine", environment: ["PLACELAB_DATA": "/env"], executable: executable) == "/mine")
        #expect(DatasetFolder.locate(explicit: nil, environment: ["PLACELAB_DATA": "/env"], executable: executable) == "/env")
    }

    @Test func nothingFoundIsNil() throws {
        let root = try layout(["bin/placelab"])
        #expect(DatasetFolder.locate(explicit: nil, environment: [:], executable: root.appendingPathComponent("bin/placelab").path) == nil)
    }

    @Test func aBrokenFileIsReportedAndTheRestLoad() throws {
        let root = try layout([])
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try "name: good\nkey: id\ncolumns: [{name: id, type: text}]\nrows: [{id: a}]\n"
            .write(to: root.appendingPathComponent("good.yaml"), atomically: true, encoding: .utf8)
        try "name: bad\nkey: id\ncolumns: [{name: id, type: txet}]\nrows: []\n"
            .write(to: root.appendingPathComponent("bad.yaml"), atomically: true, encoding: .utf8)
        let (entries, problems) = DatasetFolder.load(root.path)
        #expect(entries.map(\.name) == ["good"])
        #expect(problems.map(\.message) == ["unknown column type \"txet\""])
        #expect(problems.first?.help == "did you mean \"text\"?")
        #expect(problems.first?.place?.line == 3)
    }
}
