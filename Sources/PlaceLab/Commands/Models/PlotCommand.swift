import PlaceLabCore
import PlaceLabLanguage
import PlaceLabRender

/// `plot KIND [ITEM …] to FILE.svg`: a figure of a model, written as an SVG file that a browser
/// opens. Each kind is one case of `PlotKind` and one builder in `Rendering/SVG`.
struct PlotCommand: Command {
    let name = "plot"
    let category = CommandCategory.models
    let summary = "write the strategic triangle, the lifecycle or a network as an SVG picture"
    var usage: String {
        PlotKind.allCases.map { "plot \($0.rawValue) \($0.items) to FILE.svg" }.joined(separator: " | ")
            + " | QUERY | plot triangle|lifecycle|network [CLAUSES] to FILE.svg"
    }
    let details = """
        Writes a figure to FILE.svg (the name must end in .svg), a picture any web browser \
        opens; rsvg-convert or Inkscape turn it into PNG or PDF for a handout. The file appears \
        whole or not at all, replacing any earlier one.
        plot triangle draws the strategic triangle — authority, organisational capacity and value \
        as three axes — with one outline per phase or case named (a phase by its id, name or \
        number, such as mobilisation or "Phase 2"; a case by its id, name or another name; quote \
        a name with spaces), at most six; with none, every phase. A phase's outline is how much \
        each corner matters in it, PlaceLab's reading of the report's words on a 1–5 scale that \
        the key spells out; a case's is its inferred teaching estimates (0–5), marked as such.
        plot lifecycle draws value for the public over time through the five phases — the \
        report's curve redrawn, schematic — with each case named placed on the phase the data \
        records for it, and the cases it does not place listed beside as "phase unknown"; with \
        no case named, every case.
        plot network draws a network's nodes and ties: each node a circle coloured by its realm \
        (grey when unknown) and sized by a measure of the network command — in_degree for a \
        directed network, degree otherwise, or "by MEASURE", any numeric one such as \
        betweenness or closeness — with hubs, gatekeepers and pulsetakers (PlaceLab's rule, \
        help roles) ringed and named. Ties are lines under the nodes, arrows when directed; \
        drawn together, a pair tied in several relations gets a wider line, and with one \
        relation ("relation REL") wider means a greater weight. "layout force" (the default) is \
        Fruchterman–Reingold with a fixed seed, so a network always gives the same picture; \
        "layout layers" puts the nodes in bands by their layer attribute — systemic, sectoral, \
        frontline, public, top to bottom — ordered within a band to reduce crossing ties. \
        Labels that would cover others are left out on large networks, and the figure says how \
        many. An illustrative network says so under the title and prints its note.
        Every figure has a title, a key, how to read it, and its sources or notes.
        At the end of a query, plot draws the query's rows: "… | plot triangle to FILE.svg" and \
        "… | plot lifecycle to FILE.svg" draw the cases of the result (its id column; for the \
        triangle, those with estimates, at most six); "… | plot network [relation REL] [by \
        MEASURE] [layout force|layers] to FILE.svg" draws the nodes of the result (its node or \
        id column) and the ties among them, from the network the query starts with (network \
        NAME, roles NAME, core NAME, … or the network's own name). Sizes and rings stay those \
        of the whole network, so a node looks the same in any selection.
        """
    let examples = [
        CommandExample("plot triangle design_discovery mobilisation to /tmp/placelab-triangle.svg",
                       "two phases of the lifecycle, overlaid"),
        CommandExample("plot triangle mobilisation tower_hamlets south_tyneside to /tmp/placelab-cases.svg",
                       "a phase and two cases' inferred estimates"),
        CommandExample("plot lifecycle to /tmp/placelab-lifecycle.svg", "the curve with every case the data places"),
        CommandExample("plot lifecycle highland bristol to /tmp/placelab-two.svg",
                       "one case on its phase, one the sources do not place"),
        CommandExample("plot network sna_locality to /tmp/placelab-network.svg",
                       "the illustrative SNA locality, sized by in-degree, roles ringed"),
        CommandExample("plot network gouda layout layers by betweenness to /tmp/placelab-gouda.svg",
                       "Gouda's layers as bands: strong ties within, weak ties between"),
        CommandExample("plot network sna_locality relation advice by betweenness to /tmp/placelab-advice.svg",
                       "one relation, nodes sized by betweenness"),
        CommandExample("cases | where scope == \"UK\" | plot lifecycle to /tmp/placelab-uk.svg",
                       "a query's cases on the lifecycle"),
        CommandExample("network gouda | where layer != \"public\" | plot network to /tmp/placelab-gouda-layers.svg",
                       "a query's nodes and the ties among them"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        guard index > 0, let kind = PlotKind(rawValue: previous[0].lowercased()) else {
            return index == 0 ? .choice(PlotKind.allCases.map(\.rawValue)) : .none
        }
        if let to = previous.dropFirst().lastIndex(where: { $0.lowercased() == "to" }) {
            return index == to + 1 ? .file : .none
        }
        return kind.argumentKind(after: Array(previous[1..<index]))
    }

    /// The kind, the items to draw, and the file, checked: "to FILE.svg" must end the statement.
    private func parse(_ invocation: Invocation) throws -> (kind: PlotKind, items: [Word], file: Word) {
        let words = invocation.words
        let kinds = PlotKind.allCases.map(\.rawValue)
        let first = try invocation.word(0, "what to draw: \(kinds.dropLast().joined(separator: ", ")) or \(kinds.last!)")
        guard let kind = PlotKind(rawValue: first.text.lowercased()) else {
            throw Diagnostic.unknown("plot kind", first.text, at: first.span, among: PlotKind.allCases.map(\.rawValue))
        }
        let example = "as in: plot \(kind.rawValue) \(kind.example) to \(kind.rawValue).svg"
        guard let to = words.indices.dropFirst().last(where: { !words[$0].quoted && words[$0].text.lowercased() == "to" })
        else {
            let end = Span(invocation.span.end, invocation.span.end)
            throw Diagnostic("plot needs \"to FILE.svg\" at the end: the file to write", at: end, help: example)
        }
        let file = try invocation.word(to + 1, "a file name after \"to\", ending in .svg")
        try invocation.expectAtMost(to + 2)
        guard file.text.lowercased().hasSuffix(".svg"), file.text.count > 4 else {
            throw Diagnostic("plot writes SVG: the file name must end in .svg, not \"\(file.text)\"", at: file.span,
                             help: "as in: to \(kind.rawValue).svg (rsvg-convert or Inkscape turn it into PNG or PDF)")
        }
        let items = Array(words[1..<to])
        try kind.check(items, before: words[to])
        return (kind, items, file)
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        _ = try parse(invocation)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let (kind, items, file) = try parse(invocation)
        let figure = try kind.figure(items, in: session)
        try session.writeFigure(figure.svg, described: figure.description, to: file.text, at: file.span)
    }
}

/// What `plot` can draw. A new kind is a case here and a builder in `Rendering/SVG`.
enum PlotKind: String, CaseIterable {
    case triangle
    case lifecycle
    case network

