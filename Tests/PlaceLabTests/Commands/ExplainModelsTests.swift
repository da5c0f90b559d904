import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Every model of the seeds is reachable by its common name: `explain NAME` finds its topic,
/// and the cases' areas find the case they belong to.
@Suite struct ExplainModelsTests {
    private static let bundled = DatasetFolder.load(BundledDatasetsTests.folder)

    private static func lookup(_ name: String, nameColumn: String) -> TopicLookup? {
        guard case .table(let dataset)? = bundled.entries.first(where: { $0.name == name }) else { return nil }
        return TopicLookup(dataset, nameColumn: nameColumn)
    }

    /// The models by the names a teacher would use, and the topic each must find.
    static let models: [(name: String, topic: String)] = [
        ("three realms", "realm"), ("realms of place-based leadership", "realm"), ("innovation zones", "innovation_zone"),
        ("more with more", "more_with_more"), ("cutback management", "more_with_less"),
        ("skills", "transformative_collaboration_skills"),
        ("skills for transformative collaboration", "transformative_collaboration_skills"),
        ("lessons", "lessons_for_policy_and_practice"), ("lessons for policy and practice", "lessons_for_policy_and_practice"),
        ("innovation lifecycle", "innovation_lifecycle"), ("strategic triangle", "strategic_triangle"),
        ("distributed innovation", "distributed_innovation"), ("five critical factors", "critical_factors"),
        ("three clusters", "clusters_of_factors"), ("vehicle metaphor", "vehicle_metaphor"),
        ("leadership actions", "leadership_actions"), ("coproduction", "coproduction"),
        ("local innovation system", "local_innovation_system"), ("layers", "local_innovation_system"),
        ("social network analysis", "sna"), ("constraints", "constraints_trigger_innovation"),
        ("constraints trigger innovation", "constraints_trigger_innovation"),
        ("recommendations", "nesta_recommendations"), ("intermediaries", "intermediary"),
        ("collaboratives", "collaboratives"), ("commissioning for innovation", "commissioning_for_innovation"),
    ]

    @Test(arguments: models)
    func explainFindsTheModel(_ model: (name: String, topic: String)) throws {
        let glossary = try #require(ExplainModelsTests.lookup("glossary", nameColumn: "term"))
        #expect(glossary.find(model.name) == .found(model.topic), "explain \(model.name)")
    }

    @Test func anAreaFindsTheCaseItBelongsTo() throws {
        let cases = try #require(ExplainModelsTests.lookup("cases", nameColumn: "name"))
        #expect(cases.find("Knowle West") == .found("bristol"))
        #expect(cases.find("Velve-Lindenhof") == .found("enschede"))
        #expect(cases.find("velve lindenhof") == .found("enschede"))
    }

    /// The new models' rows are in datasets a query reaches, with their provenance.
    @Test func theModelsAreRowsAQueryReaches() {
        let names = Set(ExplainModelsTests.bundled.entries.map(\.name))
        for name in ["skills", "recommendations", "distributed_innovation", "layers", "layer_links"] {
            #expect(names.contains(name), "missing dataset \(name)")
        }
        guard case .table(let recommendations)? = ExplainModelsTests.bundled.entries.first(where: { $0.name == "recommendations" }) else { return }
        let finance = recommendations.factRows.filter { $0.text("kind") == "finance" }
        #expect(finance.count == 5)
        #expect(recommendations.factRows.contains { $0.text("area") == "commissioners" })
    }
}
