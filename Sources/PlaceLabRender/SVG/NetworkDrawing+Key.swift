import Foundation
import PlaceLabCore

/// One line of a network figure's key, with the room it takes.
enum KeyLine: Equatable {
    case heading(String)
    case text(String)
    /// A realm's colour and its name; a name's later lines have no colour.
    case swatch(colour: String?, text: String)
    /// A node of this radius and the value it stands for.
    case size(radius: Double, text: String)
    case ring(String)
    /// A tie of this width; `arrow` when the network is directed.
    case tie(width: Double, text: String, arrow: Bool)
    case gap

    var height: Double {
        switch self {
        case .heading: 22
        case .text: 16
        case .swatch(let colour, _): colour == nil ? 16 : 18
        case .size(let radius, _): max(18, 2 * radius + 6)
        case .ring: 24
        case .tie: 20
        case .gap: 12
        }
    }

    /// The key of a figure: colour, size, ring, ties.
    static func lines(for figure: NetworkSVG, width: Double) -> [KeyLine] {
        let textWidth = width - 30
        func wrapped(_ text: String) -> [KeyLine] {
            SVGStyle.wrap(text, width: width, size: 12).map(KeyLine.text)
        }
        var lines: [KeyLine] = [.heading("Colour: realm")]
        for (category, count) in figure.realmKey {
            let name = (category?.name ?? "realm unknown") + " (\(count))"
            let colour = figure.colour(ofRealm: category?.id)
            for (index, line) in SVGStyle.wrap(name, width: textWidth, size: 12.5).enumerated() {
                lines.append(index == 0 ? .swatch(colour: colour, text: line) : .swatch(colour: nil, text: line))
            }
        }
        lines += [.gap, .heading("Size: \(figure.measure)")]
        lines += wrapped(figure.measureMeaning + "; the area grows with the value")
        if let range = figure.valueRange {
            var middle = (range.lowerBound + range.upperBound) / 2
            // Counts (degrees, cores) get a whole middle, or none when there is no whole one between.
            if figure.nodes.allSatisfy({ $0.value.map { $0 == $0.rounded() } ?? true }) { middle = middle.rounded(.down) }
            var samples = [range.upperBound]
            for value in [middle, range.lowerBound] where !samples.contains(value) { samples.append(value) }
            lines += samples.map { .size(radius: figure.radius($0), text: NetworkDrawing.number($0)) }
        }
        let missing = figure.nodes.filter { $0.value == nil }.count
        if missing > 0 { lines += wrapped("\(plural(missing, "node")) without a value: the smallest circle") }
        lines += [.gap, .heading("Ring: a role"), .ring("hub, gatekeeper or pulsetaker")]
        let counts = ["hub", "gatekeeper", "pulsetaker"].compactMap { role -> String? in
            let count = figure.nodes.filter { $0.roles.contains(role) }.count
            return count == 0 ? nil : plural(count, role)
        }
        lines += wrapped(counts.isEmpty ? "no node holds one here" : counts.joined(separator: ", "))
        lines += wrapped("PlaceLab's rule: help roles")
        lines += [.gap, .heading("Ties")]
        let single = figure.directed ? "from source to target" : "a tie"
        let strengths = figure.ties.map(\.strength)
        switch (figure.thickness, strengths.min(), strengths.max()) {
        case (.multiplexity, let low?, let high?) where high > low:
            lines.append(.tie(width: 1, text: plural(Int(clamping: low, to: 0...Int.max), "relation"), arrow: figure.directed))
            lines.append(.tie(width: 4.6, text: plural(Int(clamping: high, to: 0...Int.max), "relation"), arrow: figure.directed))
        case (.weight, let low?, let high?) where high > low:
            lines.append(.tie(width: 1, text: "weight " + NetworkDrawing.number(low), arrow: figure.directed))
            lines.append(.tie(width: 4.6, text: "weight " + NetworkDrawing.number(high), arrow: figure.directed))
        default:
            lines.append(.tie(width: 1.4, text: single, arrow: figure.directed))
        }
        if figure.layout == .layers { lines += wrapped("within a layer, a tie arcs") }
        return lines
    }
}

