import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// An SVG read back with Foundation's XML parser: it must be well-formed, and then its
/// elements, attributes and texts can be checked.
final class ParsedSVG: NSObject, XMLParserDelegate {
    struct Element {
        let name: String
        let attributes: [String: String]
        var text = ""
    }

    private(set) var elements: [Element] = []
    private var open: [Int] = []
    private(set) var error: Error?

    init(_ text: String) {
        super.init()
        let parser = XMLParser(data: Data(text.utf8))
        parser.delegate = self
        if !parser.parse() { error = parser.parserError ?? CocoaError(.fileReadCorruptFile) }
    }

    var wellFormed: Bool { error == nil && elements.first?.name == "svg" }

    func named(_ name: String) -> [Element] { elements.filter { $0.name == name } }
    var texts: [String] { named("text").map(\.text) }
    /// Every text of the figure joined, to look for a phrase however it was wrapped.
    var prose: String { texts.joined(separator: " ") }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        open.append(elements.count)
        elements.append(Element(name: name, attributes: attributes))
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        open.removeLast()
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        if let index = open.last { elements[index].text += string }
    }
}

@Suite struct SVGDocumentTests {
    @Test func textAndAttributesAreEscapedAndReadBackWhole() {
        let tricky = "R&D <team> \"quoted\" and 'single' — 東京"
        var document = SVGDocument(width: 100, height: 50, title: tricky, summary: "a & b")
        document.element("text", ["x": "1", "y": "2", "data-name": tricky], text: tricky)
        let parsed = ParsedSVG(document.text)
        #expect(parsed.wellFormed, "\(String(describing: parsed.error))")
        #expect(parsed.named("title").first?.text == tricky)
        #expect(parsed.named("text").first?.text == tricky)
        #expect(parsed.named("text").first?.attributes["data-name"] == tricky)
        #expect(parsed.named("desc").first?.text == "a & b")
    }

    @Test func controlCharactersXMLForbidsAreReplaced() {
        var document = SVGDocument(width: 10, height: 10, title: "t", summary: "s")
        document.element("text", ["x": "0"], text: "bell\u{07}escape\u{1B}[1m")
        let parsed = ParsedSVG(document.text)
        #expect(parsed.wellFormed)
        #expect(parsed.texts == ["bell\u{FFFD}escape\u{FFFD}[1m"])
    }

    @Test func groupsLeftOpenAreClosed() {
        var document = SVGDocument(width: 10, height: 10, title: "t", summary: "s")
        document.open("g", ["fill": "none"])
        document.element("line", ["x1": "0", "stroke": nil])
        let parsed = ParsedSVG(document.text)
        #expect(parsed.wellFormed)
        #expect(parsed.named("g").count == 1)
        // A nil attribute is left out, not written empty.
        #expect(parsed.named("line").first?.attributes["stroke"] == nil)
    }

    @Test func coordinatesHaveAtMostOneDecimal() {
        #expect(SVGDocument.number(12) == "12")
        #expect(SVGDocument.number(12.345) == "12.3")
        #expect(SVGDocument.number(-0.01) == "0")
        #expect(SVGDocument.points([(1, 2.25), (3.5, 4)]) == "1,2.3 3.5,4")
    }

    @Test func coordinatesOffAnyPageAreHeldNotTrapped() {
        #expect(SVGDocument.number(1e308) == "1000000000")
        #expect(SVGDocument.number(-.infinity) == "-1000000000")
        #expect(SVGDocument.number(.nan) == "0")
        #expect(SVGDocument.number(9.3e18) == "1000000000")
    }
}

@Suite struct TriangleSVGTests {
    private let corners = [TriangleSVG.Corner(id: "authority", name: "Authority"),
                           TriangleSVG.Corner(id: "capacity", name: "Organisational capacity"),
                           TriangleSVG.Corner(id: "value", name: "Value")]

    private func figure(_ shapes: [TriangleSVG.Shape]) -> ParsedSVG {
        ParsedSVG(TriangleSVG(corners: corners, shapes: shapes, sources: ["NESTA, 2008 — nesta_2008 (004.txt)"],
                              scale: LifecycleCorners.scale).svg)
    }

