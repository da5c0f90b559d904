import PlaceLabCore
import PlaceLabLanguage

/// `compare CASE CASE [CASE …] [on FACET, …]`: cases side by side, differences marked.
struct CompareCommand: Command {
    let name = "compare"
    let category = CommandCategory.models
    let summary = "compare 2 to 6 cases side by side, marking the facets that differ"
    let usage = "compare CASE CASE [CASE …] [on FACET, …]"
    let details = """
        One column per case (its id, name or another name, or the start of one; quote a name \
        with spaces), one row per facet: by default country, programmes, phase, authority, \
        capacity, value, realms, zones, layers, partners and network. "on FACET, …" chooses \
        the facets (any of name, kind, study, country, scope, programmes, areas, partners, \
        research_partners, numbers, phase, stage_described, authority, capacity, value, realms, \
        zones, layers, network, summary). Rows whose values differ are marked ≠ (in colour on a \
        terminal); in csv, tsv, json and line mode a "differs" column says so instead. A last \
        line says what differs most. Authority, capacity and value are inferred teaching \
        estimates (0–5), never measurements; "(inferred)" marks PlaceLab's reading of a source.
        As the last stage of a query, compare takes the cases of the result: \
        cases | where … | compare [on FACET, …].
        """
    let examples = [
        CommandExample("compare tower_hamlets south_tyneside", "two cases on the default facets"),
        CommandExample("compare lille portland gouda on realms, zones, network", "three cases on chosen facets"),
        CommandExample("cases | where country == \"United Kingdom\" and phase is not null | compare on phase, authority",
                       "the cases a query finds, compared"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        if let on = previous.firstIndex(where: { $0.lowercased() == "on" }), on < index {
            return .choice(CaseFacts.allFacets)
        }
        return .caseName
    }

    /// The case words and the facets (checked), split at "on".
    private func parse(_ invocation: Invocation) throws -> (cases: [Word], facets: [String]) {
        let words = invocation.words
        let on = words.firstIndex { !$0.quoted && $0.text.lowercased() == "on" }
        let caseWords = Array(words[..<(on ?? words.count)])
        var named: [(name: String, span: Span?)] = []
        if let on {
            for word in words[(on + 1)...] {
                for piece in word.text.split(separator: ",") where !piece.isEmpty {
                    named.append((String(piece).trimmingCharacters(in: .whitespaces), word.span))
                }
            }
            if named.isEmpty {
                throw Diagnostic("expected facets after \"on\"", at: words[on].span,
                                 help: "as in: on phase, authority; facets: \(CaseFacts.allFacets.joined(separator: ", "))")
            }
        }
        let span = caseWords.isEmpty ? Span(invocation.span.end, invocation.span.end)
                                     : caseWords[0].span.union(caseWords[caseWords.count - 1].span)
        try CaseComparison.checkCount(caseWords.count, at: span, what: "given")
        return (caseWords, try CaseComparison.checkFacets(named))
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        _ = try parse(invocation)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let (words, facets) = try parse(invocation)
        let cases = try session.requireDataset("cases", for: name)
        let lookup = TopicLookup(cases, nameColumn: "name")
        let ids = try words.map { try lookup.resolve([$0], kind: "case") }
        try CaseComparison.run(ids: ids, facets: facets, in: session)
    }
}
