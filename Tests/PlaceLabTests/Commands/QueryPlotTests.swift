import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// `… | plot …` at the end of a query: the rows choose what `plot` draws.
@Suite struct QueryPlotTests {
    private func folder() throws -> URL { try BundledSession.temporaryFolder("query-plot") }

    private func run(_ text: String) -> (Session.Outcome, BufferConsole) { BundledSession.run(text) }

    private func svg(_ path: URL) throws -> String {
        try String(contentsOf: path, encoding: .utf8)
    }

    @Test func aQuerysCasesDrawTheSameLifecycleAsNamingThem() throws {
        let folder = try folder()
        let (queried, named) = (folder.appendingPathComponent("q.svg"), folder.appendingPathComponent("n.svg"))
        let (outcome, console) = run("""
            cases | where scope == "international" | plot lifecycle to \(queried.path)
            plot lifecycle enschede pittsburgh gouda lille portland to \(named.path)
            """)
        #expect(outcome.succeeded, "\(console.reports)")
        #expect(try svg(queried) == svg(named))
        #expect(console.reports.contains("the lifecycle with "))
    }

    @Test func theTriangleDrawsTheCasesWithEstimatesAndNamesTheRest() throws {
        let folder = try folder()
        let (queried, named) = (folder.appendingPathComponent("q.svg"), folder.appendingPathComponent("n.svg"))
        let (outcome, console) = run("""
            cases | where id in ["bristol", "tower_hamlets", "highland"] | plot triangle to \(queried.path)
            plot triangle tower_hamlets highland to \(named.path)
            """)
        #expect(outcome.succeeded, "\(console.reports)")
        #expect(try svg(queried) == svg(named))
        #expect(console.reports.contains("without estimates, not drawn: bristol"))
    }

    @Test func aNetworksSelectedNodesAreDrawnWithOnlyTheTiesAmongThem() throws {
        let folder = try folder()
        let path = folder.appendingPathComponent("g.svg")
        let (outcome, console) = run("network gouda | where layer == \"systemic\" | plot network to \(path.path)")
        #expect(outcome.succeeded, "\(console.reports)")
        let drawn = ParsedSVG(try svg(path))
        #expect(drawn.wellFormed)
        let nodes = drawn.elements.filter { $0.attributes["class"] == "node" }
        let ties = drawn.elements.filter { $0.attributes["class"] == "tie" }
        #expect(nodes.count == 3)
        // The graph's ties whose two ends are both in the systemic layer.
        guard case .network(let gouda)? = Catalog(BundledSession.entries)["gouda"] else { Issue.record("no gouda"); return }
        let built = NetworkGraph(gouda)
        let layers = gouda.nodes.column(named: "layer")!.values.map(\.plainText)
        let kept = Set(built.ids.indices.filter { layers[$0] == "systemic" })
        let among = kept.map { a in built.graph.successors(of: a).filter { kept.contains($0) }.count }.reduce(0, +)
        #expect(among > 0)
        #expect(ties.count == among)
        #expect(console.reports.contains("3 of 13 nodes, \(among) ties among them"))
    }

    @Test func theNetworksOwnNameStartsAQueryToo() throws {
        let folder = try folder()
        let path = folder.appendingPathComponent("s.svg")
        let (outcome, console) = run("sna_locality | first 5 | plot network by betweenness to \(path.path)")
        #expect(outcome.succeeded, "\(console.reports)")
        #expect(console.reports.contains("5 of 25 nodes"))
        #expect(console.reports.contains("sized by betweenness"))
    }

    @Test func mistakesAreFoundBeforeTheScriptRuns() {
        let (outcome, console) = run("echo first\nnetwork gouda | plot network by role to x.svg")
        #expect(outcome.failures == 1)
        #expect(console.output.isEmpty)
        #expect(console.reports.contains("role is not a number"))
        let (other, otherConsole) = run("echo first\ncases | plot lifecycle bristol to x.svg")
        #expect(other.failures == 1)
        #expect(otherConsole.reports.contains("takes nothing more"))
    }

    @Test func rowsThatAreNotCasesOrNodesAreRefusedWithTheFormThatWorks() {
        let (_, noID) = run("datasets | plot triangle to x.svg")
        #expect(noID.reports.contains("needs rows of cases, with their id column"))
        let (_, notNetwork) = run("cases | plot network to x.svg")
        #expect(notNetwork.reports.contains("\"cases\" is not a network"))
        let (_, kept) = run("let x = cases | plot lifecycle to x.svg")
        #expect(kept.reports.contains("cannot be kept with let"))
    }

    @Test func tabOffersPlotAndExportAfterAPipeThenTheKinds() {
        let context = CompletionContext(registry: .standard, datasets: ["cases"], fields: ["cases": ["id", "name"]])
        func complete(_ line: String) -> [String] {
            Completer.complete(line: line, cursor: line.count, context: context).candidates
        }
        #expect(complete("cases | p") == ["plot"])
        #expect(complete("cases | e") == ["export"])
        #expect(complete("cases | plot ") == ["lifecycle", "network", "triangle"])
        #expect(complete("cases | plot lifecycle ") == ["to"])
    }

    @Test func tabOffersANetworksClausesThenItsMeasuresAndRelations() {
        let networks = ["gouda": CompletionContext.NetworkNames(relations: ["information", "collaboration"],
                                                                nodes: ["agency_a"], fields: ["layer"])]
        let context = CompletionContext(registry: .standard, datasets: ["gouda"], networks: networks,
                                        listFolder: { _ in [("gouda.svg", false)] })
        func complete(_ line: String) -> [String] {
            Completer.complete(line: line, cursor: line.count, context: context).candidates
        }
        #expect(complete("network gouda | plot network ") == ["by", "layout", "relation", "to"])
        #expect(complete("gouda | plot network by betw") == ["betweenness"])
        #expect(complete("network gouda | plot network relation ") == ["collaboration", "information"])
        #expect(complete("network gouda | plot network by degree ") == ["layout", "relation", "to"])
        #expect(complete("gouda | plot network to g") == ["gouda.svg"])
    }

    @Test func safeModeRefusesAFigureOutsideTheWorkingFolder() throws {
        let outside = try folder().appendingPathComponent("uk.svg")
        let (session, console) = BundledSession.make()
        session.enterSafeMode()
        let outcome = session.run(SourceText(name: "t.plq", text: "cases | plot lifecycle to \(outside.path)"))
        #expect(outcome.failures == 1)
        #expect(console.reports.contains("safe mode: cannot write"))
        #expect(!FileManager.default.fileExists(atPath: outside.path))
    }

    @Test func aPlotInARecordedSessionIsLinkedFromTheHandout() throws {
        let folder = try folder()
        let handout = folder.appendingPathComponent("class.md")
        let figure = folder.appendingPathComponent("uk.svg")
        let (outcome, console) = run("""
            record \(handout.path)
            cases | where scope == "UK" | plot lifecycle to \(figure.path)
            record off
            """)
        #expect(outcome.succeeded, "\(console.reports)")
        #expect(try String(contentsOf: handout, encoding: .utf8).contains("![uk.svg](<uk.svg>)"))
    }
}
