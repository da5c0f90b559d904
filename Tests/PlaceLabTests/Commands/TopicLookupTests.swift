import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Finding a glossary topic or a case as typed: exact names, aliases, prefixes, ambiguity.
@Suite struct TopicLookupTests {
    private let lookup = TopicLookup(entries: [
        .init(id: "design_discovery", names: ["design_discovery", "Design and discovery phase (phase 1)", "Phase 1", "Design & Discovery"]),
        .init(id: "mobilisation", names: ["mobilisation", "Mobilisation phase (phase 2)", "Phase 2"]),
        .init(id: "political_leadership", names: ["political_leadership", "Political leadership (realm)", "political realm"]),
        .init(id: "strategic_triangle", names: ["strategic_triangle", "Strategic triangle"]),
        .init(id: "hub", names: ["hub", "Hub"]),
        .init(id: "hub_city", names: ["hub_city", "Hub city"]),
    ])

    /// The bundled glossary, as `explain` reads it.
    private static let glossary: TopicLookup = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let entries = DatasetFolder.load(root.appendingPathComponent("datasets").path).entries
        return TopicLookup(Catalog(entries).dataset("glossary")!, nameColumn: "term")
    }()

    @Test func findsByIdTermOrAliasInAnyCase() {
        #expect(lookup.find("mobilisation") == .found("mobilisation"))
        #expect(lookup.find("MOBILISATION PHASE (PHASE 2)") == .found("mobilisation"))
        #expect(lookup.find("phase 2") == .found("mobilisation"))
        #expect(lookup.find("Political Realm") == .found("political_leadership"))
    }

    @Test func underscoresSpacesAndPunctuationAreAlike() {
        #expect(lookup.find("design discovery") == .found("design_discovery"))
        #expect(lookup.find("design-&-discovery") == .found("design_discovery"))
        #expect(lookup.find("political_realm") == .found("political_leadership"))
    }

    @Test func aUniquePrefixIsEnough() {
        #expect(lookup.find("des") == .found("design_discovery"))
        #expect(lookup.find("polit") == .found("political_leadership"))
    }

    @Test func anExactNameWinsOverLongerNamesItStarts() {
        #expect(lookup.find("hub") == .found("hub"))
        #expect(lookup.find("hub c") == .found("hub_city"))
    }

    @Test func aPrefixThatFitsSeveralListsThemInOrder() {
        #expect(lookup.find("phase") == .ambiguous(["design_discovery", "mobilisation"]))
        #expect(lookup.find("h") == .ambiguous(["hub", "hub_city"]))
    }

    @Test func aLaterWordOfANameIsTheLastResort() {
        #expect(lookup.find("triangle") == .found("strategic_triangle"))
        #expect(lookup.find("discovery") == .found("design_discovery"))
    }

    @Test func nothingFitsOrNothingTyped() {
        #expect(lookup.find("zone") == .notFound)
        #expect(lookup.find("  ") == .notFound)
        #expect(lookup.find("—") == .notFound)
    }

    @Test func theBundledGlossaryAnswersTheUsualQuestions() {
        let glossary = Self.glossary
        #expect(glossary.find("design") == .found("design_discovery"))
        #expect(glossary.find("political") == .found("political_leadership"))
        #expect(glossary.find("hub") == .found("hub"))
        #expect(glossary.find("Innovation Zones") == .found("innovation_zone"))
        #expect(glossary.find("broker") == .found("intermediary"))
        #expect(glossary.find("SNA") == .found("sna"))
        #expect(glossary.find("phase") == .ambiguous(["latent", "design_discovery", "mobilisation", "mainstreaming", "embedding"]))
    }

    @Test func resolveGivesADidYouMeanOrTheCandidates() throws {
        let unknown = Word(text: "hubb", span: Span(8, 12), quoted: false)
        #expect(throws: Diagnostic("unknown topic \"hubb\"", at: Span(8, 12), help: "did you mean \"hub\"?")) {
            try lookup.resolve([unknown], kind: "topic")
        }
        let phase = Word(text: "phase", span: Span(8, 13), quoted: false)
        #expect(throws: Diagnostic("\"phase\" could be any of 2 topics", at: Span(8, 13),
                                   help: "say which: design_discovery, mobilisation")) {
            try lookup.resolve([phase], kind: "topic")
        }
        let words = [Word(text: "political", span: Span(8, 17), quoted: false), Word(text: "realm", span: Span(18, 23), quoted: false)]
        #expect(try lookup.resolve(words, kind: "topic") == "political_leadership")
    }
}
