import PlaceLabCore

/// Hints for habits brought from other query languages: SQL's `select … from …`, a stage
/// typed where a statement starts, and text in single quotes.
package enum QueryHabits {
    /// A statement that starts with a stage keyword instead of the data: the pipeline form,
    /// built from the statement's own words when it reads as SQL (`select name from cases`).
    package static func stageFirst(_ tokens: [Token], _ source: SourceText) -> Diagnostic? {
        let first = tokens[0]
        let keyword = first.text.lowercased()
        guard first.kind == .identifier, QueryParser.stageKeywords.contains(keyword) else { return nil }
        let words = tokens.map { $0.kind == .identifier ? $0.text.lowercased() : "" }
        if keyword == "select", let from = words.firstIndex(of: "from"), from > 1, from + 1 < tokens.count {
            let columns = text(tokens[1..<from], source)
            let dataset = tokens[from + 1]
            var pipeline = dataset.text
            let rest = tokens[(from + 2)...]
            if let filter = rest.first, filter.kind == .identifier, filter.text.lowercased() == "where", rest.count > 1 {
                pipeline += " | where " + text(rest.dropFirst(), source)
            }
            pipeline += " | select " + columns
            return Diagnostic("PlaceLab queries start with the data, then stages joined by \"|\", not SQL's select … from",
                              at: first.span.union(tokens[tokens.count - 1].span),
                              help: "as a pipeline: \(pipeline)  (help query)")
        }
        return Diagnostic("\(keyword) is a stage of a query: it comes after the data and \"|\"", at: first.span,
                          help: "as in: cases | \(keyword) …  (help query, help \(keyword))")
    }

    /// `'France'`: the diagnostic for a single quote where a value is expected, covering the
    /// quoted text when its closing quote is found.
    static func singleQuote(at index: Int, in tokens: [Token], _ source: SourceText) -> Diagnostic {
        let open = tokens[index]
        let close = tokens[(index + 1)...].prefix { $0.kind != .newline && $0.kind != .endOfInput }
            .first { $0.kind == .symbol && $0.text == "'" }
        guard let close else {
            return Diagnostic("text goes in double quotes, not single ones", at: open.span,
                              help: "as in: country == \"France\"")
        }
        let inner = source.slice(Span(open.span.end, close.span.start))
        return Diagnostic("text goes in double quotes, not single ones", at: open.span.union(close.span),
                          help: "write \"\(inner)\"")
    }

    private static func text(_ tokens: ArraySlice<Token>, _ source: SourceText) -> String {
        guard let first = tokens.first, let last = tokens.last else { return "" }
        return source.slice(first.span.union(last.span))
    }
}
