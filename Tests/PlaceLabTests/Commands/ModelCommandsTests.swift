import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// `explain`, `sources`, `actions` and `factors` in a session: provenance, queries, completion.
@Suite struct ModelCommandsTests {
    private static let bundled: [Catalog.Entry] = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        return DatasetFolder.load(root.appendingPathComponent("datasets").path).entries
    }()

    private func session(_ mode: OutputMode = .table) -> (Session, BufferConsole) {
        let console = BufferConsole()
        var settings = SessionSettings()
        settings.mode = mode
        let session = Session(settings: settings, console: console)
        session.catalog = Catalog(Self.bundled)
        return (session, console)
    }

    private func run(_ session: Session, _ text: String) -> Session.Outcome {
        session.run(SourceText(name: "t.plq", text: text))
    }

    @Test func aCommandNamedLikeADatasetStillStartsAQuery() {
        let (session, console) = session(.csv)
        #expect(run(session, "actions | where order <= 2 | select id").succeeded)
        #expect(console.output == "id\nbuild_trust\nclear_ambitions\n")
        #expect(run(session, "sources | count").succeeded)
        #expect(console.output.hasSuffix("count\n5\n"))
    }

    @Test func aBrokenQueryAfterTheCommandIsCaughtBeforeAnythingRuns() {
        let (session, console) = session()
        let outcome = run(session, "echo a\nfactors | wher order > 1")
        #expect(outcome.failures == 1)
        #expect(console.output.isEmpty)
        #expect(console.reports.hasPrefix("t.plq:2:11: error:"))
    }

    @Test func inferredValuesSayTheyAreInferred() {
        let (session, console) = session(.csv)
        #expect(run(session, "sources").succeeded)
        #expect(console.output.contains("Taylor & Francis (inferred)"))
        #expect(console.output.contains("Bussu, S; Galanti, M"))
        #expect(run(session, "factors").succeeded)
        #expect(console.output.contains(",inferred,jrf_three_cities\n"))
    }

    @Test func aCaseWithNothingRecordedSaysSoAndHowToRecordIt() {
        let (session, console) = session()
        #expect(run(session, "actions Tower Hamlets").succeeded)
        #expect(console.output.hasPrefix("The sources record no leadership actions for Tower Hamlets (tower_hamlets)"))
        #expect(console.output.contains("placelab> load my_actions.csv"))
        #expect(console.output.contains("datasets/README.md"))
    }

    @Test func aCaseWhoseDataRecordsActionsShowsTheEvidence() throws {
        let (session, console) = session(.csv)
        var cases = try #require(session.catalog.dataset("cases"))
        let fact = Provenance(source: "001_f12bf0b95772bef7.txt", quote: "a phrase from the seed", basis: .inferred,
                              note: "a student's reading")
        var provenance = [Provenance?](repeating: nil, count: cases.rowCount)
        var values = [Value](repeating: .null, count: cases.rowCount)
        values[0] = .list([.text("invest"), .text("build_trust")])
        provenance[0] = fact
        cases.columns.append(Dataset.Column(name: "actions_seen", type: .list, values: values, provenance: provenance,
                                            refersTo: "actions"))
        session.catalog.add(.table(cases))
        #expect(run(session, "actions bristol").succeeded)
        #expect(console.output == """
            #,id,name,evidence,source,basis
            3,invest,"Invest time, resources and energy",“a phrase from the seed”,collaborative_innovation_2019,inferred
            1,build_trust,Build mutual trust,“a phrase from the seed”,collaborative_innovation_2019,inferred

            """)
    }

    @Test func unknownAndAmbiguousNamesPointAtTheWord() {
        let (session, console) = session()
        #expect(!run(session, "factors swindn").succeeded)
        #expect(console.reports.contains("unknown case \"swindn\""))
        #expect(console.reports.contains("did you mean \"swindon\"?"))
        #expect(!run(session, "explain phase").succeeded)
        #expect(console.reports.contains("say which: latent, design_discovery, mobilisation, mainstreaming, embedding"))
    }

    @Test func tabCompletesTopicsCasesAndQueriesAfterTheseCommands() {
        let (session, _) = session()
        var context = session.completionContext()
        context.listFolder = { _ in [] }
        func complete(_ line: String) -> [String] {
            Completer.complete(line: line, cursor: line.count, context: context).candidates
        }
        #expect(complete("explain hu") == ["hub"])
        #expect(complete("explain design") == ["design_discovery"])
        #expect(complete("actions bri") == ["bristol"])
        #expect(complete("factors sw") == ["swindon"])
        #expect(complete("act") == ["actions"])
        #expect(complete("actions | wh") == ["where"])
        #expect(complete("factors | select na") == ["name"])
        #expect(complete("sources x") == [])
    }
}