    private let phase = TriangleSVG.Shape(name: "Mobilisation", title: "Phase 2 · Mobilisation", kind: .phase,
                                          levels: [3, 5, 2], details: ["Authority 3 · remains important"])
    private let partial = TriangleSVG.Shape(name: "Lille", title: "Lille (inferred)", kind: .estimate,
                                            levels: [4, 3, nil], details: ["Value · no estimate"])

    @Test func cornersGridAndTitleAreDrawn() {
        let svg = figure([phase])
        #expect(svg.wellFormed)
        #expect(svg.named("title").first?.text == "The strategic triangle: Mobilisation")
        for corner in corners { #expect(svg.texts.contains(corner.name)) }
        // Five level outlines and the phase's closed outline.
        #expect(svg.named("polygon").count == 6)
        #expect(["1", "2", "3", "4", "5"].allSatisfy(svg.texts.contains))
        #expect(svg.prose.contains("Source: NESTA, 2008"))
    }

    @Test func aPhaseIsFilledWithRoundPointsAndItsScaleIsExplained() {
        let svg = figure([phase])
        let outline = svg.named("polygon").last!
        #expect(outline.attributes["fill-opacity"] == "0.12")
        #expect(svg.named("circle").count == 3 + 1)  // three points and the key's sample
        #expect(svg.prose.contains("1–5 scale"))
        #expect(svg.prose.contains("particularly important, even more critical"))
        #expect(!svg.prose.contains("not a measurement"))
    }

    @Test func estimatesOffTheScaleAreNamedAndDrawnAtTheEdge() {
        let odd = TriangleSVG.Shape(name: "Odd", title: "Odd (inferred)", kind: .estimate,
                                    levels: [1e20, .nan, -.infinity], details: [])
        let svg = figure([odd])
        #expect(svg.wellFormed)
        let summary = svg.named("desc").first?.text ?? ""
        #expect(summary.contains("authority 1e+20 (off the scale, drawn at 5)"))
        #expect(summary.contains("organisational capacity NaN (not drawn)"))
        #expect(summary.contains("value -inf (off the scale, drawn at 0)"))
        // NaN leaves its corner out: two points, one line between them.
        #expect(svg.named("rect").filter { $0.attributes["width"] == "10" }.count == 2 + 1)
    }

    @Test func aCaseIsDashedHollowAndSaysItIsAnInferredEstimate() {
        let svg = figure([phase, partial])
        #expect(svg.prose.contains("inferred teaching estimate (0–5), not a measurement"))
        #expect(svg.texts.contains("Lille (inferred)"))
        // Two known corners: one dashed line between them and two square points (plus the key's).
        let dashed = svg.named("g").filter { $0.attributes["stroke-dasharray"] != nil }
        #expect(dashed.count == 1)
        #expect(svg.named("rect").filter { $0.attributes["width"] == "10" }.count == 3)
        #expect(svg.named("polygon").count == 6)  // the case adds no closed outline
        #expect(svg.named("line").contains { $0.attributes["stroke-dasharray"] == "7 4" })
    }

    @Test func pointsOnTopOfEarlierOnesAreDrawnSmaller() {
        let twin = TriangleSVG.Shape(name: "Twin", title: "Twin (inferred)", kind: .estimate, levels: [4, 3, nil], details: [])
        let svg = figure([partial, twin])
        let sizes = svg.named("rect").compactMap { $0.attributes["width"] }
        #expect(sizes.filter { $0 == "7" }.count == 2)
        // Outlines that run together take turns with their dashes.
        let offsets = svg.named("g").compactMap { $0.attributes["stroke-dashoffset"] }
        #expect(offsets == ["0", "7"])
    }

    @Test func manyNamesMakeAShortTitle() {
        let shapes = (1...5).map { TriangleSVG.Shape(name: "A rather long case name \($0)", title: "x", kind: .estimate,
                                                    levels: [1, 2, 3], details: []) }
        #expect(TriangleSVG(corners: corners, shapes: shapes, sources: []).title == "The strategic triangle: 5 cases")
    }
}

@Suite struct LifecycleSVGTests {
    private let phases = [("0", "Latent"), ("1", "Design & Discovery"), ("2", "Mobilisation"), ("3", "Mainstreaming"),
                          ("4", "Embedding")].map { LifecycleSVG.Phase(number: $0.0, name: $0.1) }

