import Foundation
import Testing
@testable import PlaceLab

/// The bundled datasets load cleanly, and every value in them is honest about where it comes from.
@Suite struct BundledDatasetsTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let folder = root.appendingPathComponent("datasets").path
    static let seeds = root.deletingLastPathComponent().appendingPathComponent("shared/seeds").path
    static let loaded = DatasetFolder.load(folder)

    @Test func everyFileLoadsWithoutProblems() {
        #expect(BundledDatasetsTests.loaded.problems.map { DiagnosticFormatter(style: .plain).format($0) } == [])
        let names = Set(BundledDatasetsTests.loaded.entries.map(\.name))
        for expected in ["cases", "realms", "zones", "lifecycle", "triangle", "layers", "vehicle_roles", "actions",
                         "factors", "clusters", "coproduction", "sources", "glossary", "sna_locality"] {
            #expect(names.contains(expected), "missing dataset \(expected)")
        }
    }

    /// Every non-key value carries provenance; inferred ones say why; illustrative ones are in networks.
    @Test func everyValueHasProvenance() {
        for dataset in BundledDatasetsTests.allDatasets() {
            for column in dataset.columns where column.name != dataset.key {
                for (row, value) in column.values.enumerated() where !value.isNull {
                    let origin = column.provenance?[row]
                    #expect(origin != nil, "\(dataset.origin) \(column.name) row \(row + 1) has no provenance")
                    if let origin, origin.basis == .inferred {
                        #expect(!(origin.note ?? "").isEmpty, "\(dataset.origin) \(column.name) row \(row + 1): inferred without a note")
                    }
                }
            }
        }
    }

    /// Every quote stands word for word in the seed it names (white space folded).
    @Test(.enabled(if: FileManager.default.fileExists(atPath: BundledDatasetsTests.seeds),
                   "the seed documents (../shared/seeds) are not beside this checkout"))
    func everyQuoteIsVerbatimInItsSource() throws {
        var seeds: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: BundledDatasetsTests.seeds) {
            let text = try String(contentsOfFile: BundledDatasetsTests.seeds + "/" + name, encoding: .utf8)
            seeds[name] = BundledDatasetsTests.fold(text)
        }
        var checked = 0
        for dataset in BundledDatasetsTests.allDatasets() {
            for column in dataset.columns {
                for origin in (column.provenance ?? []).compactMap({ $0 }) {
                    let seed = seeds[origin.source]
                    #expect(seed != nil, "\(dataset.origin): unknown source \(origin.source)")
                    #expect(seed?.contains(BundledDatasetsTests.fold(origin.quote)) ?? false,
                            "\(dataset.origin) \(column.name): quote not in \(origin.source): \(origin.quote)")
                    checked += 1
                }
            }
        }
        #expect(checked > 500)
    }

    /// Networks the seeds only describe in words say so wherever they are shown.
    @Test func illustrativeNetworksCarryTheirNote() {
        for entry in BundledDatasetsTests.loaded.entries {
            guard case .network(let network) = entry else { continue }
            #expect(network.isIllustrative, "\(network.name) should be marked illustrative")
            #expect(network.nodes.table().notes.contains { $0.hasPrefix("illustrative network:") })
            #expect(network.edges.table().notes.contains { $0.hasPrefix("illustrative network:") })
        }
    }

    @Test func casesAreFoundByTheirAliases() throws {
        guard case .table(let cases)? = BundledDatasetsTests.loaded.entries.first(where: { $0.name == "cases" }) else {
            Issue.record("no cases dataset")
            return
        }
        let aliases = try #require(cases.column(named: "aliases"))
        let names = try #require(cases.column(named: "name"))
        let highlands = names.values.firstIndex { $0.plainText.lowercased().contains("highland") }
        #expect(highlands != nil)
        if let highlands {
            #expect(aliases.values[highlands].plainText.lowercased().contains("highland council"))
        }
    }

    static func allDatasets() -> [Dataset] {
        loaded.entries.flatMap { entry -> [Dataset] in
            switch entry {
            case .table(let dataset): [dataset]
            case .network(let network): [network.nodes, network.edges]
            }
        }
    }

    static func fold(_ text: String) -> String {
        text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
