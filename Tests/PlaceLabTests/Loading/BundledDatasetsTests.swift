import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

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
                    #expect(seed?.contains(BundledDatasetsTests.fold(origin.rawQuote)) ?? false,
                            "\(dataset.origin) \(column.name): quote not in \(origin.source): \(origin.rawQuote)")
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

/// The fixes a full read of the data against the seeds asked for, each pinned.
@Suite struct SourceTruthTests {
    static func table(_ name: String) -> Dataset? {
        guard case .table(let dataset)? = BundledDatasetsTests.loaded.entries.first(where: { $0.name == name }) else { return nil }
        return dataset
    }

    static func fact(_ dataset: String, _ key: String, _ column: String) -> (Value, Provenance?) {
        guard let data = table(dataset), let row = data.factRow(key: key) else { return (.null, nil) }
        return (row.value(column), row.provenance(column))
    }

    @Test func towerHamletsPhaseKeepsItsHedge() {
        let (value, fact) = SourceTruthTests.fact("cases", "tower_hamlets", "phase")
        #expect(value == .text("embedding"))
        #expect(fact?.qualifier == "some signs")
        #expect(fact?.qualified("embedding") == "embedding (some signs)")
    }

    @Test func portlandHasNoCountryFromGeneralKnowledge() {
        let (value, fact) = SourceTruthTests.fact("cases", "portland", "country")
        #expect(value == .null)
        #expect(fact?.note?.hasPrefix("A hint, not a value") == true)
    }

    @Test func theRSASupportedTheStudyAndIsNoResearchPartner() {
        #expect(SourceTruthTests.fact("cases", "rsa_partnerships", "research_partners").0 == .null)
        let (value, fact) = SourceTruthTests.fact("sources", "collaborative_innovation_2019", "acknowledgement")
        #expect(value.plainText.hasPrefix("Supported by the RSA"))
        #expect(fact?.basis == .stated)
    }

    /// Each value that once dropped the seed's hedge keeps the seed's word for it now.
    @Test(arguments: [
        ("cases", "sna_locality", "summary", "appear to be outside"), ("cases", "sna_locality", "summary", "either weak or"),
        ("zones", "all_three", "description", "can play an important role"),
        ("findings", "constraints_trigger", "statement", "appear to have had"),
        ("findings", "sna_outsiders", "statement", "appear to be outside"), ("findings", "sna_outsiders", "statement", "may not"),
        ("findings", "sna_method_value", "statement", "possible weaknesses"),
        ("distributed_innovation", "public_sector", "statement", "seems to apply"),
        ("distributed_innovation", "roots", "statement", "discussion of the creative potential"),
        ("layers", "systemic", "description", "is likely to have"),
    ])
    func hedgesTheSeedUsesAreKept(_ dataset: String, _ key: String, _ column: String, _ hedge: String) {
        let text = SourceTruthTests.fact(dataset, key, column).0.plainText
        #expect(text.contains(hedge), "\(dataset)/\(key)/\(column) should keep \"\(hedge)\": \(text)")
    }

    /// Values that went beyond their quotes are inferred now, each with its reason.
    @Test func valuesBeyondTheirQuotesAreInferred() {
        for (dataset, key, column) in [("glossary", "vertical_link", "definition"), ("glossary", "horizontal_link", "definition"),
                                       ("lifecycle", "latent", "summary"), ("vehicle_roles", "mechanic", "description"),
                                       ("layer_links", "frontline_horizontal", "observed")] {
            let fact = SourceTruthTests.fact(dataset, key, column).1
            #expect(fact?.basis == .inferred, "\(dataset)/\(key)/\(column)")
            #expect(fact?.note?.isEmpty == false, "\(dataset)/\(key)/\(column) needs its reason")
        }
    }

    /// Quotes are shown with the PDF's broken ligatures mended, and kept raw for the check.
    @Test func quotesAreShownMendedAndKeptRaw() {
        var mended = 0
        for dataset in BundledDatasetsTests.allDatasets() {
            for column in dataset.columns {
                for fact in (column.provenance ?? []).compactMap({ $0 }) {
                    #expect(fact.quote.range(of: "f[il] [a-z]", options: .regularExpression) == nil,
                            "\(dataset.name) \(column.name): \(fact.quote)")
                    if fact.quote != fact.rawQuote { mended += 1 }
                }
            }
        }
        #expect(mended > 20)
        #expect(LigatureRepair.mend("raised confi dence across fi elds, fl exible staff so") == "raised confidence across fields, flexible staff so")
    }
}
