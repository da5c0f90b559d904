import Foundation
import PlaceLabCore
import PlaceLabNetworks

/// Where everything of a `NetworkSVG` goes on the page — heading, nodes, labels, key, notes —
/// worked out once, then written as SVG.
struct NetworkDrawing {
    typealias Point = NetworkLayout.Point
    typealias Box = LabelPlacer.Box

    let figure: NetworkSVG
    var margin: Double { figure.margin }
    let headingLines: [(text: String, size: Double, weight: String?, fill: String)]
    let plotTop: Double
    let plotHeight: Double
    /// Node centres and radii, by node index.
    let positions: [Point]
    let radius: [Double]
    /// The layered layout's bands (empty for the force layout) and each node's band.
    let bandBoxes: [(box: Box, category: NetworkSVG.Category?, count: Int)]
    let band: [Int]
    let tiePaths: [TiePath]
    /// Each node's label lines (its name, then its roles), and where they went.
    let labelLines: [[String]]
    let placements: [LabelPlacer.Placement?]
    let key: [KeyLine]
    let notes: [(text: String, bold: Bool, ink: Bool)]
    let height: Double

    var plotWidth: Double { figure.plotWidth }
    var keyLeft: Double { margin + plotWidth + figure.keyGap }
    var keyWidth: Double { figure.keyWidth }
    var width: Double { figure.width }

