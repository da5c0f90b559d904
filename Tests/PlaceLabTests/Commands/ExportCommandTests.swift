import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct ExportCommandTests {
    private static let bundled = DatasetFolder.load(packageRoot.appendingPathComponent("datasets").path).entries

    private func session() -> (Session, BufferConsole) {
        let console = BufferConsole()
        let session = Session(console: console)
        session.catalog = Catalog(Self.bundled)
        return (session, console)
    }

    /// Runs `text` as a script that should fail; what it reported.
    private func failure(_ text: String) -> String {
        let (session, console) = session()
        let outcome = session.run(SourceText(name: "test.plq", text: text))
        #expect(!outcome.succeeded, "\(text) should fail")
        return console.reports
    }

    @Test func completionOffersNamesThenToThenFiles() {
        let context = CompletionContext(registry: .standard, datasets: ["cases", "gouda", "core"],
                                        listFolder: { folder in
                                            folder == "." ? [("out", true), ("ties.gexf", false)] : []
                                        })
        func complete(_ line: String) -> [String] {
            Completer.complete(line: line, cursor: line.count, context: context).candidates
        }
        #expect(complete("exp") == ["explain", "export"])
        #expect(complete("export ") == ["cases", "core", "gouda"])
        #expect(complete("export go") == ["gouda"])
        #expect(complete("export gouda ") == ["to"])
        #expect(complete("export gouda t") == ["to"])
        #expect(complete("export gouda to ") == ["out/", "ties.gexf"])
        #expect(complete("export gouda to ti") == ["ties.gexf"])
        #expect(complete("export gouda to ties.gexf ") == ["with"])
        #expect(complete("export gouda to ties.gexf with ") == ["basis"])
        #expect(complete("export gouda to ties.gexf with basis ").isEmpty)
    }

    @Test func theStatementsShapeIsChecked() {
        #expect(failure("export").contains("test.plq:1:7: error: export needs the name of a dataset, network or let result"))
        #expect(failure("export cases").contains("error: export needs \"to FILE\" after cases"))
        let into = failure("export cases into x.csv")
        #expect(into.contains("test.plq:1:14: error: expected \"to\" after cases, not \"into\""))
        #expect(into.contains("help: usage: export NAME to FILE"))
        #expect(failure("export cases to").contains("error: export needs a file to write after \"to\""))
        #expect(failure("export cases to a.csv b.csv").contains("error: expected \"with basis\" after the file, or nothing"))
        #expect(failure("export cases to a.csv with basis now").contains("error: too many arguments for export"))
    }

    @Test func anUnknownExtensionListsTheKnownOnesBeforeAnythingRuns() throws {
        let folder = TestFolder("export")
        let reports = failure("export cases to \(folder.path)/first.csv\nexport cases to cases.xlsx")
        #expect(reports.contains("test.plq:2:17: error: cannot tell the format of \"cases.xlsx\" from its extension"))
        #expect(reports.contains(
            "help: export writes networks as .graphml, .gexf, .dot, .net, .csv and tables as .csv, .tsv, .json"))
        // The script was checked whole first: line 1 wrote nothing.
        #expect(!FileManager.default.fileExists(atPath: folder.file("first.csv")))
    }

    @Test func anUnknownNameGetsADidYouMean() {
        let reports = failure("export casez to /tmp/never-written.csv")
        #expect(reports.contains("test.plq:1:8: error: unknown dataset, network or let name \"casez\""))
        #expect(reports.contains("help: did you mean \"cases\"?"))
    }

    @Test func aFormatForTheOtherKindIsRefused() {
        let network = failure("export gouda to /tmp/never-written.json")
        #expect(network.contains("test.plq:1:17: error: a network cannot be written as .json"))
        #expect(network.contains("help: write it as .graphml, .gexf, .dot, .net, .csv; for its nodes as a table: "
            + "let nodes = gouda, then export nodes to /tmp/never-written.json"))
        let table = failure("export cases to /tmp/never-written.gexf")
        #expect(table.contains("error: gexf is a network format, and cases is a table"))
        #expect(table.contains("help: a table is written as .csv, .tsv, .json"))
    }

    @Test func aMissingFolderIsPlacedAtThePath() {
        let reports = failure("export gouda to /no/such/folder/g.graphml")
        #expect(reports.contains(
            "test.plq:1:17: error: cannot write \"/no/such/folder/g.graphml\": folder \"/no/such/folder\" does not exist"))
    }

    @Test func theFileReplacesAnEarlierOneAndNoTemporaryFileStays() throws {
        let folder = TestFolder("export")
        let path = try folder.write("g.graphml", "old contents")
        let (session, console) = session()
        #expect(session.run(SourceText(name: "t", text: "export gouda to \(path)")).succeeded)
        #expect(try folder.read("g.graphml").hasPrefix("<?xml"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["g.graphml"])
        #expect(console.reports == "exported gouda to \(path): network of 13 nodes and 23 edges, with its illustrative note\n")
    }

    @Test func theCSVPairSaysHowToLoadItBack() throws {
        let folder = TestFolder("export")
        let (session, console) = session()
        #expect(session.run(SourceText(name: "t", text: "export pittsburgh to \(folder.path)/pitt.csv")).succeeded)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["pitt-nodes.csv", "pitt.csv"])
        #expect(console.reports.hasSuffix("with its illustrative note; read it back with: load network "
            + "\(folder.path)/pitt.csv nodes \(folder.path)/pitt-nodes.csv directed as pittsburgh\n"))
    }

    @Test func aLetNameComesBeforeADatasetOfTheSameName() throws {
        let folder = TestFolder("export")
        let (session, _) = session()
        let text = "let cases = realms | select id\nexport cases to \(folder.path)/c.csv"
        #expect(session.run(SourceText(name: "t", text: text)).succeeded)
        #expect(try folder.read("c.csv") == "id\npolitical\nmanagerial\ncommunity_business\n")
    }

    @Test func theNodesFileSitsBesideTheEdgeList() {
        #expect(ExportFormat.nodesPath(forEdgesPath: "ties.csv") == "ties-nodes.csv")
        #expect(ExportFormat.nodesPath(forEdgesPath: "out/v1.2/ties.CSV") == "out/v1.2/ties-nodes.CSV")
        #expect(ExportFormat(path: "a/b.GV") == .dot)
        #expect(ExportFormat(path: "a.b/c") == nil)
    }
}
