import PlaceLabCore
import PlaceLabLanguage

/// `show CASE [--sources]`: a profile card of one case, every fact marked with its basis.
struct ShowCommand: Command {
    let name = "show"
    let category = CommandCategory.models
    let summary = "a case's profile card, every fact marked stated, inferred or illustrative"
    let usage = "show CASE [--sources]"
    let details = """
        Shows one case (its id, name, another name or an area within it, in any case, or the \
        start of one): \
        place, country, programmes, partners, lifecycle phase, the strategic-triangle teaching \
        estimates (authority, capacity, value: 0–5 scores PlaceLab inferred, not measurements), \
        realms and the innovation zones in play (zones whose realms are all among the case's), \
        layers, its network (and the bundled network, marked illustrative, when there is one), \
        numbers and summary. Every fact is marked [stated], [inferred] or [illustrative]; what \
        the seeds do not give shows as unknown; a value the source hedges shows its hedge \
        ("embedding (some signs)").
        With --sources, each fact also lists its seed document, the supporting quote and, \
        for an inference, PlaceLab's reasoning. In csv, tsv, json and line mode the card is a \
        table of facets (facet, value, basis, source) that exports cleanly.
        """
    let examples = [
        CommandExample("show tower_hamlets", "one case's card, each fact with its basis"),
        CommandExample("show gouda --sources", "each fact's source, quote and reasoning"),
        CommandExample("show \"South Tyneside\"", "a case found by its name"),
        CommandExample("show \"Knowle West\"", "a case found by an area within it (Bristol)"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .caseName : .choice(["--sources"])
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        _ = try parse(invocation)
    }

    /// The case's words and whether --sources was given.
    private func parse(_ invocation: Invocation) throws -> (words: [Word], sources: Bool) {
        var words: [Word] = []
        var sources = false
        for word in invocation.words {
            if !word.quoted, word.text.hasPrefix("--") {
                guard word.text.lowercased() == "--sources" else {
                    throw Diagnostic.unknown("option", word.text, at: word.span, among: ["--sources"])
                }
                sources = true
            } else {
                words.append(word)
            }
        }
        guard !words.isEmpty else {
            throw Diagnostic("show needs a case", at: Span(invocation.span.end, invocation.span.end),
                             help: "usage: \(usage); \"cases | select id, name\" lists them")
        }
        return (words, sources)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let (words, withSources) = try parse(invocation)
        let cases = try session.requireDataset("cases", for: name)
        let id = try TopicLookup(cases, nameColumn: "name").resolve(words, kind: "case")
        let facts = CaseFacts(cases.factRow(key: id)!, catalog: session.catalog)
        let sources = SeedSources(session.catalog.dataset("sources"))
        switch session.settings.mode {
        case .box, .table:
            session.emit(text: ShowCard(facts: facts, sources: sources, withSources: withSources,
                                        style: session.resultStyle, width: session.diagramWidth).text)
        case .markdown:
            session.emit(text: ShowCard(facts: facts, sources: sources, withSources: withSources, style: .plain).markdown)
        case .csv, .tsv, .json, .line:
            session.emit(ShowCard(facts: facts, sources: sources, withSources: withSources, style: .plain).table)
        }
    }
}
