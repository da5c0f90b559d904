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
}
