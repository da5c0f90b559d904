import PlaceLabCore
import PlaceLabLanguage
import PlaceLabRender

/// Runs query statements against a session: pipelines print, `let` names, `drop` forgets.
struct QueryRunner {
    let session: Session
    /// The statement's text, for positions in a source command's errors.
    let source: SourceText

    func run(_ statement: QueryStatement) throws {
        switch statement {
        case .pipeline(var pipeline):
            if let target = pipeline.exportTarget {
                try export(try evaluator.run(pipeline).table(), to: target)
            } else if let target = pipeline.plotTarget {
                try QueryPlot(session: session, target: target).draw(try evaluator.run(pipeline).table(), from: pipeline)
            } else if case .compare(let facets, let span) = pipeline.stages.last {
                pipeline.stages.removeLast()
                try compare(try evaluator.run(pipeline), facets: facets, at: span)
            } else if case .chart(let request, _) = pipeline.stages.last {
                pipeline.stages.removeLast()
                let origin = pipeline.stages.last.map { "the result of \($0.keyword)" } ?? pipeline.source
                let frame = try evaluator.run(pipeline)
                let table = frame.table()
                let chart = try ResultChart(table, types: frame.types, request: request, origin: origin)
                // The rows charted become the last result, so "chart OTHER" draws another field of them.
                session.lastResult = table
                chart.show(in: session)
            } else {
                session.emit(try evaluator.run(pipeline).table())
            }
        case .binding(let name, let nameSpan, let pipeline):
            if session.registry.lookup(name) != nil {
                throw Diagnostic("\"\(name)\" is a command; choose another name", at: nameSpan)
            }
            if let target = pipeline.exportTarget {
                throw Diagnostic("export writes the result to a file; it cannot be kept with let", at: target.span,
                                 help: "keep it with let \(name) = … (without export), then: export \(name) to FILE")
            }
            if let target = pipeline.plotTarget {
                throw Diagnostic("plot draws the result to a file; it cannot be kept with let", at: target.span,
                                 help: "keep it with let \(name) = … (without plot), then: \(name) | plot \(target.kind) to FILE.svg")
            }
            if let last = pipeline.stages.last, last.onlyShows {
                let compares = last.keyword == "compare"
                throw Diagnostic("\(last.keyword) shows \(compares ? "a comparison" : "a chart"); it cannot be kept with let",
                                 at: last.span,
                                 help: "let the \(compares ? "cases" : "rows") (let \(name) = … without \(last.keyword)), "
                                     + "then: \(name) | \(compares ? "compare" : "chart …")")
            }
            session.bindings[name.lowercased()] = try evaluator.run(pipeline).compacted()
        case .drop(let name, let nameSpan):
            guard session.bindings.removeValue(forKey: name.lowercased()) != nil else {
                let isDataset = session.catalog[name] != nil
                throw Diagnostic(isDataset ? "\"\(name)\" is a dataset, not a let name; unload removes datasets"
                                           : "nothing named \"\(name)\" to drop", at: nameSpan,
                                 help: isDataset ? nil : Suggestion.closest(to: name, among: Array(session.bindings.keys)).map { "did you mean \"\($0)\"?" })
            }
        }
    }

    /// `… | export to FILE`: the result written as export writes a table, whole or not at all.
    private func export(_ table: Table, to target: ExportTarget) throws {
        guard let format = ExportFormat(path: target.path) else { return }  // checked by the parser
        do {
            try session.writeFiles([(target.path, TableWriter.text(table, as: format))])
        } catch var diagnostic as Diagnostic where diagnostic.span == nil && diagnostic.place == nil {
            diagnostic.span = target.pathSpan
            throw diagnostic
        }
        let noted = table.notes.contains { $0.hasPrefix(Network.illustrativePrefix) } ? ", with its illustrative note" : ""
        session.notice("exported the result to \(target.path): \(plural(table.rows.count, "row")), "
            + plural(TableWriter.noted(table).columns.count, "column") + noted)
    }

    /// `… | compare [on …]`: the result's `id` column, which must name cases, handed to compare.
    private func compare(_ frame: Frame, facets: [FieldReference], at span: Span) throws {
        let named = try CaseComparison.checkFacets(facets.map { ($0.name, $0.span) })
        guard let column = frame.column(named: "id") else {
            throw Diagnostic("compare needs rows of cases, with their id column; this result has no id", at: span,
                             help: "start from cases and keep id, as in: cases | where … | compare")
        }
        let ids = frame.rows.map { frame.columns[column][$0].plainText }
        try CaseComparison.checkCount(ids.count, at: span, what: "the query found")
        let cases = try session.requireDataset("cases", for: "compare")
        let known = Set(cases.factRows.map(\.key))
        if let stranger = ids.first(where: { !known.contains($0) }) {
            throw Diagnostic("compare needs rows from cases; \"\(stranger)\" is not a case id", at: span,
                             help: "start from cases, as in: cases | where … | compare")
        }
        try CaseComparison.run(ids: ids, facets: named, in: session)
    }

    private var evaluator: PipelineEvaluator {
        PipelineEvaluator(resolve: resolve, resolveCommand: resolveCommand,
                          checkInterrupt: { try session.checkInterrupt() })
    }

    /// The table of the command that starts the pipeline, given the names the rest uses.
    private func resolveCommand(_ pipeline: Pipeline) throws -> Frame {
        let invocation = try session.registry.invocation(
            verb: pipeline.source, verbSpan: pipeline.sourceSpan, arguments: pipeline.sourceArguments ?? [],
            source: source)
        guard let command = invocation.command.tableCommand else {
            throw Diagnostic("\(pipeline.source) does not give a table to query", at: pipeline.sourceSpan)
        }
        return Frame(try command.table(invocation, in: session, columns: pipeline.namesUsed))
    }

    /// A `let` name first, then a dataset (a network gives its nodes).
    private func resolve(_ name: String, _ span: Span) throws -> Frame {
        if let bound = session.bindings[name.lowercased()] { return bound }
        if let dataset = session.dataset(named: name) { return Frame(dataset) }
        let known = Array(session.bindings.keys) + session.catalog.names + session.registry.names
        throw Diagnostic.unknown("dataset or command", name, at: span, among: known)
    }
}
