import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// The network figure built from a small hand-made network: what it draws and says.
@Suite struct NetworkSVGTests {
    private let realms = [NetworkSVG.Category(id: "political", name: "Political leadership"),
                          NetworkSVG.Category(id: "managerial", name: "Managerial/professional leadership"),
                          NetworkSVG.Category(id: "community_business", name: "Community and business leadership")]
    private let layers = ["systemic", "sectoral", "frontline", "public"].map {
        NetworkSVG.Category(id: $0, name: $0.prefix(1).uppercased() + $0.dropFirst() + " innovation")
    }

    /// Six people: a mayor, two officers, a head teacher, a resident with no realm, and one
    /// whose realm the realms dataset does not know.
    private var nodes: [NetworkSVG.Node] {
        [NetworkSVG.Node(id: "mayor", label: "Mayor", realm: "political", layer: "systemic", value: 3, roles: ["hub"]),
         NetworkSVG.Node(id: "officer_a", label: "Officer A", realm: "managerial", layer: "sectoral", value: 2, roles: []),
         NetworkSVG.Node(id: "officer_b", label: "Officer B", realm: "managerial", layer: "sectoral", value: 2,
                         roles: ["gatekeeper"]),
         NetworkSVG.Node(id: "head", label: "Head teacher & governor", realm: "managerial", layer: "frontline", value: 1,
                         roles: []),
         NetworkSVG.Node(id: "resident", label: "Resident", realm: nil, layer: nil, value: 0, roles: ["pulsetaker"]),
         NetworkSVG.Node(id: "vicar", label: "Vicar", realm: "faith", layer: "public", value: nil, roles: [])]
    }

    private let ties = [NetworkSVG.Tie(source: 0, target: 1, strength: 3), NetworkSVG.Tie(source: 1, target: 0, strength: 1),
                        NetworkSVG.Tie(source: 1, target: 2, strength: 2), NetworkSVG.Tie(source: 2, target: 3, strength: 1),
                        NetworkSVG.Tie(source: 3, target: 4, strength: 1), NetworkSVG.Tie(source: 4, target: 5, strength: 1)]

    private func figure(_ layout: NetworkSVG.Layout = .force, directed: Bool = true,
                        thickness: NetworkSVG.Thickness = .multiplexity, note: String? = "Invented to illustrate.",
                        nodes: [NetworkSVG.Node]? = nil, ties: [NetworkSVG.Tie]? = nil) -> NetworkSVG {
        NetworkSVG(name: "town", networkTitle: "A small town (illustrative)", relation: nil, relationCount: 3,
                   directed: directed, nodes: nodes ?? self.nodes, ties: ties ?? self.ties, thickness: thickness,
                   measure: "in_degree", measureMeaning: "ties pointing in", layout: layout, realms: realms, layers: layers,
                   illustrativeNote: note, about: "Who turns to whom in a small town.")
    }

    private func classed(_ svg: ParsedSVG, _ name: String) -> [ParsedSVG.Element] {
        svg.elements.filter { $0.attributes["class"] == name }
    }

    /// Each node's circle by the node's id, read from the hover title that follows it ("Mayor (mayor); …").
    private func circles(_ svg: ParsedSVG) -> [String: ParsedSVG.Element] {
        var found: [String: ParsedSVG.Element] = [:]
        for (index, element) in svg.elements.enumerated() where element.attributes["class"] == "node" {
            let title = svg.elements[index + 1].text.prefix { $0 != ";" }
            let id = title.hasSuffix(")") ? String(title[title.index(after: title.lastIndex(of: "(")!)...].dropLast()) : String(title)
            found[id] = element
        }
        return found
    }

