import Foundation
import Testing

/// Keeps the layers pointing one way: a module imports only modules of a lower layer, never a
/// sibling or anything above it (README, "Architecture"). The imports are read from the
/// sources, so a back-arrow fails here with its file and line before it becomes a habit.
@Suite struct ModuleDirectionTests {
    /// Each module's layer: 0 is the bottom. Modules of one layer do not import each other.
    static let layers: [String: Int] = [
        "PlaceLabCore": 0,
        "PlaceLabLanguage": 1, "PlaceLabData": 1, "PlaceLabNetworks": 1,
        "PlaceLabRender": 2,
        "PlaceLab": 3,
        "placelab": 4,
    ]
    /// Folders under Sources that wrap C libraries rather than hold a layer.
    static let systemLibraries: Set<String> = ["CEditLine", "CZlib"]

    static var sources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
    }

    /// The module a line imports, if it is an import (`import X`, `@testable import X`,
    /// `@_exported import X`, `import struct X.Y`).
    static func importedModule(_ line: Substring) -> String? {
        var words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })[...]
        while let first = words.first, first.hasPrefix("@") { words.removeFirst() }
        guard words.popFirst() == "import", var name = words.popFirst() else { return nil }
        if ["struct", "class", "enum", "protocol", "typealias", "func", "let", "var"].contains(name) {
            guard let qualified = words.popFirst() else { return nil }
            name = qualified
        }
        return String(name.split(separator: ".").first ?? name)
    }

    /// "Sources/M/File.swift:3 imports N": every import of a module that is not below `module`.
    static func backArrows(module: String, file: String, text: String) -> [String] {
        guard let layer = layers[module] else { return ["\(file): module \(module) has no layer"] }
        var found: [String] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            guard let imported = importedModule(line), let importedLayer = layers[imported] else { continue }
            if importedLayer >= layer {
                found.append("\(file):\(number + 1): \(module) (layer \(layer)) imports \(imported) (layer \(importedLayer))")
            }
        }
        return found
    }

    @Test func everyModuleFolderHasALayer() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path)
            .filter { !$0.hasPrefix(".") && !Self.systemLibraries.contains($0) }
        #expect(Set(folders) == Set(Self.layers.keys), "a module folder under Sources needs its place in ModuleDirectionTests.layers")
    }

    @Test func noModuleImportsItsLayerOrAbove() throws {
        var offenders: [String] = []
        var scanned: [String: Int] = [:]
        for module in Self.layers.keys {
            let folder = Self.sources.appendingPathComponent(module)
            let walker = try #require(FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil))
            for case let file as URL in walker where file.pathExtension == "swift" {
                scanned[module, default: 0] += 1
                let text = try String(contentsOf: file, encoding: .utf8)
                let path = file.path.replacingOccurrences(of: Self.sources.path + "/", with: "")
                offenders += Self.backArrows(module: module, file: path, text: text)
            }
        }
        #expect(Set(scanned.keys) == Set(Self.layers.keys), "every module's sources were read")
        #expect(offenders.isEmpty, "imports against the layers:\n\(offenders.joined(separator: "\n"))")
    }

    @Test func theScanSeesABackArrow() {
        #expect(Self.backArrows(module: "PlaceLabCore", file: "Value.swift", text: "import Foundation\nimport PlaceLabRender\n")
                == ["Value.swift:2: PlaceLabCore (layer 0) imports PlaceLabRender (layer 2)"])
        #expect(Self.backArrows(module: "PlaceLabData", file: "A.swift", text: "@_exported import PlaceLabNetworks") .count == 1)
        #expect(Self.backArrows(module: "PlaceLabRender", file: "A.swift", text: "import struct PlaceLab.Session").count == 1)
        #expect(Self.backArrows(module: "PlaceLab", file: "A.swift", text: "import PlaceLabCore\nimport Yams\n// import placelab").isEmpty)
    }
}
