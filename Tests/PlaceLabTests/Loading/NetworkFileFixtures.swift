import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// A fresh folder for one test's files.
struct TestFolder {
    let path: String

    init(_ label: String = "network-files") {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` in the folder and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let file = self.path + "/" + name
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        return file
    }

    func file(_ name: String) -> String { path + "/" + name }

    func read(_ name: String) throws -> String { try String(contentsOfFile: file(name), encoding: .utf8) }
}

/// The diagnostic `body` throws; a test failure when it throws none or something else.
func thrownDiagnostic<T>(_ body: () throws -> T) -> Diagnostic? {
    do {
        let result = try body()
        Issue.record("expected an error, got \(result)")
        return nil
    } catch let error as Diagnostic {
        return error
    } catch {
        Issue.record("expected a Diagnostic, got \(error)")
        return nil
    }
}

extension Dataset {
    /// A column's values by name; empty when there is no such column.
    func cells(_ name: String) -> [Value] { column(named: name)?.values ?? [] }
    var columnNames: [String] { columns.map(\.name) }
}

extension Network {
    /// The edges as `source→target` strings, for compact expectations.
    var arrows: [String] {
        zip(edges.cells("source"), edges.cells("target")).map { "\($0.plainText)→\($1.plainText)" }
    }
}

/// The package's root folder, for the bundled datasets.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// A bundled network, read from `datasets/networks`.
func bundledNetwork(_ name: String) throws -> Network {
    let path = packageRoot.appendingPathComponent("datasets/networks/\(name).yaml").path
    guard case .network(let network) = try BundledReader.read(path: path) else {
        throw Diagnostic("\(name) is not a network")
    }
    return network
}
