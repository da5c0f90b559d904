/// The lifecycle of local social innovation as an SVG figure: value for the public over time
/// through the phases (the report's curve redrawn, schematic), with cases placed on the phase
/// the data records for them and the cases it does not place listed beside, never guessed.
package struct LifecycleSVG {
    package struct Phase: Equatable {
        /// "0" … "4".
        let number: String
        let name: String

        package init(number: String, name: String) {
            self.number = number
            self.name = name
        }
    }

    /// A case on the curve: its name and the index of its phase.
    package struct Placed: Equatable {
        let name: String
        let phase: Int
        /// The data's phase for it is PlaceLab's reading, not the source's statement.
        let inferred: Bool

        package init(name: String, phase: Int, inferred: Bool) {
            self.name = name
            self.phase = phase
            self.inferred = inferred
        }
    }

    let phases: [Phase]
    package let placed: [Placed]
    /// Names of cases whose phase the data does not record.
    package let unplaced: [String]
    /// What the figure is of, after "The lifecycle of local social innovation".
    let subject: String?
    /// Notes on the data, such as "At each transition the process may go into reverse [...]".
    let notes: [String]
    /// `NESTA, 2008 — nesta_2008 (004_….txt)`, one per seed the figure draws on.
    let sources: [String]

    package init(phases: [Phase], placed: [Placed], unplaced: [String], subject: String?, notes: [String],
                 sources: [String]) {
        self.phases = phases
        self.placed = placed
        self.unplaced = unplaced
        self.subject = subject
        self.notes = notes
        self.sources = sources
    }

    // Layout, in pixels.
    private let width = 1000.0
    private let margin = 32.0
    private let plotLeft = 100.0
    private let plotHeight = 300.0
    private let panelWidth = 230.0
    private let labelSize = 13.0

    var title: String {
        "The lifecycle of local social innovation" + (subject.map { ": " + $0 } ?? "")
    }

    var summary: String {
        var out = "Value for the public rising over time through the phases "
            + phases.map { "\($0.number) \($0.name)" }.joined(separator: ", ") + " (schematic, not data)."
        for phase in phases.indices {
            let here = placed.filter { $0.phase == phase }.map(\.name)
            if !here.isEmpty { out += " In \(phases[phase].name): " + here.joined(separator: ", ") + "." }
        }
        if !unplaced.isEmpty { out += " Phase unknown: " + unplaced.joined(separator: ", ") + "." }
        return out
    }

    private var plotRight: Double { unplaced.isEmpty ? width - margin - 20 : width - margin - panelWidth - 40 }
    private var segment: Double { (plotRight - plotLeft) / Double(max(phases.count, 1)) }

    /// The curve's height at time `t` (0–1 across the phases), as a y coordinate.
    private func curveY(_ t: Double, top: Double) -> Double {
        top + plotHeight - LifecycleCurve.value(at: t, phases: phases.count) * (plotHeight - 10)
    }

    package var svg: String {
        let titleLines = SVGStyle.wrap(title, width: width - 2 * margin, size: 22)
        let subtitle = SVGStyle.wrap("Value for the public over time, through the phases of the lifecycle. Schematic: "
                                     + "the curve redraws the shape of the report's lifecycle figure and is not data.",
                                     width: width - 2 * margin, size: 14)
        let headingBottom = 40 + Double(titleLines.count - 1) * 28 + Double(subtitle.count) * 19
        // Room above the plot for labels of cases high on the curve.
        let top = headingBottom + 64
        let axisY = top + plotHeight
        let phaseLabels = phases.map { SVGStyle.wrap($0.name, width: segment - 8, size: labelSize) }
        let labelsBottom = axisY + 24 + Double(phaseLabels.map(\.count).max() ?? 0) * 17 + 16
        let panel = panelLines()
        let panelBottom = top - 20 + Double(panel.count) * 18
        let notes = noteLines()
        let drawingBottom = max(labelsBottom, panelBottom) + 24
        let height = drawingBottom + Double(notes.count) * 18 + 24

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
        drawPhases(&document, top: top, labels: phaseLabels)
        drawAxes(&document, top: top)
        drawCurve(&document, top: top)
        drawCases(&document, top: top)
        drawPanel(panel, &document, top: top - 20)
        y = drawingBottom
        for note in notes {
            document.element("text", SVGStyle.text(x: margin, y: y, size: note.bold ? 13 : 12.5,
                                                   weight: note.bold ? "bold" : nil,
                                                   fill: note.bold ? SVGStyle.ink : SVGStyle.muted), text: note.text)
            y += 18
        }
        return document.text
    }

    /// Alternate bands for the phases, dashed lines between them, and their names under the axis.
    private func drawPhases(_ document: inout SVGDocument, top: Double, labels: [[String]]) {
        let axisY = top + plotHeight
        for index in phases.indices {
            let left = plotLeft + Double(index) * segment
            if index % 2 == 1 {
                document.element("rect", ["x": left.svg, "y": top.svg, "width": segment.svg, "height": plotHeight.svg,
                                          "fill": "#F3F3F3"])
            }
            if index > 0 {
                document.element("line", ["x1": left.svg, "y1": top.svg, "x2": left.svg, "y2": axisY.svg,
                                          "stroke": SVGStyle.grid, "stroke-width": "1", "stroke-dasharray": "4 4"])
            }
            let middle = left + segment / 2
            document.element("text", SVGStyle.text(x: middle, y: axisY + 24, size: labelSize, weight: "bold",
                                                   anchor: "middle"), text: "Phase \(phases[index].number)")
            for (line, text) in labels[index].enumerated() {
                document.element("text", SVGStyle.text(x: middle, y: axisY + 41 + Double(line) * 17, size: labelSize,
                                                       anchor: "middle"), text: text)
            }
        }
    }

    private func drawAxes(_ document: inout SVGDocument, top: Double) {
        let axisY = top + plotHeight
        let ink = SVGStyle.ink
        document.open("g", ["stroke": ink, "stroke-width": "1.5", "fill": "none"])
        document.element("polyline", ["points": SVGDocument.points([(plotLeft, top - 12), (plotLeft, axisY),
                                                                    (plotRight + 12, axisY)])])
        document.close()
        document.element("polygon", ["points": SVGDocument.points([(plotLeft - 5, top - 10), (plotLeft, top - 20),
                                                                   (plotLeft + 5, top - 10)]), "fill": ink])
        document.element("polygon", ["points": SVGDocument.points([(plotRight + 10, axisY - 5), (plotRight + 20, axisY),
                                                                   (plotRight + 10, axisY + 5)]), "fill": ink])
        let middle = top + plotHeight / 2
        let label: SVGDocument.Attributes = ["x": (plotLeft - 22).svg, "y": middle.svg, "font-family": SVGStyle.font, "font-size": labelSize.svg,
                 "font-weight": "bold", "fill": ink, "text-anchor": "middle",
                 "transform": "rotate(-90 \((plotLeft - 22).svg) \(middle.svg))"]
        document.element("text", label, text: "Value for the public")
        document.element("text", SVGStyle.text(x: plotRight + 20, y: axisY + 24, size: labelSize, weight: "bold",
                                               anchor: "end"), text: "Time")
    }

    private func drawCurve(_ document: inout SVGDocument, top: Double) {
        let samples = 160
        let points = (0...samples).map { step -> (x: Double, y: Double) in
            let t = Double(step) / Double(samples)
            return (plotLeft + t * (plotRight - plotLeft), curveY(t, top: top))
        }
        document.element("polyline", ["points": SVGDocument.points(points), "fill": "none",
                                      "stroke": SVGStyle.colour(0), "stroke-width": "3.5", "stroke-linejoin": "round"])
    }

    /// One marker per phase with cases, in the middle of the phase (where within it a case
    /// stands is not known), and the cases' names in a block beside the curve: above it where
    /// the curve is low, below where it is high, clear of the curve and of other blocks.
    private func drawCases(_ document: inout SVGDocument, top: Double) {
        let lineHeight = 17.0
        let axisY = top + plotHeight
        var taken: [(left: Double, top: Double, right: Double, bottom: Double)] = []
        for phase in phases.indices {
            let names = placed.filter { $0.phase == phase }.map { $0.name + ($0.inferred ? " (inferred)" : "") }
            guard !names.isEmpty else { continue }
            let t = (Double(phase) + 0.5) / Double(phases.count)
            let x = plotLeft + t * (plotRight - plotLeft)
            let y = curveY(t, top: top)
            let blockWidth = names.map { SVGStyle.textWidth($0, size: labelSize) }.max() ?? 0
            let labelX = min(max(x, plotLeft + blockWidth / 2 + 6), plotRight - blockWidth / 2)
            // The curve's highest and lowest points under the block.
            let under = stride(from: labelX - blockWidth / 2, through: labelX + blockWidth / 2, by: 4).map {
                curveY(min(max(($0 - plotLeft) / (plotRight - plotLeft), 0), 1), top: top)
            }
            let height = Double(names.count) * lineHeight
            // Baseline of the first line, above the curve or below it.
            let aboveFirst = (under.min() ?? y) - 16 - height + lineHeight
            let belowFirst = (under.max() ?? y) + 26
            let fitsAbove = aboveFirst - 13 >= top - 60
            let fitsBelow = belowFirst + height - lineHeight <= axisY - 8
            func box(_ first: Double) -> (left: Double, top: Double, right: Double, bottom: Double) {
                (labelX - blockWidth / 2, first - 13, labelX + blockWidth / 2, first + height - lineHeight + 4)
            }
            func free(_ first: Double) -> Bool {
                let mine = box(first)
                return !taken.contains { other in
                    mine.left < other.right && other.left < mine.right && mine.top < other.bottom && other.top < mine.bottom
                }
            }
            // The side with more room first; the other side when the first is taken; else further out.
            let prefersAbove = LifecycleCurve.value(at: t, phases: phases.count) < 0.5 ? fitsAbove || !fitsBelow : !fitsBelow
            let sides = [(prefersAbove, prefersAbove ? aboveFirst : belowFirst, prefersAbove ? fitsAbove : fitsBelow),
                         (!prefersAbove, prefersAbove ? belowFirst : aboveFirst, prefersAbove ? fitsBelow : fitsAbove)]
            var (above, first) = (prefersAbove, prefersAbove ? aboveFirst : belowFirst)
            if let open = sides.first(where: { $0.2 && free($0.1) }) {
                (above, first) = (open.0, open.1)
            } else {
                var tries = 0
                while !free(first), tries < 20 {
                    first += above ? -lineHeight : lineHeight
                    tries += 1
                }
            }
            taken.append(box(first))
            let edge = above ? first + height - lineHeight + 5 : first - 14
            document.element("line", ["x1": x.svg, "y1": (above ? y - 8 : y + 8).svg, "x2": labelX.svg, "y2": edge.svg,
                                      "stroke": SVGStyle.muted, "stroke-width": "1"])
            for (index, name) in names.enumerated() {
                document.element("text", ["x": labelX.svg, "y": (first + Double(index) * lineHeight).svg,
                                          "font-family": SVGStyle.font, "font-size": labelSize.svg, "fill": SVGStyle.ink,
                                          "text-anchor": "middle", "stroke": SVGStyle.paper, "stroke-width": "4",
                                          "paint-order": "stroke"], text: name)
            }
            document.element("path", ["d": "M \(x.svg) \((y - 7).svg) L \((x + 7).svg) \(y.svg) L \(x.svg) \((y + 7).svg) "
                                      + "L \((x - 7).svg) \(y.svg) Z",
                                      "fill": SVGStyle.colour(1), "stroke": SVGStyle.paper, "stroke-width": "1.5"])
        }
    }

    /// The side panel's lines: a heading, why, then one case per line.
    private func panelLines() -> [(text: String, kind: PanelLine)] {
        guard !unplaced.isEmpty else { return [] }
        let why = SVGStyle.wrap("The sources do not place these cases in the lifecycle; none is guessed.",
                                width: panelWidth, size: 12)
        return [("Phase unknown", .heading)] + why.map { ($0, .note) } + [("", .note)]
            + unplaced.flatMap { name in
                SVGStyle.wrap(name, width: panelWidth - 14, size: labelSize).enumerated().map {
                    ($0.element, $0.offset == 0 ? .item : .continued)
                }
            }
    }

    private enum PanelLine { case heading, note, item, continued }

    private func drawPanel(_ lines: [(text: String, kind: PanelLine)], _ document: inout SVGDocument, top: Double) {
        let left = width - margin - panelWidth
        var y = top
        for line in lines {
            switch line.kind {
            case .heading:
                document.element("text", SVGStyle.text(x: left, y: y, size: 15, weight: "bold"), text: line.text)
            case .note:
                if !line.text.isEmpty {
                    document.element("text", SVGStyle.text(x: left, y: y, size: 12, fill: SVGStyle.muted), text: line.text)
                }
            case .item:
                document.element("circle", ["cx": (left + 4).svg, "cy": (y - 4.5).svg, "r": "3", "fill": SVGStyle.muted])
                document.element("text", SVGStyle.text(x: left + 14, y: y, size: labelSize), text: line.text)
            case .continued:
                document.element("text", SVGStyle.text(x: left + 14, y: y, size: labelSize), text: line.text)
            }
            y += line.kind == .heading ? 20 : 18
        }
    }

    private func noteLines() -> [(text: String, bold: Bool)] {
        var paragraphs: [(String, Bool)] = [("How to read it", true)]
        paragraphs.append(("The curve's shape is the report's figure redrawn, not data: only the order of the phases "
                           + "and each case's phase come from PlaceLab's datasets. A phase's cases share one point in "
                           + "its middle; where within the phase each stands is not known.", false))
        paragraphs += notes.map { ($0, false) }
        paragraphs += sources.map { ("Source: " + $0, false) }
        return paragraphs.flatMap { text, bold in SVGStyle.wrap(text, width: width - 2 * margin, size: 12.5).map { ($0, bold) } }
    }
}