    private func figure(placed: [LifecycleSVG.Placed], unplaced: [String]) -> ParsedSVG {
        ParsedSVG(LifecycleSVG(phases: phases, placed: placed, unplaced: unplaced, subject: nil,
                               notes: ["At each transition the process may go into reverse."], sources: ["NESTA, 2008"]).svg)
    }

    @Test func theCurveThePhasesAndWhatItIsAreDrawn() {
        let svg = figure(placed: [], unplaced: [])
        #expect(svg.wellFormed)
        #expect(svg.named("polyline").contains { $0.attributes["stroke-width"] == "3.5" })
        for phase in phases { #expect(svg.texts.contains("Phase \(phase.number)")) }
        #expect(svg.prose.contains("Design &"))
        #expect(svg.prose.contains("Schematic"))
        #expect(svg.prose.contains("not data"))
        #expect(svg.prose.contains("may go into reverse"))
        #expect(svg.prose.contains("Source: NESTA, 2008"))
        #expect(!svg.prose.contains("Phase unknown"))
    }

    @Test func casesSitOnTheirPhaseAndTheRestAreListedNotGuessed() {
        let placed = [LifecycleSVG.Placed(name: "Tower Hamlets", phase: 4, inferred: false),
                      LifecycleSVG.Placed(name: "South Tyneside", phase: 4, inferred: false),
                      LifecycleSVG.Placed(name: "The Highlands", phase: 1, inferred: true)]
        let svg = figure(placed: placed, unplaced: ["Bristol", "Swindon"])
        #expect(svg.wellFormed)
        #expect(svg.texts.contains("Tower Hamlets") && svg.texts.contains("South Tyneside"))
        #expect(svg.texts.contains("The Highlands (inferred)"))
        #expect(svg.texts.contains("Phase unknown"))
        #expect(svg.texts.contains("Bristol") && svg.texts.contains("Swindon"))
        // One marker per phase that has cases.
        #expect(svg.named("path").count == 2)
    }

    @Test func labelsOfCasesStayInsideTheFigure() {
        let placed = (0..<5).flatMap { phase in
            (1...3).map { LifecycleSVG.Placed(name: "A case with a long name \(phase)-\($0)", phase: phase, inferred: false) }
        }
        let svg = figure(placed: placed, unplaced: [])
        let root = svg.elements[0].attributes
        let width = Double(root["width"]!)!, height = Double(root["height"]!)!
        for text in svg.named("text") {
            let x = Double(text.attributes["x"] ?? "0")!, y = Double(text.attributes["y"] ?? "0")!
            #expect(x >= 0 && x <= width && y >= 0 && y <= height, "\(text.text) at \(x), \(y)")
        }
    }
}

/// `plot` in a session on the bundled data: the files it writes and the errors it gives.
@Suite struct PlotCommandTests {
    private func folder() throws -> URL { try BundledSession.temporaryFolder("plot") }

    private func run(_ text: String) -> (Session.Outcome, BufferConsole) { BundledSession.run(text) }

    @Test func triangleOfPhasesAndCasesIsWrittenWhole() throws {
        let folder = try folder()
        let path = folder.appendingPathComponent("triangle.svg").path
        let (outcome, console) = run("plot triangle mobilisation \"tower hamlets\" to \(path)")
        #expect(outcome.succeeded, "\(console.reports)")
        #expect(console.reports.contains("wrote \(path): the strategic triangle of Phase 2 · Mobilisation, Tower Hamlets (inferred)"))
        let svg = ParsedSVG(try String(contentsOfFile: path, encoding: .utf8))
        #expect(svg.wellFormed)
        #expect(svg.texts.contains("Phase 2 · Mobilisation") && svg.texts.contains("Tower Hamlets (inferred)"))
        #expect(svg.texts.contains("Authority 3 · remains important"))
        #expect(svg.prose.contains("NESTA, 2008 — nesta_2008 (004_ab351cebd658433a.txt)"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["triangle.svg"])
    }