    /// `checkpoint` is called through the long parts (layout, spacing, labels), so Ctrl-C stops
    /// a large figure at once.
    init(figure: NetworkSVG, checkpoint: () throws -> Void) rethrows {
        self.figure = figure
        let width = figure.width, margin = figure.margin
        var heading: [(String, Double, String?, String)] = []
        heading += SVGStyle.wrap(figure.title, width: width - 2 * margin, size: 22 * 1.1).map { ($0, 22, "bold", SVGStyle.ink) }
        if let title = figure.networkTitle {
            heading += SVGStyle.wrap(title, width: width - 2 * margin, size: 14).map { ($0, 14, nil, SVGStyle.muted) }
        }
        if figure.illustrativeNote != nil {
            heading.append(("Illustrative: PlaceLab's invention to show what a source describes in words, not data "
                            + "(the note is below)", 14, "bold", NetworkDrawing.warning))
        }
        heading.append((NetworkDrawing.facts(figure), 13, nil, SVGStyle.muted))
        headingLines = heading
        let headingBottom = 40 + heading.dropFirst().reduce(0.0) { $0 + $1.1 + 6 }
        plotTop = headingBottom + 26

        let (_, largest) = figure.radii
        let radii = figure.nodeRadii
        radius = radii
        let graph = Graph(nodeCount: figure.nodes.count, directed: figure.directed, weighted: false,
                          edges: figure.ties.map { Graph.Edge($0.source, $0.target) })
        let lines = figure.nodes.map { NetworkDrawing.lines(for: $0, size: figure.labelSize) }
        labelLines = lines
        let sizes: [(width: Double, height: Double)?] = lines.map { lines in
            (lines.map { SVGStyle.textWidth($0, size: figure.labelSize, bold: true) }.max() ?? 0,
             Double(lines.count) * figure.lineHeight + 2)
        }
        let inset = largest + 8
        var obstacles: [Box] = []
        switch figure.layout {
        case .force:
            plotHeight = figure.plotWidth * 0.76
            let frame = NetworkLayout.Frame(left: margin + inset, top: plotTop + inset, width: figure.plotWidth - 2 * inset,
                                            height: plotHeight - 2 * inset)
            let spread = try NetworkLayout.force(graph, in: frame, seed: NetworkSVG.seed, checkpoint: checkpoint)
            // Room between nodes for a line or two of label, less as the nodes get many.
            let room = (frame.width * frame.height / Double(max(figure.nodes.count, 1))).squareRoot()
            positions = try NetworkLayout.separate(spread, radii: radii, padding: min(4.5 * figure.lineHeight, room * 0.5),
                                                   in: frame, checkpoint: checkpoint)
            bandBoxes = []
            band = []
        case .layers:
            let bands = figure.bands
            var nodeBand = [Int](repeating: 0, count: figure.nodes.count)
            for (index, band) in bands.enumerated() { for node in band.nodes { nodeBand[node] = index } }
            let order = NetworkLayout.bandOrder(graph, band: nodeBand, bandCount: bands.count)
            let labelRoom = 3 * figure.lineHeight + 8
            let rowHeight = 2 * largest + labelRoom + 10
            var top = plotTop
            var frames: [NetworkLayout.Frame] = []
            var rows: [Int] = []
            var boxes: [(Box, NetworkSVG.Category?, Int)] = []
            for band in bands {
                let spacing = min(170, (band.nodes.compactMap { sizes[$0]?.width }.max() ?? 60) + 16)
                let lines = NetworkLayout.rowsNeeded(count: band.nodes.count, width: figure.plotWidth - 2 * inset, spacing: spacing)
                // Room under the band's title for the arcs of ties within the band, which rise above its nodes.
                let titleRoom = 44.0
                let height = band.nodes.isEmpty ? 38 : titleRoom + largest + Double(lines - 1) * rowHeight + largest + labelRoom
                frames.append(NetworkLayout.Frame(left: margin + inset, top: top + titleRoom + largest,
                                                  width: figure.plotWidth - 2 * inset, height: Double(lines - 1) * rowHeight))
                rows.append(lines)
                boxes.append((Box(left: margin, top: top, width: figure.plotWidth, height: height), band.category,
                              band.nodes.count))
                obstacles.append(Box(left: margin, top: top, width: NetworkDrawing.bandTitleWidth(band.category, count: band.nodes.count) + 16,
                                     height: 26))
                top += height
            }
            plotHeight = top - plotTop
            positions = NetworkLayout.bandPlaces(order: order, frames: frames, rows: rows, nodeCount: figure.nodes.count)
            bandBoxes = boxes
            band = nodeBand
        }

        let centres = positions
        let paths = NetworkDrawing.tiePaths(figure, positions: centres, radius: radii, band: band)
        tiePaths = paths
        var placer = LabelPlacer(bounds: Box(left: margin - 6, top: plotTop - 6, width: figure.plotWidth + 24, height: plotHeight + 10),
                                 circles: centres.indices.map { node in
                                     // The ring, when there is one, and the labels' white halo.
                                     let ring = figure.nodes[node].roles.isEmpty ? 1.0 : 5.0
                                     return LabelPlacer.Circle(x: centres[node].x, y: centres[node].y,
                                                               radius: radii[node] + ring)
                                 })
        placer.obstacles = obstacles
        placer.preferVertical = figure.layout == .layers
        placer.linePoints = PointGrid(points: paths.flatMap(\.samples))
        let order = figure.nodes.indices.sorted { a, b in
            let (x, y) = (figure.nodes[a], figure.nodes[b])
            if x.roles.isEmpty != y.roles.isEmpty { return !x.roles.isEmpty }
            return radii[a] != radii[b] ? radii[a] > radii[b] : a < b
        }
        placements = try placer.place(sizes, order: order, keepCovered: figure.nodes.count <= 40, checkpoint: checkpoint)

        key = KeyLine.lines(for: figure, width: figure.keyWidth)
        let keyBottom = plotTop + key.reduce(0) { $0 + $1.height }
        let omitted = zip(lines, placements).filter { !$0.0.isEmpty && $0.1 == nil }.count
        notes = NetworkDrawing.notes(figure, omittedLabels: omitted, width: width - 2 * margin)
        let drawingBottom = max(plotTop + plotHeight, keyBottom) + 30
        height = drawingBottom + Double(notes.count) * 18 + 20
    }

    /// The illustrative warning's colour: a dark orange that reads as a caution on white.
    static let warning = "#A33D00"

    /// Nodes, ties, direction and layout in one line.
    static func facts(_ figure: NetworkSVG) -> String {
        var parts = [plural(figure.nodes.count, "node"), plural(figure.ties.count, "tie"),
                     figure.directed ? "directed" : "undirected"]
        switch figure.layout {
        case .force: parts.append("force-directed layout (Fruchterman–Reingold, seed \(NetworkSVG.seed))")
        case .layers: parts.append("in bands by layer of the local innovation system")
        }
        return parts.joined(separator: " · ")
    }

