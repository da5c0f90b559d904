import PlaceLabCore
import PlaceLabLanguage
import PlaceLabRender

/// `… | plot triangle|lifecycle|network … to FILE.svg`: the query's rows drawn as `plot` draws
/// them. Rows of cases (an `id` column) choose the cases of a triangle or a lifecycle; rows of a
/// network's nodes (a `node` or `id` column) choose the nodes drawn, with the ties among them.
struct QueryPlot {
    let session: Session
    let target: PlotTarget

    /// What can be checked before running: the clauses each kind takes.
    static func check(_ target: PlotTarget) throws {
        if target.kind == "network" {
            _ = try NetworkPlot.read([QueryPlot.placeholderName(target)] + target.clauses, end: target.pathSpan)
        } else if let extra = target.clauses.first {
            throw Diagnostic("plot \(target.kind) in a query draws the query's cases and takes nothing more",
                             at: extra.span.union(target.clauses[target.clauses.count - 1].span),
                             help: "the rows choose the cases, as in: cases | where … | plot \(target.kind) to \(target.kind).svg")
        }
    }

    /// The network clauses are read after the network's name, which here comes from the query.
    private static func placeholderName(_ target: PlotTarget) -> Word {
        Word(text: "network", span: target.kindSpan, quoted: true)
    }

    func draw(_ table: Table, from pipeline: Pipeline) throws {
        try QueryPlot.check(target)
        let figure: (svg: String, description: String)
        switch target.kind {
        case "network":
            figure = try network(table, from: pipeline)
        default:
            figure = try cases(table)
        }
        try session.writeFigure(figure.svg, described: figure.description, to: target.path, at: target.pathSpan)
    }

    /// The triangle or the lifecycle of the cases in the rows.
    private func cases(_ table: Table) throws -> (svg: String, description: String) {
        let example = "start from cases and keep id, as in: cases | where … | plot \(target.kind) to \(target.kind).svg"
        guard let column = table.columns.firstIndex(where: { $0.name == "id" }) else {
            throw Diagnostic("plot \(target.kind) needs rows of cases, with their id column; this result has no id",
                             at: target.kindSpan, help: example)
        }
        let cases = try session.requireDataset("cases", for: "plot")
        var ids: [String] = []
        for row in table.rows where !row[column].isNull && !ids.contains(row[column].plainText) {
            let id = row[column].plainText
            guard cases.factRow(key: id) != nil else {
                throw Diagnostic("plot \(target.kind) needs rows from cases; \"\(id)\" is not a case id",
                                 at: target.kindSpan, help: example)
            }
            ids.append(id)
        }
        guard !ids.isEmpty else {
            throw Diagnostic("the query found no cases to plot", at: target.kindSpan, help: "loosen the where, or leave it out")
        }
        if target.kind == "lifecycle" {
            return try PlotKind.lifecycle.figure(words(ids), in: session)
        }
        // A case without teaching estimates has no outline: the others are drawn and it is named.
        let corners = try session.requireDataset("triangle", for: "plot").factRows.map(\.key)
        let estimated = ids.filter { id in corners.contains { cases.factRow(key: id)?.value($0).asDouble != nil } }
        let left = ids.filter { !estimated.contains($0) }
        guard !estimated.isEmpty else {
            throw Diagnostic("none of the cases found has teaching estimates of \(corners.joined(separator: ", ")), "
                             + "so there is nothing to draw", at: target.kindSpan,
                             help: "cases with estimates: cases | where authority is not null")
        }
        guard estimated.count <= SVGStyle.palette.count else {
            throw Diagnostic("plot triangle draws at most \(SVGStyle.palette.count) cases at a time; "
                             + "the query found \(estimated.count) with estimates", at: target.kindSpan,
                             help: "keep fewer, as in: … | first \(SVGStyle.palette.count) | plot triangle to FILE.svg")
        }
        let figure = try PlotKind.triangle.figure(words(estimated), in: session)
        let without = left.isEmpty ? "" : "; without estimates, not drawn: " + left.joined(separator: ", ")
        return (figure.svg, figure.description + without)
    }

    /// The nodes in the rows, of the network the query started from.
    private func network(_ table: Table, from pipeline: Pipeline) throws -> (svg: String, description: String) {
        let example = "start from a network, as in: network gouda | where … | plot network to gouda.svg"
        let named = pipeline.sourceArguments.flatMap { Word.words(from: $0).first }
            ?? Word(text: pipeline.source, span: pipeline.sourceSpan, quoted: false)
        guard case .network? = session.catalog[named.text] else {
            throw Diagnostic("plot network needs rows of a network's nodes; \"\(named.text)\" is not a network",
                             at: named.span, help: example)
        }
        guard let column = table.columns.firstIndex(where: { $0.name == "node" }) ?? table.columns.firstIndex(where: { $0.name == "id" }) else {
            throw Diagnostic("plot network needs the nodes' ids (a node or id column); this result has neither",
                             at: target.kindSpan, help: "keep node in a select, as in: … | select node, degree | plot network to FILE.svg")
        }
        let ids = Set(table.rows.map { $0[column].plainText })
        guard !table.rows.isEmpty else {
            throw Diagnostic("the query found no nodes to plot", at: target.kindSpan, help: "loosen the where, or leave it out")
        }
        let request = try NetworkPlot.read([named] + target.clauses, end: target.pathSpan)
        let (figure, selection, svg) = try session.withProgress("drawing network \(named.text)") { _ in
            let (figure, selection) = try request.figure(in: session, only: ids)
            return (figure, selection, figure.svg)
        }
        let ties = plural(figure.ties.count, "tie") + (selection.relation.map { " of \($0)" } ?? "")
        return (svg, (figure.illustrativeNote == nil ? "the network " : "the illustrative network ")
                + "\(figure.name): \(figure.nodes.count) of \(plural(selection.built.ids.count, "node")), \(ties) among them, "
                + (request.layout == .force ? "force-directed" : "in bands by layer") + ", sized by \(figure.measure)")
    }

    /// Case ids as the words `plot` reads, placed at the kind for any message about them.
    private func words(_ ids: [String]) -> [Word] {
        ids.map { Word(text: $0, span: target.kindSpan, quoted: true) }
    }
}
