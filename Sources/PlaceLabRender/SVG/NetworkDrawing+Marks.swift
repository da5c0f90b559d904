import Foundation
import PlaceLabCore

/// The network itself: ties under the nodes, the nodes, their rings and their labels.
extension NetworkDrawing {
    /// A tie as drawn: a line, or an arc through `control`, and its width.
    struct TiePath {
        let start: Point
        let control: Point?
        let end: Point
        let width: Double

        /// Points along it every few pixels, for labels to keep clear of.
        var samples: [(x: Double, y: Double)] {
            let length = ((end.x - start.x) * (end.x - start.x) + (end.y - start.y) * (end.y - start.y)).squareRoot()
            let steps = Int(clamping: length / 6, to: 1...10_000)
            return (0...steps).map { step in
                let t = Double(step) / Double(steps)
                guard let control else { return (start.x + (end.x - start.x) * t, start.y + (end.y - start.y) * t) }
                let (a, b, c) = ((1 - t) * (1 - t), 2 * (1 - t) * t, t * t)
                return (a * start.x + b * control.x + c * end.x, a * start.y + b * control.y + c * end.y)
            }
        }
    }

    /// A tie's line width for its strength, as the figure's thickness says.
    static func tieWidth(_ strength: Double, among strengths: [Double], thickness: NetworkSVG.Thickness) -> Double {
        guard thickness != .uniform, let low = strengths.min(), let high = strengths.max(), high > low else {
            return 1.4
        }
        return 1 + 3.6 * (strength - low) / (high - low)
    }

    /// Every tie's path, in the figure's order: from rim to rim (short of a ring and of the
    /// arrowhead's tip); the two ties of a reciprocal pair side by side; ties within a band of
    /// the layered layout arced, since a straight line would run through the nodes between.
    static func tiePaths(_ figure: NetworkSVG, positions: [Point], radius: [Double], band: [Int]) -> [TiePath] {
        let pairs = Set(figure.ties.map { [$0.source, $0.target] })
        let strengths = figure.ties.map(\.strength)
        return figure.ties.map { tie in
            let (from, to) = (positions[tie.source], positions[tie.target])
            let width = tieWidth(tie.strength, among: strengths, thickness: figure.thickness)
            let endGap = radius[tie.target] + (figure.nodes[tie.target].roles.isEmpty ? 1.5 : 4.5) + (figure.directed ? 1 : 0)
            let startGap = radius[tie.source] + 1
            let (dx, dy) = (to.x - from.x, to.y - from.y)
            let distance = max((dx * dx + dy * dy).squareRoot(), 1e-9)
            let (ux, uy) = (dx / distance, dy / distance)
            // Left of the direction of travel (on the page, y down): the two ties of a reciprocal
            // pair fall on opposite sides, so both show.
            let (nx, ny) = (uy, -ux)
            if figure.layout == .layers, band[tie.source] == band[tie.target] {
                let bulge = min(44, 0.15 * distance + 12)
                let control = Point((from.x + to.x) / 2 + nx * bulge, (from.y + to.y) / 2 + ny * bulge)
                return TiePath(start: toward(from, control, by: startGap), control: control,
                               end: toward(to, control, by: endGap), width: width)
            }
            let reciprocal = figure.directed && pairs.contains([tie.target, tie.source])
            let offset = reciprocal ? max(width / 2, 1) + 1.6 : 0
            guard distance > startGap + endGap else {
                // Nodes touching: the line hides under them but the tie is still there.
                return TiePath(start: from, control: nil, end: to, width: width)
            }
            return TiePath(start: Point(from.x + ux * startGap + nx * offset, from.y + uy * startGap + ny * offset),
                           control: nil,
                           end: Point(to.x - ux * endGap + nx * offset, to.y - uy * endGap + ny * offset), width: width)
        }
    }