    @Test func everyNodeIsACircleAndEveryTieALineUnderThem() {
        let svg = ParsedSVG(figure().svg)
        #expect(svg.wellFormed, "\(String(describing: svg.error))")
        let circles = classed(svg, "node")
        #expect(circles.count == 6)
        #expect(classed(svg, "tie").count == 6)
        #expect(classed(svg, "tie").allSatisfy { $0.name == "line" && $0.attributes["marker-end"] == "url(#arrow)" })
        // Ties come before nodes in the document, so nodes are drawn over them.
        let lastTie = svg.elements.lastIndex { $0.attributes["class"] == "tie" }!
        let firstNode = svg.elements.firstIndex { $0.attributes["class"] == "node" }!
        #expect(lastTie < firstNode)
        // Role holders are ringed.
        #expect(classed(svg, "role").count == 3)
        // Each node has a hover title naming it and its value.
        #expect(svg.named("title").contains { $0.text.contains("Head teacher & governor (head)") && $0.text.contains("in_degree: 1") })
        #expect(svg.named("title").contains { $0.text.contains("Vicar (vicar)") && $0.text.contains("in_degree: no value") })
    }

    @Test func coloursFollowTheRealmAndUnknownIsGrey() {
        let svg = ParsedSVG(figure().svg)
        let fills = circles(svg).mapValues { $0.attributes["fill"]! }
        #expect(fills.count == 6)
        #expect(fills["mayor"] == SVGStyle.colour(0))
        #expect(fills["officer_a"] == SVGStyle.colour(1))
        #expect(fills["resident"] == NetworkSVG.unknownColour)
        // A realm the data adds gets the next colour, not the grey of unknown.
        #expect(fills["vicar"] == SVGStyle.colour(3))
        // The key: a swatch per realm present (no community and business here), the added one, unknown.
        let swatches = classed(svg, "key").filter { $0.attributes["r"] == "7" }
        #expect(swatches.count == 4)
        #expect(svg.texts.contains("Political leadership (1)"))
        #expect(svg.prose.contains("Managerial/professional leadership (3)"))
        #expect(svg.texts.contains("faith (1)") && svg.texts.contains("realm unknown (1)"))
        #expect(!svg.prose.contains("Community and business"))
    }

    /// The numeric fuzz test's find: a NaN measure made min and max disagree, and the range trapped.
    @Test func nonFiniteMeasuresSizeNodesWithoutTrapping() {
        let values: [Double?] = [.nan, .infinity, -.greatestFiniteMagnitude, .greatestFiniteMagnitude, 1, nil]
        let odd = zip(nodes, values).map { node, value in
            NetworkSVG.Node(id: node.id, label: node.label, realm: node.realm, layer: node.layer, value: value, roles: node.roles)
        }
        let svg = ParsedSVG(figure(nodes: odd).svg)
        #expect(svg.wellFormed)
        let radius = circles(svg).mapValues { Double($0.attributes["r"] ?? "") }
        #expect(radius.values.allSatisfy { $0.map(\.isFinite) ?? false })
    }

    @Test func sizeFollowsTheMeasureAndTheKeySaysWhich() {
        let svg = ParsedSVG(figure().svg)
        let radius = circles(svg).mapValues { Double($0.attributes["r"]!)! }
        #expect(radius["mayor"]! > radius["officer_a"]! && radius["officer_a"]! > radius["head"]!)
        #expect(radius["officer_a"] == radius["officer_b"] && radius["head"]! > radius["resident"]!)
        // No value: the smallest circle, as for the lowest value.
        #expect(radius["vicar"] == radius["resident"])
        #expect(svg.texts.contains("Size: in_degree"))
        #expect(svg.prose.contains("ties pointing in"))
        #expect(svg.prose.contains("1 node without a value"))
        // Samples for 3, 1 (the whole middle) and 0.
        #expect(["3", "1", "0"].allSatisfy(svg.texts.contains))
    }