    @Test func noNamesMeansEveryPhaseOrEveryCase() throws {
        let folder = try folder()
        let triangle = folder.appendingPathComponent("t.svg").path, lifecycle = folder.appendingPathComponent("l.svg").path
        let (outcome, console) = run("plot triangle to \(triangle)\nplot lifecycle to \(lifecycle)")
        #expect(outcome.succeeded, "\(console.reports)")
        let phases = ParsedSVG(try String(contentsOfFile: triangle, encoding: .utf8))
        #expect(phases.named("title").first?.text == "The strategic triangle: the five phases of the lifecycle")
        let curve = ParsedSVG(try String(contentsOfFile: lifecycle, encoding: .utf8))
        // Tower Hamlets' phase keeps the source's hedge on the figure.
        #expect(curve.texts.contains("Tower Hamlets (some signs)") && curve.texts.contains("The Highlands (inferred)"))
        #expect(curve.texts.contains("Phase unknown") && curve.texts.contains("Bristol"))
        #expect(console.reports.contains("the lifecycle with 4 cases placed and 15 of unknown phase"))
    }

    @Test func anEarlierFileIsKeptWhenThePlotFails() throws {
        let folder = try folder()
        let path = folder.appendingPathComponent("keep.svg").path
        try "<svg/>".write(toFile: path, atomically: true, encoding: .utf8)
        let (outcome, _) = run("plot triangle atlantis to \(path)")
        #expect(!outcome.succeeded)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "<svg/>")
    }

    @Test func mistakesGetClearErrors() {
        let cases: [(String, String)] = [
            ("plot triangle mobilsation to x.svg", "unknown phase or case \"mobilsation\""),
            ("plot lifecycle towr_hamlets to x.svg", "did you mean \"tower_hamlets\"?"),
            ("plot lifecycle mobilisation to x.svg", "\"mobilisation\" is a phase: plot lifecycle draws every phase"),
            ("plot triangle bristol to x.svg", "Bristol (bristol) has no teaching estimates"),
            ("plot triangle mobilisation", "plot needs \"to FILE.svg\" at the end"),
            ("plot triangle mobilisation to", "plot needs a file name after \"to\""),
            ("plot triangle mobilisation to x.png", "the file name must end in .svg, not \"x.png\""),
            ("plot triangle to x.svg extra", "too many arguments for plot"),
            ("plot triangel to x.svg", "did you mean \"triangle\"?"),
            ("plot", "plot needs what to draw: triangle, lifecycle or network"),
            ("plot triangle m to x.svg", "could be any of 2 phases and cases"),
            ("plot triangle mobilisation to /no/such/folder/x.svg", "folder \"/no/such/folder\" does not exist"),
        ]
        for (statement, message) in cases {
            let (outcome, console) = run(statement)
            #expect(!outcome.succeeded)
            #expect(console.reports.contains(message), "\(statement): \(console.reports)")
        }
    }

    @Test func tabOffersKindsThenNamesThenTheFile() {
        let (session, _) = BundledSession.make()
        var context = session.completionContext()
        context.listFolder = { _ in [("figures", true), ("notes.md", false)] }
        func complete(_ line: String) -> [String] {
            Completer.complete(line: line, cursor: line.count, context: context).candidates
        }
        #expect(complete("plot ") == ["lifecycle", "network", "triangle"])
        #expect(complete("plot triangle mo") == ["mobilisation"])
        #expect(complete("plot triangle to") == ["to", "tower_hamlets"])
        #expect(complete("plot lifecycle hi") == ["highland"])
        #expect(!complete("plot lifecycle ").contains("mobilisation"))
        #expect(complete("plot triangle latent to ") == ["figures/", "notes.md"])
        #expect(complete("plot triangle latent to x.svg ").isEmpty)
    }
}
