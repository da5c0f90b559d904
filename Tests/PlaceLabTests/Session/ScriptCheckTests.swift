import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// The names a script uses are checked before its first statement runs.
@Suite struct ScriptCheckTests {
    private static let bundled = DatasetFolder.load(packageRoot.appendingPathComponent("datasets").path).entries

    private func session() -> (Session, BufferConsole) {
        let console = BufferConsole()
        let session = Session(settings: SessionSettings(mode: .csv), console: console)
        session.catalog = Catalog(Self.bundled)
        return (session, console)
    }

    private func run(_ session: Session, _ text: String) -> Session.Outcome {
        session.run(SourceText(name: "lesson.plq", text: text))
    }

    @Test func aMisspeltFieldOnLineTwoStopsLineOne() {
        let (session, console) = session()
        #expect(run(session, "echo first\ncases | sort autority").failures == 1)
        #expect(console.output.isEmpty)
        #expect(console.reports.hasPrefix("lesson.plq:2:14: error: unknown field \"autority\" in cases"))
    }

    @Test func aLetFromAnEarlierEntryIsKnownWithItsColumns() {
        let (session, console) = session()
        #expect(run(session, "let uk = cases | where country == \"United Kingdom\" | select id, name").succeeded)
        #expect(run(session, "echo first\nuk | select phase").failures == 1)
        #expect(!console.output.contains("first"))
        #expect(run(session, "uk | select name | first 1").succeeded)
    }

    @Test func namesALoadOrRunMayMakeAreLeftForWhenTheyRun() {
        let (session, console) = session()
        // The load fails when it runs; what matters is that line 1 ran at all.
        #expect(run(session, "echo first\nload nowhere.yaml\nmine | select x").failures == 1)
        #expect(console.output == "first\n")
        #expect(console.reports.contains("cannot read"))
    }

    @Test func caseNamesAreCheckedButFacetsAndOptionsAreNot() {
        let (session, console) = session()
        #expect(run(session, "echo first\ncompare bristol swindon on phase\nshow bristol --sources").succeeded)
        #expect(console.output.hasPrefix("first\n"))
        #expect(run(session, "echo second\nrealms bristoll").failures == 1)
        #expect(!console.output.contains("second"))
    }

    @Test func aDroppedLetIsUnknownAfterwards() {
        let (session, console) = session()
        #expect(run(session, "let uk = cases | first 2\necho first\ndrop uk\nuk | count").failures == 1)
        #expect(console.output.isEmpty)
        #expect(console.reports.contains("unknown dataset or command \"uk\""))
    }

    @Test func aCommandStartingAQueryHasItsFieldsChecked() {
        let (session, console) = session()
        #expect(run(session, "echo first\nnetwork gouda | sort misspelt").failures == 1)
        #expect(console.output.isEmpty)
        #expect(console.reports.hasPrefix("lesson.plq:2:22: error: unknown field \"misspelt\" in network gouda"))
        #expect(run(session, "echo second\nroles sna_locality | where role == \"hub\" | select nonsense").failures == 1)
        #expect(!console.output.contains("second"))
    }

    @Test func everyColumnACommandGivesPassesTheCheck() {
        let (session, console) = session()
        let queries = [
            "network gouda | select node, label, layer, betweenness, role | sort betweenness desc",
            "network gouda summary | select measure, value",
            "network | select name, nodes",
            "roles sna_locality | where role is not null | select node, why",
            "core sna_locality | where in_core | select node, core",
            "path sna_locality resident_2 la_senior | select route, steps",
            "edges gouda | select source_label, target_label, weight",
            "describe cases | select column, type",
        ]
        #expect(run(session, queries.joined(separator: "\n")).succeeded, "\(console.reports)")
    }

    @Test func afterALoadTheRestIsCheckedWithItsColumnsBeforeItRuns() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("people.csv")
        try "id,label\nhead_a,Head teacher A\n".write(to: file, atomically: true, encoding: .utf8)
        let (session, console) = session()
        #expect(run(session, "load \(file.path)\necho second\npeople | select nonsense").failures == 1)
        #expect(!console.output.contains("second"))
        #expect(console.reports.contains("unknown field \"nonsense\" in people"))
        // A let of the loaded file keeps its columns for the check.
        #expect(run(session, "load \(file.path)\nlet heads = people | select id\necho third\nheads | select label")
            .failures == 1)
        #expect(!console.output.contains("third"))
        #expect(console.reports.contains("unknown field \"label\" in heads"))
    }
}