    @Test func titleRolesTiesAndTheIllustrativeNoteAreSaid() {
        let svg = ParsedSVG(figure().svg)
        #expect(svg.named("title").first?.text == "Network town · all 3 relations together")
        #expect(svg.texts.contains("A small town (illustrative)"))
        #expect(svg.prose.contains("Illustrative: PlaceLab's invention"))
        #expect(svg.texts.contains("Illustrative network"))
        #expect(svg.prose.contains("Invented to illustrate."))
        #expect(svg.prose.contains("About this network: Who turns to whom in a small town."))
        #expect(svg.texts.contains("How to read it"))
        #expect(svg.prose.contains("Fruchterman–Reingold, seed 42"))
        // Roles are named under the labels and counted in the key.
        #expect(svg.texts.contains("hub") && svg.texts.contains("gatekeeper") && svg.texts.contains("pulsetaker"))
        #expect(svg.prose.contains("1 hub, 1 gatekeeper, 1 pulsetaker"))
        // Multiplexity: widths from 1 to 3 relations, and the key says so.
        #expect(svg.texts.contains("1 relation") && svg.texts.contains("3 relations"))
        let widths = Set(classed(svg, "tie").compactMap { $0.attributes["stroke-width"] })
        #expect(widths == ["1", "2.8", "4.6"])
        #expect(svg.named("desc").first?.text.contains("an illustrative network, not data") == true)
    }

    @Test func aNetworkThatIsDataSaysNothingOfIllustrationAndAnUndirectedOneHasNoArrows() {
        let svg = ParsedSVG(figure(directed: false, thickness: .uniform, note: nil,
                                   ties: ties.filter { $0.source < $0.target }).svg)
        #expect(svg.wellFormed)
        #expect(!svg.prose.contains("Illustrative"))
        #expect(svg.named("marker").isEmpty)
        #expect(classed(svg, "tie").allSatisfy { $0.attributes["marker-end"] == nil && $0.attributes["stroke-width"] == "1.4" })
        #expect(svg.texts.contains("a tie"))
    }

    @Test func everyLabelAndTextStaysOnThePage() {
        for layout in NetworkSVG.Layout.allCases {
            let svg = ParsedSVG(figure(layout).svg)
            let root = svg.elements[0].attributes
            let width = Double(root["width"]!)!, height = Double(root["height"]!)!
            for text in svg.named("text") {
                let x = Double(text.attributes["x"]!)!, y = Double(text.attributes["y"]!)!
                let run = SVGStyle.textWidth(text.text, size: Double(text.attributes["font-size"]!)!)
                let left = text.attributes["text-anchor"] == "end" ? x - run
                    : text.attributes["text-anchor"] == "middle" ? x - run / 2 : x
                #expect(left >= 0 && left + run <= width + 1 && y >= 0 && y <= height, "\(layout) \(text.text)")
            }
            // Every node is labelled in a figure this small.
            #expect(classed(svg, "label").filter { $0.text == "Mayor" || $0.text == "Vicar" }.count == 2)
        }
    }

    @Test func layersAreBandsTopToBottomWithTiesWithinABandArced() {
        let svg = ParsedSVG(figure(.layers).svg)
        #expect(svg.wellFormed)
        // Four known layers and the band of nodes with none.
        let bands = classed(svg, "band")
        #expect(bands.count == 5)
        #expect(svg.texts.contains("Systemic innovation (1 node)"))
        #expect(svg.texts.contains("Sectoral innovation (2 nodes)"))
        #expect(svg.texts.contains("No layer given (1 node)"))
        // Officer A and B share a band: their ties arc; the others are lines.
        #expect(classed(svg, "tie").filter { $0.name == "path" }.count == 1)
        #expect(classed(svg, "tie").count == 6)
        // Nodes sit in their layer's band, in order down the page.
        let y = circles(svg).mapValues { Double($0.attributes["cy"]!)! }
        #expect(y["mayor"]! < y["officer_a"]! && y["officer_a"]! == y["officer_b"]! && y["officer_b"]! < y["head"]!)
        #expect(y["head"]! < y["vicar"]! && y["vicar"]! < y["resident"]!)
        #expect(svg.prose.contains("Each band is a layer"))
    }

    @Test func anEmptyLayerSaysSo() {
        let svg = ParsedSVG(figure(.layers, nodes: nodes.map {
            NetworkSVG.Node(id: $0.id, label: $0.label, realm: $0.realm, layer: $0.layer == "public" ? "frontline" : $0.layer,
                            value: $0.value, roles: $0.roles)
        }).svg)
        #expect(svg.texts.contains("Public innovation (no nodes in this layer)"))
    }

