import Foundation
import PlaceLabCore

/// The strategic triangle as an SVG figure: the three corners as axes from a centre, with one
/// shape per lifecycle phase (how much each corner matters, PlaceLab's reading of the report's
/// words) or per case (its inferred teaching estimates), overlaid and explained in a key.
package struct TriangleSVG {
    package struct Corner: Equatable {
        package let id: String
        package let name: String

        package init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    /// One outline on the triangle.
    package struct Shape: Equatable {
        package enum Kind: Equatable {
            /// A lifecycle phase, on the 1–5 reading of its words: solid, filled, round points.
            case phase
            /// A case's inferred teaching estimates (0–5): dashed, hollow square points.
            case estimate
        }

        /// The name alone, for the figure's title.
        let name: String
        /// The name as the key shows it ("Tower Hamlets (inferred)").
        package let title: String
        let kind: Kind
        /// One per corner, in the corners' order, 0–5; nil where nothing is known (no point).
        let levels: [Double?]
        /// Lines for the key: what each level stands for.
        let details: [String]

        package init(name: String, title: String, kind: Kind, levels: [Double?], details: [String]) {
            self.name = name
            self.title = title
            self.kind = kind
            self.levels = levels
            self.details = details
        }
    }

    let corners: [Corner]
    package let shapes: [Shape]
    /// What the figure is of, when not its shapes' names ("the five phases of the lifecycle").
    var subject: String?
    /// `NESTA, 2008 — nesta_2008 (004_….txt)`, one per seed the figure draws on.
    let sources: [String]
    /// What each step of the phases' 1–5 reading stands for, for the notes.
    let scale: [(weight: Int, words: String)]

    package init(corners: [Corner], shapes: [Shape], subject: String? = nil, sources: [String],
                 scale: [(weight: Int, words: String)] = []) {
        self.corners = corners
        self.shapes = shapes
        self.subject = subject
        self.sources = sources
        self.scale = scale
    }

    /// The outer triangle stands for this level.
    static let top = 5.0
    /// The level outlines drawn, 1 to `top`.
    static let levels = 5

    // Layout, in pixels.
    private let width = 1000.0
    private let margin = 32.0
    private let radius = 205.0
    private let centreX = 300.0
    private let keyX = 640.0
    private let keyWidth = 340.0

    var title: String {
        if let subject { return "The strategic triangle: " + subject }
        let names = shapes.map(\.name).joined(separator: ", ")
        guard names.count > 60 else { return "The strategic triangle: " + names }
        let phases = shapes.filter { $0.kind == .phase }.count
        let cases = shapes.count - phases
        return "The strategic triangle: " + [phases > 0 ? plural(phases, "phase") : nil, cases > 0 ? plural(cases, "case") : nil]
            .compactMap { $0 }.joined(separator: " and ")
    }

    /// What the outlines are, in a sentence.
    var subtitle: String {
        let phases = "how much each corner matters in a phase of the lifecycle, as PlaceLab reads the report's words"
        let cases = "where cases stand on PlaceLab's inferred teaching estimates"
        switch (shapes.contains { $0.kind == .phase }, shapes.contains { $0.kind == .estimate }) {
        case (true, true): return "Authority, organisational capacity and value: " + phases + ", and " + cases + "."
        case (false, true): return "Authority, organisational capacity and value: " + cases + "."
        default: return "Authority, organisational capacity and value: " + phases + "."
        }
    }

    /// A sentence per shape, for screen readers.
    var summary: String {
        shapes.map { shape in
            shape.title + ": " + zip(corners, shape.levels).map { corner, level in
                corner.name.lowercased() + " " + (level.map(TriangleSVG.levelText) ?? "unknown")
            }.joined(separator: ", ") + (shape.kind == .estimate ? " (inferred teaching estimate)" : "")
        }.joined(separator: ". ") + "."
    }

    /// A level as text; one off the 0–5 scale says where it is drawn (NaN: not drawn).
    package static func levelText(_ level: Double) -> String {
        if level.isNaN { return "NaN (not drawn)" }
        if (0...top).contains(level) { return level.svg }
        return Value.format(level) + (level > top ? " (off the scale, drawn at 5)" : " (off the scale, drawn at 0)")
    }

    /// The corner's point at `level` (0 at the centre, `top` at the outer triangle). Corners
    /// go clockwise from the top.
    private func point(_ corner: Int, _ level: Double, centreY: Double) -> (x: Double, y: Double) {
        let angle = -Double.pi / 2 + Double(corner) * 2 * Double.pi / Double(max(corners.count, 1))
        let distance = radius * min(max(level, 0), TriangleSVG.top) / TriangleSVG.top
        return (centreX + distance * cos(angle), centreY + distance * sin(angle))
    }

    package var svg: String {
        // The height follows the content: heading, then the triangle beside the key, then notes.
        let titleLines = SVGStyle.wrap(title, width: width - 2 * margin, size: 22)
        let subtitle = SVGStyle.wrap(subtitle, width: width - 2 * margin, size: 14)
        let headingBottom = 40 + Double(titleLines.count - 1) * 28 + Double(subtitle.count) * 19
        let centreY = headingBottom + 56 + radius
        let key = keyEntries()
        let keyHeight = key.reduce(30.0) { $0 + $1.height }
        let drawingBottom = max(centreY + radius / 2 + 56, headingBottom + 30 + keyHeight)
        let notes = noteLines()
        let height = drawingBottom + 16 + Double(notes.count) * 18 + 24

        var document = SVGDocument(width: width, height: height, title: title, summary: summary)
        document.element("rect", ["x": "0", "y": "0", "width": width.svg, "height": height.svg, "fill": SVGStyle.paper])
        var y = 40.0
        for line in titleLines {
            document.element("text", SVGStyle.text(x: margin, y: y, size: 22, weight: "bold"), text: line)
            y += 28
        }
        y -= 28 - 21
        for line in subtitle {
            document.element("text", SVGStyle.text(x: margin, y: y, size: 14, fill: SVGStyle.muted), text: line)
            y += 19
        }
        drawGrid(&document, centreY: centreY)
        for (index, shape) in shapes.enumerated() where shape.kind == .phase {
            draw(shape, colour: SVGStyle.colour(index), &document, centreY: centreY)
        }
        for (index, shape) in shapes.enumerated() where shape.kind == .estimate {
            draw(shape, colour: SVGStyle.colour(index), &document, centreY: centreY)
        }
        drawKey(key, &document, top: headingBottom + 30)
        y = drawingBottom + 16
        for note in notes {
            document.element("text", SVGStyle.text(x: margin, y: y, size: note.size, weight: note.bold ? "bold" : nil,
                                                   fill: note.bold ? SVGStyle.ink : SVGStyle.muted), text: note.text)
            y += 18
        }
        return document.text
    }

    /// Level outlines 1–5, the axes, the level numbers and the corners' names.
    private func drawGrid(_ document: inout SVGDocument, centreY: Double) {
        document.open("g", ["fill": "none", "stroke": SVGStyle.grid])
        for level in 1...TriangleSVG.levels {
            let outline = corners.indices.map { point($0, Double(level), centreY: centreY) }
            document.element("polygon", ["points": SVGDocument.points(outline),
                                         "stroke-width": level == TriangleSVG.levels ? "1.6" : "0.8"])
        }
        for index in corners.indices {
            let end = point(index, TriangleSVG.top, centreY: centreY)
            document.element("line", ["x1": centreX.svg, "y1": centreY.svg, "x2": end.x.svg, "y2": end.y.svg,
                                      "stroke-width": "0.8"])
        }
        document.close()
        // Level numbers beside the first axis, clear of the points on it; a white halo keeps
        // them legible where an outline crosses.
        for level in 1...TriangleSVG.levels {
            let at = point(0, Double(level), centreY: centreY)
            document.element("text", ["x": (at.x + 9).svg, "y": (at.y + 4).svg, "font-family": SVGStyle.font,
                                      "font-size": "11", "fill": SVGStyle.muted, "stroke": SVGStyle.paper,
                                      "stroke-width": "3", "paint-order": "stroke"], text: String(level))
        }
        for (index, corner) in corners.enumerated() {
            let at = point(index, TriangleSVG.top, centreY: centreY)
            let above = at.y < centreY
            document.element("text", SVGStyle.text(x: at.x, y: above ? at.y - 14 : at.y + 28, size: 15, weight: "bold",
                                                   anchor: "middle"), text: corner.name)
        }
    }

    /// The shape's outline through the corners it knows: a closed, filled polygon when it
    /// knows all of them, else lines between neighbouring known corners only.
    private func draw(_ shape: Shape, colour: String, _ document: inout SVGDocument, centreY: Double) {
        // NaN has no place on the scale: that corner is left out, as an unknown one is.
        let points = shape.levels.enumerated().map { index, level in
            level.flatMap { $0.isNaN ? nil : point(index, $0, centreY: centreY) }
        }
        let (dash, offset) = dashes(shape)
        document.open("g", ["stroke": colour, "stroke-width": "2.5", "stroke-dasharray": dash,
                            "stroke-dashoffset": offset, "stroke-linejoin": "round"])
        if points.allSatisfy({ $0 != nil }) {
            document.element("polygon", ["points": SVGDocument.points(points.compactMap { $0 }),
                                         "fill": shape.kind == .phase ? colour : "none",
                                         "fill-opacity": shape.kind == .phase ? "0.12" : nil])
        } else {
            for index in points.indices {
                let next = (index + 1) % points.count
                guard next != index, let from = points[index], let to = points[next] else { continue }
                document.element("line", ["x1": from.x.svg, "y1": from.y.svg, "x2": to.x.svg, "y2": to.y.svg])
            }
        }
        document.close()
        let order = shapes.firstIndex(of: shape) ?? 0
        for (corner, point) in points.enumerated() {
            guard let point else { continue }
            // A point that falls on earlier shapes' points is drawn smaller, so theirs show around it.
            let under = shapes[..<order].filter { $0.kind == shape.kind && $0.levels[corner] == shape.levels[corner] }.count
            marker(shape.kind, colour: colour, x: point.x, y: point.y, size: max(4, 10 - 3 * Double(under)), &document)
        }
    }

    /// Cases' dashes take turns: with n of them, each draws one dash in n and skips the others'
    /// places, so outlines that run together show every colour.
    private func dashes(_ shape: Shape) -> (pattern: String?, offset: String?) {
        guard shape.kind == .estimate else { return (nil, nil) }
        let estimates = shapes.filter { $0.kind == .estimate }
        guard estimates.count > 1, let turn = estimates.firstIndex(of: shape) else { return ("7 4", nil) }
        return ("7 \((7 * Double(estimates.count - 1)).svg)", (7 * Double(turn)).svg)
    }

    /// Round and filled for a phase, a hollow square for a case: told apart without colour.
    private func marker(_ kind: Shape.Kind, colour: String, x: Double, y: Double, size: Double = 10,
                        _ document: inout SVGDocument) {
        switch kind {
        case .phase:
            document.element("circle", ["cx": x.svg, "cy": y.svg, "r": (size / 2).svg, "fill": colour,
                                        "stroke": SVGStyle.paper, "stroke-width": "1.5"])
        case .estimate:
            document.element("rect", ["x": (x - size / 2).svg, "y": (y - size / 2).svg, "width": size.svg,
                                      "height": size.svg, "fill": SVGStyle.paper, "stroke": colour, "stroke-width": "2.5"])
        }
    }

    /// One entry of the key: the shape's title and its details, wrapped to the key's width.
    private struct KeyEntry {
        let shape: Shape
        let colour: String
        let titleLines: [String]
        let detailLines: [String]
        var height: Double { Double(titleLines.count) * 18 + Double(detailLines.count) * 16 + 12 }
    }

    private func keyEntries() -> [KeyEntry] {
        let textWidth = keyWidth - 46
        return shapes.enumerated().map { index, shape in
            KeyEntry(shape: shape, colour: SVGStyle.colour(index),
                     titleLines: SVGStyle.wrap(shape.title, width: textWidth, size: 14 * 1.1),
                     detailLines: shape.details.flatMap { SVGStyle.wrap($0, width: textWidth, size: 12) })
        }
    }

    private func drawKey(_ entries: [KeyEntry], _ document: inout SVGDocument, top: Double) {
        document.element("text", SVGStyle.text(x: keyX, y: top, size: 15, weight: "bold"), text: "Key")
        var y = top + 30
        for entry in entries {
            let middle = y - 5
            // The key's sample keeps the plain dash, so every case's sample reads as dashed.
            document.element("line", ["x1": keyX.svg, "y1": middle.svg, "x2": (keyX + 34).svg, "y2": middle.svg,
                                      "stroke": entry.colour, "stroke-width": "2.5",
                                      "stroke-dasharray": entry.shape.kind == .estimate ? "7 4" : nil])
            marker(entry.shape.kind, colour: entry.colour, x: keyX + 17, y: middle, &document)
            for line in entry.titleLines {
                document.element("text", SVGStyle.text(x: keyX + 46, y: y, size: 14, weight: "bold"), text: line)
                y += 18
            }
            for line in entry.detailLines {
                document.element("text", SVGStyle.text(x: keyX + 46, y: y, size: 12, fill: SVGStyle.muted), text: line)
                y += 16
            }
            y += 12
        }
    }

    /// How to read the figure, the scales, and the sources, as lines across the page.
    private func noteLines() -> [(text: String, size: Double, bold: Bool)] {
        var paragraphs: [(String, Bool)] = [("How to read it", true),
            ("Distance from the centre shows how much a corner matters (phases) or how strong it is estimated to be "
             + "(cases): 0 at the centre, 5 at the outer triangle. A corner with nothing known has no point.", false)]
        if shapes.contains(where: { $0.kind == .phase }) {
            let steps = scale.map { "\($0.weight) \($0.words)" }.joined(separator: "; ")
            paragraphs.append(("Phases (solid, round points): PlaceLab's reading of the report's words on a 1–5 scale — "
                               + steps + ". The words are the report's; the numbers are not.", false))
        }
        if shapes.contains(where: { $0.kind == .estimate }) {
            paragraphs.append(("Cases (dashed, square points): inferred teaching estimate (0–5), not a measurement. "
                               + "No source rates a case numerically.", false))
        }
        for source in sources { paragraphs.append(("Source: " + source, false)) }
        return paragraphs.flatMap { text, bold in
            SVGStyle.wrap(text, width: width - 2 * margin, size: 12.5).map { ($0, bold ? 13 : 12.5, bold) }
        }
    }
}
