import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// `plot network` in a session on the bundled networks: the files it writes, its errors, and
/// what Tab offers.
@Suite struct NetworkPlotCommandTests {
    private func folder() throws -> URL { try BundledSession.temporaryFolder("plot-network") }

    private func session() -> (Session, BufferConsole) { BundledSession.make() }

    private func run(_ text: String) -> (Session.Outcome, BufferConsole) { BundledSession.run(text) }

    private func network(_ name: String) -> Network {
        guard case .network(let network)? = Catalog(BundledSession.entries)[name] else { preconditionFailure(name) }
        return network
    }

    private func classed(_ svg: ParsedSVG, _ name: String) -> [ParsedSVG.Element] {
        svg.elements.filter { $0.attributes["class"] == name }
    }

    @Test func everyBundledNetworkIsDrawnInBothLayoutsWithItsIllustrativeNote() throws {
        let folder = try folder()
        for name in ["sna_locality", "gouda", "pittsburgh"] {
            let network = network(name)
            let ties = NetworkGraph(network).graph.edgeCount
            for layout in ["force", "layers"] {
                let path = folder.appendingPathComponent("\(name)-\(layout).svg").path
                let (outcome, console) = run("plot network \(name) layout \(layout) to \(path)")
                #expect(outcome.succeeded, "\(console.reports)")
                let svg = ParsedSVG(try String(contentsOfFile: path, encoding: .utf8))
                #expect(svg.wellFormed)
                #expect(classed(svg, "node").count == network.nodes.rowCount)
                #expect(classed(svg, "tie").count == ties)
                #expect(svg.named("title").first?.text.hasPrefix("Network \(name) · ") == true)
                #expect(svg.texts.contains("Illustrative network"))
                // The note, however it was wrapped.
                let note = network.illustrativeNote!.split(separator: " ").joined(separator: " ")
                #expect(svg.prose.contains(note))
                #expect(classed(svg, "band").count == (layout == "layers" ? 4 : 0))
                #expect(console.reports.contains("wrote \(path): the illustrative network \(name): "
                                                 + "\(plural(network.nodes.rowCount, "node")), \(plural(ties, "tie"))"))
            }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).count == 6)
    }

    @Test func aRelationAndAMeasureChangeTheFigureAndItsWords() throws {
        let folder = try folder()
        let path = folder.appendingPathComponent("advice.svg").path
        let (outcome, console) = run("plot network sna_locality relation Advice by Betweenness to \(path)")
        #expect(outcome.succeeded, "\(console.reports)")
        let svg = ParsedSVG(try String(contentsOfFile: path, encoding: .utf8))
        #expect(svg.named("title").first?.text == "Network sna_locality · relation advice")
        #expect(svg.texts.contains("Size: betweenness"))
        #expect(svg.prose.contains("Only advice ties are drawn."))
        let advice = NetworkGraph(network("sna_locality"), relation: "advice").graph.edgeCount
        #expect(classed(svg, "tie").count == advice)
        #expect(console.reports.contains("\(plural(advice, "tie")) of advice, force-directed, sized by betweenness"))
    }

    @Test func tiesOfSeveralRelationsAreWiderAndWeightsShowWhenNoPairHasMore() throws {
        let folder = try folder()
        let sna = folder.appendingPathComponent("sna.svg").path, gouda = folder.appendingPathComponent("gouda.svg").path
        let (outcome, console) = run("plot network sna_locality to \(sna)\nplot network gouda to \(gouda)")
        #expect(outcome.succeeded, "\(console.reports)")
        let multiplex = ParsedSVG(try String(contentsOfFile: sna, encoding: .utf8))
        #expect(multiplex.texts.contains("1 relation"))
        #expect(Set(classed(multiplex, "tie").compactMap { $0.attributes["stroke-width"] }).count > 2)
        let weighted = ParsedSVG(try String(contentsOfFile: gouda, encoding: .utf8))
        #expect(weighted.texts.contains("weight 1") && weighted.texts.contains("weight 3"))
        #expect(weighted.prose.contains("no pair tied in more than one: wider lines are stronger ties"))
    }

    @Test func aLoadedNetworkWithoutLayersOrDirectionGetsClearErrors() throws {
        let folder = try folder()
        let edges = folder.appendingPathComponent("ties.csv")
        try "source,target\na,b\nb,c\nc,a\nc,d\n".write(to: edges, atomically: true, encoding: .utf8)
        let (session, console) = session()
        let figure = folder.appendingPathComponent("plain.svg").path
        var outcome = session.run(SourceText(name: "t.plq", text: "load network \(edges.path) as plain\nplot network plain to \(figure)"))
        #expect(outcome.succeeded, "\(console.reports)")
        let svg = ParsedSVG(try String(contentsOfFile: figure, encoding: .utf8))
        #expect(classed(svg, "node").count == 4 && classed(svg, "tie").count == 4)
        #expect(svg.texts.contains("Size: degree") && svg.texts.contains("realm unknown (4)"))
        #expect(!svg.prose.contains("Illustrative"))
        outcome = session.run(SourceText(name: "t.plq", text: "plot network plain layout layers to \(figure)"))
        #expect(!outcome.succeeded)
        #expect(console.reports.contains("network plain gives its nodes no layer, so there are no bands to draw"))
        #expect(console.reports.contains("or use layout force"))
        outcome = session.run(SourceText(name: "t.plq", text: "plot network plain by in_degree to \(figure)"))
        #expect(console.reports.contains("in_degree needs a directed network, and plain is undirected"))
    }

    @Test func mistakesGetClearErrors() {
        let cases: [(String, String)] = [
            ("plot network sna_localty to x.svg", "did you mean \"sna_locality\"?"),
            ("plot network cases to x.svg", "\"cases\" is a table, not a network"),
            ("plot network sna_locality by betweeness to x.svg", "unknown measure \"betweeness\" to size nodes by"),
            ("plot network sna_locality by betweeness to x.svg", "did you mean \"betweenness\"?"),
            ("plot network sna_locality by role to x.svg", "role is not a number, so it cannot size the nodes"),
            ("plot network sna_locality by community to x.svg", "community numbers name groups, they are not amounts"),
            ("plot network sna_locality by realm to x.svg", "the nodes are coloured by realm already"),
            ("plot network sna_locality by colour to x.svg", "size by one of: degree, in_degree"),
            ("plot network sna_locality layout circle to x.svg", "unknown layout \"circle\""),
            ("plot network sna_locality layout layer to x.svg", "did you mean \"layers\"?"),
            ("plot network sna_locality relation advise to x.svg", "did you mean \"advice\"?"),
            ("plot network sna_locality", "plot needs \"to FILE.svg\" at the end"),
            ("plot network sna_locality to x.png", "the file name must end in .svg"),
            ("plot network to x.svg", "plot network needs a network name"),
            ("plot network by degree to x.svg", "plot network needs a network name before \"by\""),
            ("plot network sna_locality by to x.svg", "expected a measure to size nodes by after \"by\""),
            ("plot network sna_locality sideways to x.svg", "unexpected \"sideways\" in plot network"),
            ("plot network sna_locality by degree by closeness to x.svg", "\"by\" is given twice"),
            ("plot netwrk sna_locality to x.svg", "did you mean \"network\"?"),
        ]
        for (statement, message) in cases {
            let (outcome, console) = run(statement)
            #expect(!outcome.succeeded, "\(statement)")
            #expect(console.reports.contains(message), "\(statement): \(console.reports)")
        }
    }

    @Test func tabOffersNetworksThenClausesThenTheirValues() {
        let (session, _) = session()
        var context = session.completionContext()
        context.listFolder = { _ in [("figures", true), ("notes.md", false)] }
        func complete(_ line: String) -> [String] {
            Completer.complete(line: line, cursor: line.count, context: context).candidates
        }
        #expect(complete("plot n") == ["network"])
        #expect(complete("plot network ") == ["gouda", "pittsburgh", "sna_locality"])
        #expect(complete("plot network sna_locality ") == ["by", "layout", "relation", "to"])
        #expect(complete("plot network sna_locality by ") == NetworkPlot.sizeMeasures.sorted())
        #expect(complete("plot network sna_locality by bet") == ["betweenness"])
        #expect(complete("plot network sna_locality by degree ") == ["layout", "relation", "to"])
        #expect(complete("plot network sna_locality layout ") == ["force", "layers"])
        #expect(complete("plot network gouda relation ") == ["collaboration", "information"])
        #expect(complete("plot network gouda relation information layout layers ") == ["by", "to"])
        #expect(complete("plot network gouda to ") == ["figures/", "notes.md"])
    }
}