    /// A node's label wrapped to two lines at most, then its roles.
    static func lines(for node: NetworkSVG.Node, size: Double) -> [String] {
        var lines = balanced(node.label, width: 150, size: size)
        if lines.count > 2 {
            lines = [lines[0], lines[1] + "…"]
        }
        if !node.roles.isEmpty { lines.append(node.roles.joined(separator: ", ")) }
        return lines
    }

    /// A label on one line when it nearly fits, else broken where its two lines come out most
    /// even ("Head teacher," / "school C", not "Head teacher, school" / "C"), else wrapped.
    static func balanced(_ text: String, width: Double, size: Double) -> [String] {
        let widthOf = { (line: Substring) in SVGStyle.textWidth(String(line), size: size) }
        if widthOf(Substring(text)) <= width * 1.05 { return [text] }
        let spaces = text.indices.filter { text[$0] == " " }
        let splits = spaces.map { (text[..<$0], text[text.index(after: $0)...]) }
        guard let best = splits.min(by: { max(widthOf($0.0), widthOf($0.1)) < max(widthOf($1.0), widthOf($1.1)) }),
              max(widthOf(best.0), widthOf(best.1)) <= width else {
            return SVGStyle.wrap(text, width: width, size: size)
        }
        return [String(best.0), String(best.1)]
    }

    static func bandTitleWidth(_ category: NetworkSVG.Category?, count: Int) -> Double {
        SVGStyle.textWidth(bandTitle(category, count: count), size: 13, bold: true)
    }

    /// "Sectoral innovation (10 nodes)"; an empty band says so, since a missing layer is a finding.
    static func bandTitle(_ category: NetworkSVG.Category?, count: Int) -> String {
        (category?.name ?? "No layer given") + " (" + (count == 0 ? "no nodes in this layer" : plural(count, "node")) + ")"
    }

    // MARK: - Writing

    var svg: String {
        var document = SVGDocument(width: width, height: height, title: figure.title, summary: figure.summary)
        document.element("rect", ["x": "0", "y": "0", "width": width.svg, "height": height.svg, "fill": SVGStyle.paper])
        var y = 40.0
        for (index, line) in headingLines.enumerated() {
            if index > 0 { y += line.size + 6 }
            document.element("text", SVGStyle.text(x: margin, y: y, size: line.size, weight: line.weight, fill: line.fill),
                             text: line.text)
        }
        drawBands(&document)
        drawTies(&document)
        drawNodes(&document)
        drawLabels(&document)
        drawKey(&document)
        y = max(plotTop + plotHeight, plotTop + key.reduce(0) { $0 + $1.height }) + 30
        for note in notes {
            document.element("text", SVGStyle.text(x: margin, y: y, size: note.bold ? 13 : 12.5, weight: note.bold ? "bold" : nil,
                                                   fill: note.bold || note.ink ? SVGStyle.ink : SVGStyle.muted), text: note.text)
            y += 18
        }
        return document.text
    }

    private func drawBands(_ document: inout SVGDocument) {
        for (index, band) in bandBoxes.enumerated() {
            let box = band.box
            document.element("rect", ["x": box.left.svg, "y": box.top.svg, "width": box.width.svg, "height": box.height.svg,
                                      "fill": index % 2 == 0 ? "#F4F4F4" : "#FBFBFB", "class": "band"])
            // A halo, since ties between the bands above and below cross the title.
            document.element("text", ["x": (box.left + 8).svg, "y": (box.top + 19).svg, "font-family": SVGStyle.font,
                                      "font-size": "13", "font-weight": "bold", "fill": SVGStyle.ink,
                                      "stroke": index % 2 == 0 ? "#F4F4F4" : "#FBFBFB", "stroke-width": "4",
                                      "stroke-linejoin": "round", "paint-order": "stroke"],
                             text: NetworkDrawing.bandTitle(band.category, count: band.count))
        }
    }
}