    /// The items it takes, for the usage line.
    var items: String {
        switch self {
        case .triangle: "[PHASE|CASE …]"
        case .lifecycle: "[CASE …]"
        case .network: NetworkPlot.usage
        }
    }

    /// Items for the "as in" of a message.
    var example: String {
        switch self {
        case .triangle: "mobilisation tower_hamlets"
        case .lifecycle: "tower_hamlets bristol"
        case .network: "sna_locality by betweenness"
        }
    }

    /// What Tab offers after these items; "to" ends them.
    func argumentKind(after items: [String]) -> ArgumentKind {
        switch self {
        case .triangle: return .caseNameOr(LifecyclePhase.allCases.map(\.rawValue) + ["to"])
        case .lifecycle: return .caseNameOr(["to"])
        case .network:
            guard let name = items.first else { return .network }
            switch items.count > 1 ? items.last!.lowercased() : nil {
            case "relation": return .relation(network: name)
            case "by": return .choice(NetworkPlot.sizeMeasures)
            case "layout": return .choice(NetworkSVG.Layout.allCases.map(\.rawValue))
            default:
                // The clauses not given yet; a clause's value is never taken for a clause.
                let given = stride(from: 1, to: items.count, by: 2).map { items[$0].lowercased() }
                return .choice(NetworkPlot.clauses.filter { !given.contains($0) } + ["to"])
            }
        }
    }

    /// What can be checked before running: the network clauses' syntax and names that never change.
    func check(_ items: [Word], before to: Word) throws {
        guard self == .network else { return }
        _ = try NetworkPlot.read(items, end: Span(to.span.start, to.span.start))
    }

    /// The figure as SVG text, and a line saying what it shows.
    func figure(_ items: [Word], in session: Session) throws -> (svg: String, description: String) {
        switch self {
        case .triangle:
            let figure = try TriangleSVG.plotting(items, in: session)
            return (figure.svg, "the strategic triangle of " + figure.shapes.map(\.title).joined(separator: ", "))
        case .lifecycle:
            let figure = try LifecycleSVG.plotting(items, in: session)
            return (figure.svg, "the lifecycle with \(plural(figure.placed.count, "case")) placed"
                    + (figure.unplaced.isEmpty ? "" : " and \(figure.unplaced.count) of unknown phase"))
        case .network:
            let request = try NetworkPlot.read(items, end: Span(items.last?.span.end ?? 0, items.last?.span.end ?? 0))
            // Measures and layout of a big network take a while: the terminal shows it.
            let (figure, selection, svg) = try session.withProgress("drawing network \(request.name.text)") { _ in
                let (figure, selection) = try request.figure(in: session)
                return (figure, selection, try figure.svg(checkpoint: session.checkInterrupt))
            }
            let ties = selection.relation.map { "\(plural(figure.ties.count, "tie")) of \($0)" }
                ?? plural(figure.ties.count, "tie") + (figure.relationCount > 1 ? " (\(figure.everyRelation))" : "")
            return (svg, (figure.illustrativeNote == nil ? "the network " : "the illustrative network ")
                    + "\(figure.name): \(plural(figure.nodes.count, "node")), \(ties), "
                    + (request.layout == .force ? "force-directed" : "in bands by layer") + ", sized by \(figure.measure)")
        }
    }
}