extension NetworkDrawing {
    func drawKey(_ document: inout SVGDocument) {
        var top = plotTop
        let left = keyLeft
        for line in key {
            let middle = top + line.height / 2
            switch line {
            case .heading(let text):
                document.element("text", SVGStyle.text(x: left, y: top + 15, size: 14, weight: "bold"), text: text)
            case .text(let text):
                document.element("text", SVGStyle.text(x: left, y: top + 12, size: 12, fill: SVGStyle.muted), text: text)
            case .swatch(let colour, let text):
                if let colour {
                    document.element("circle", ["cx": (left + 8).svg, "cy": (middle - 1).svg, "r": "7", "fill": colour,
                                                "class": "key"])
                }
                document.element("text", SVGStyle.text(x: left + 24, y: middle + 4, size: 12.5), text: text)
            case .size(let radius, let text):
                document.element("circle", ["cx": (left + 22).svg, "cy": middle.svg, "r": radius.svg, "fill": "none",
                                            "stroke": SVGStyle.ink, "stroke-width": "1.2", "class": "key"])
                document.element("text", SVGStyle.text(x: left + 52, y: middle + 4, size: 12.5), text: text)
            case .ring(let text):
                document.element("circle", ["cx": (left + 10).svg, "cy": middle.svg, "r": "6", "fill": NetworkSVG.unknownColour,
                                            "class": "key"])
                document.element("circle", ["cx": (left + 10).svg, "cy": middle.svg, "r": "9.2", "fill": "none",
                                            "stroke": SVGStyle.ink, "stroke-width": "1.8", "class": "key"])
                document.element("text", SVGStyle.text(x: left + 26, y: middle + 4, size: 12.5), text: text)
            case .tie(let width, let text, let arrow):
                document.element("line", ["x1": left.svg, "y1": middle.svg, "x2": (left + 40).svg, "y2": middle.svg,
                                          "stroke": NetworkSVG.tieColour, "stroke-opacity": "0.6",
                                          "stroke-width": width.svg, "marker-end": arrow ? "url(#arrow)" : nil,
                                          "class": "key"])
                document.element("text", SVGStyle.text(x: left + 52, y: middle + 4, size: 12.5), text: text)
            case .gap:
                break
            }
            top += line.height
        }
    }

    /// How to read the figure, what ties mean, labels left out, the network's description, and
    /// its illustrative note, as lines across the page.
    static func notes(_ figure: NetworkSVG, omittedLabels: Int, width: Double) -> [(text: String, bold: Bool, ink: Bool)] {
        var paragraphs: [(String, Bool, Bool)] = [("How to read it", true, false)]
        switch figure.layout {
        case .force:
            paragraphs.append(("Force-directed layout (Fruchterman–Reingold, seed \(NetworkSVG.seed)): tied nodes pull together "
                               + "and all nodes push apart, so groups with many ties among them sit together; where a node "
                               + "sits has no other meaning, and the same network always gives the same picture.", false, false))
        case .layers:
            paragraphs.append(("Each band is a layer of the local innovation system, from the top of the system to the public; "
                               + "within a band nodes are ordered to reduce crossing ties (the barycentre method). Ties within "
                               + "a layer arc inside its band (horizontal ties); ties between layers cross bands (vertical ties).",
                               false, false))
        }
        let every = figure.everyRelation.prefix(1).uppercased() + figure.everyRelation.dropFirst()
        let direction = figure.directed ? "; an arrow points from a tie's source to its target" : ""
        paragraphs.append(("Circles are nodes: the colour is the realm, the area grows with \(figure.measure) "
                           + "(\(figure.measureMeaning)). A dark ring marks a hub, gatekeeper or pulsetaker by PlaceLab's "
                           + "reading of Stephenson's definitions (help roles), named under the label. Lines are ties, "
                           + "drawn under the nodes\(direction).", false, false))
        switch (figure.relation, figure.thickness) {
        case (let relation?, .weight):
            paragraphs.append(("Only \(relation) ties are drawn; wider lines are stronger ties (their weight).", false, false))
        case (let relation?, _):
            paragraphs.append(("Only \(relation) ties are drawn.", false, false))
        case (nil, .multiplexity):
            paragraphs.append((every + " together: a pair tied in several is one line "
                               + (figure.directed ? "each way" : "") + ", wider the more relations tie it.", false, false))
        case (nil, .weight):
            paragraphs.append(((figure.relationCount > 1 ? every + " together, no pair tied "
                                + "in more than one: " : "") + "wider lines are stronger ties (their weight).", false, false))
        case (nil, .uniform):
            if figure.relationCount > 1 {
                paragraphs.append((every + " together: a tie in any of them is a line.", false, false))
            }
        }
        if omittedLabels > 0 {
            paragraphs.append(("\(omittedLabels) of \(figure.nodes.count) nodes are unlabelled, where a label would cover "
                               + "another (hover over a node in a browser for its name; network \(figure.name) lists every node).",
                               false, false))
        }
        if let about = figure.about { paragraphs.append(("About this network: " + about, false, false)) }
        if let note = figure.illustrativeNote {
            paragraphs.append(("Illustrative network", true, true))
            paragraphs.append((note, false, true))
        }
        return paragraphs.flatMap { text, bold, ink in
            SVGStyle.wrap(text, width: width, size: 12.5).map { ($0, bold, ink) }
        }
    }
}