    func drawTies(_ document: inout SVGDocument) {
        if figure.directed {
            // One arrowhead for all: in page pixels, so thin and thick ties show the same head.
            document.open("defs")
            document.open("marker", ["id": "arrow", "viewBox": "0 0 10 10", "refX": "10", "refY": "5",
                                     "markerWidth": "9", "markerHeight": "9", "markerUnits": "userSpaceOnUse",
                                     "orient": "auto"])
            document.element("path", ["d": "M 0 0 L 10 5 L 0 10 z", "fill": NetworkSVG.tieColour])
            document.close()
            document.close()
        }
        // Wide ties first, so thin ones stay visible on top of them.
        let order = figure.ties.indices.sorted { a, b in
            figure.ties[a].strength != figure.ties[b].strength ? figure.ties[a].strength > figure.ties[b].strength : a < b
        }
        let marker = figure.directed ? "url(#arrow)" : nil
        document.open("g", ["fill": "none", "stroke": NetworkSVG.tieColour, "stroke-opacity": "0.6",
                            "stroke-linecap": "round"])
        for index in order {
            let path = tiePaths[index]
            if let control = path.control {
                document.element("path", ["d": "M \(path.start.x.svg) \(path.start.y.svg) Q \(control.x.svg) \(control.y.svg) "
                                          + "\(path.end.x.svg) \(path.end.y.svg)",
                                          "stroke-width": path.width.svg, "marker-end": marker, "class": "tie"])
            } else {
                document.element("line", ["x1": path.start.x.svg, "y1": path.start.y.svg, "x2": path.end.x.svg,
                                          "y2": path.end.y.svg, "stroke-width": path.width.svg, "marker-end": marker,
                                          "class": "tie"])
            }
        }
        document.close()
    }

    /// The point `distance` from `point` in the direction of `target`.
    static func toward(_ point: Point, _ target: Point, by distance: Double) -> Point {
        let (dx, dy) = (target.x - point.x, target.y - point.y)
        let length = (dx * dx + dy * dy).squareRoot()
        guard length > 1e-9 else { return point }
        return Point(point.x + dx / length * distance, point.y + dy / length * distance)
    }

    func drawNodes(_ document: inout SVGDocument) {
        // Large nodes first, so small ones on top of them stay visible.
        let order = figure.nodes.indices.sorted { radius[$0] != radius[$1] ? radius[$0] > radius[$1] : $0 < $1 }
        for index in order {
            let node = figure.nodes[index]
            let at = positions[index]
            document.open("circle", ["cx": at.x.svg, "cy": at.y.svg, "r": radius[index].svg,
                                     "fill": figure.colour(ofRealm: node.realm), "stroke": SVGStyle.paper,
                                     "stroke-width": "1.5", "class": "node"])
            document.element("title", [:], text: tooltip(index))
            document.close()
            if !node.roles.isEmpty {
                document.element("circle", ["cx": at.x.svg, "cy": at.y.svg, "r": (radius[index] + 3.2).svg, "fill": "none",
                                            "stroke": SVGStyle.ink, "stroke-width": "1.8", "class": "role"])
            }
        }
    }

    /// What a browser shows on hovering over a node.
    private func tooltip(_ index: Int) -> String {
        let node = figure.nodes[index]
        var parts = [node.label == node.id ? node.id : "\(node.label) (\(node.id))"]
        parts.append("realm: " + (node.realm ?? "unknown"))
        if let layer = node.layer { parts.append("layer: " + layer) }
        parts.append("\(figure.measure): " + (node.value.map(NetworkDrawing.number) ?? "no value"))
        if !node.roles.isEmpty { parts.append("role: " + node.roles.joined(separator: ", ")) }
        return parts.joined(separator: "; ")
    }

    /// A measure's value as the key and tooltips show it: at most three decimals.
    static func number(_ value: Double) -> String {
        Value.format(value.rounded(toDecimals: 3))
    }

    func drawLabels(_ document: inout SVGDocument) {
        let size = figure.labelSize
        for (index, placement) in placements.enumerated() {
            guard let placement, placement.leader else { continue }
            let centre = positions[index]
            let near = Point(min(max(centre.x, placement.box.left), placement.box.right),
                             min(max(centre.y, placement.box.top), placement.box.bottom))
            let start = NetworkDrawing.toward(centre, near, by: radius[index] + 1.5)
            document.element("line", ["x1": start.x.svg, "y1": start.y.svg, "x2": near.x.svg, "y2": near.y.svg,
                                      "stroke": SVGStyle.muted, "stroke-width": "0.8", "class": "leader"])
        }
        for (index, placement) in placements.enumerated() {
            guard let placement else { continue }
            let lines = labelLines[index]
            let roleLine = figure.nodes[index].roles.isEmpty ? nil : lines.count - 1
            var y = placement.box.top + size * 0.9 + 1
            for (number, line) in lines.enumerated() {
                let isRole = number == roleLine
                document.element("text", ["x": placement.anchorX.svg, "y": y.svg, "font-family": SVGStyle.font,
                                          "font-size": size.svg, "font-weight": isRole ? "bold" : nil,
                                          "font-style": isRole ? "italic" : nil, "fill": SVGStyle.ink,
                                          "text-anchor": placement.alignment == .start ? nil : placement.alignment.rawValue,
                                          "stroke": SVGStyle.paper, "stroke-width": "3", "stroke-linejoin": "round",
                                          "paint-order": "stroke", "class": "label"], text: line)
                y += figure.lineHeight
            }
        }
    }
}