    @Test func theSameFigureEveryTime() {
        #expect(figure().svg == figure().svg)
        #expect(figure(.layers).svg == figure(.layers).svg)
    }

    @Test func manyNodesLeaveOutCoveredLabelsAndSaySo() {
        // A ring of 150 nodes with long labels: the page cannot hold every label.
        let many = (0..<150).map {
            NetworkSVG.Node(id: "n\($0)", label: "A participant with a long name \($0)", realm: "managerial",
                            layer: nil, value: Double($0 % 7), roles: [])
        }
        let ring = (0..<150).map { NetworkSVG.Tie(source: $0, target: ($0 + 1) % 150, strength: 1) }
        let svg = ParsedSVG(figure(directed: false, thickness: .uniform, nodes: many, ties: ring).svg)
        #expect(classed(svg, "node").count == 150)
        #expect(classed(svg, "tie").count == 150)
        // A label is wrapped over two lines; its second names the node.
        let labelled = Set(classed(svg, "label").map(\.text).filter { $0.contains("long name") }).count
        #expect(labelled < 150 && labelled > 20)
        #expect(svg.prose.contains("\(150 - labelled) of 150 nodes are unlabelled"))
    }
}

@Suite struct LabelPlacerTests {
    private typealias Box = LabelPlacer.Box

    @Test func labelsGoBesideTheirNodeAndNeverOnEachOther() {
        // A tight row of nodes, each with a label wider than the gap between them.
        let circles = (0..<6).map { LabelPlacer.Circle(x: 100 + Double($0) * 40, y: 200, radius: 8) }
        let placer = LabelPlacer(bounds: Box(left: 0, top: 0, width: 500, height: 400), circles: circles)
        let sizes: [(width: Double, height: Double)?] = Array(repeating: (70, 13), count: 6)
        let placed = placer.place(sizes, order: Array(0..<6), keepCovered: false)
        let boxes = placed.compactMap { $0?.box }
        #expect(boxes.count >= 4)
        for a in boxes.indices {
            for b in boxes.indices where b > a { #expect(boxes[a].overlap(boxes[b]) == 0) }
            #expect(boxes[a].inside(placer.bounds))
            // None covers a node.
            #expect(circles.allSatisfy { boxes[a].overlap($0.box) == 0 })
        }
        // The first would cover its neighbour's node on the right: it goes left, level with its node.
        #expect(placed[0]?.box.right == 89 && placed[0]?.alignment == .end && placed[0]?.leader == false)
    }

    @Test func aLabelThatCannotFitIsLeftOutUnlessKept() {
        // Two nodes side by side in a strip one label high: only the right is open, and the
        // first label takes it, a little out (with a leader) to clear the second node.
        let circles = [LabelPlacer.Circle(x: 20, y: 10, radius: 2), LabelPlacer.Circle(x: 24, y: 10, radius: 2)]
        let placer = LabelPlacer(bounds: Box(left: 0, top: 0, width: 200, height: 20), circles: circles)
        let sizes: [(width: Double, height: Double)?] = [(60, 20), (60, 20)]
        let placed = placer.place(sizes, order: [0, 1], keepCovered: false)
        #expect(placed[0]?.leader == true && placed[0]?.box.left == 35)
        #expect(placed[1] == nil)
        #expect(placer.place(sizes, order: [0, 1], keepCovered: true)[1] != nil)
        // No size, no label.
        #expect(placer.place([nil, nil], order: [0, 1], keepCovered: true) == [nil, nil])
    }

    @Test func labelsKeepClearOfTiesWhenTheyCan() {
        // A tie runs right of the node, where its label would go first: it goes left instead.
        let circles = [LabelPlacer.Circle(x: 200, y: 200, radius: 8)]
        var placer = LabelPlacer(bounds: Box(left: 0, top: 0, width: 400, height: 400), circles: circles)
        placer.linePoints = PointGrid(points: stride(from: 210.0, through: 400, by: 6).map { ($0, 200.0) })
        let placed = placer.place([(60, 13)], order: [0], keepCovered: false)
        #expect(placed[0]?.alignment == .end)
    }
}
