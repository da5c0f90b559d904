import PlaceLabCore

/// `explain [TOPIC]`: the glossary — every concept in a table, or one concept's card.
struct ExplainCommand: Command {
    let name = "explain"
    let category = CommandCategory.models
    let summary = "define a concept of the models, with its source (explain innovation zone)"
    let usage = "explain [TOPIC]"
    let details = """
        With no topic, lists every concept in the glossary with the start of its definition. \
        With a topic, shows its card: the term, its definition in PlaceLab's own words, other \
        names for it, the seed document and passage it rests on, whether the seed states it or \
        PlaceLab inferred it (and why), and related topics to explain next.
        A topic is found by its id, term or another name, in any case, or by the start of one \
        of them (explain design finds the design and discovery phase); when several topics \
        fit, they are listed. In csv, tsv, json and line mode the card is a one-row table.
        """
    let examples = [
        CommandExample("explain", "every concept, with the start of its definition"),
        CommandExample("explain hub", "one concept's card: definition, source, quote, basis, related topics"),
        CommandExample("explain design", "the start of a name is enough when only one topic fits"),
        CommandExample("explain political realm", "a topic found by another of its names"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .glossaryTopic : .none
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let glossary = try session.requireDataset("glossary", for: name)
        guard !invocation.words.isEmpty else {
            session.emit(overview(glossary))
            return
        }
        let id = try TopicLookup(glossary, nameColumn: "term").resolve(invocation.words, kind: "topic")
        let row = glossary.factRow(key: id)!
        let sources = SeedSources(session.catalog.dataset("sources"))
        switch session.settings.mode {
        case .box, .table:
            session.emit(text: ExplainCard(row: row, sources: sources, style: session.resultStyle,
                                           width: session.diagramWidth).text)
        case .markdown:
            session.emit(text: ExplainCard(row: row, sources: sources, style: .plain).markdown)
        case .csv, .tsv, .json, .line:
            session.emit(ExplainCard(row: row, sources: sources, style: .plain).table)
        }
    }

    private func overview(_ glossary: Dataset) -> Table {
        let rows: [[Value]] = glossary.factRows.map { row in
            [.text(row.key), row.marked("term"),
             row.text("definition").map { .text(ModelText.cut($0, to: 56)) } ?? .null,
             row.provenance("definition").map { .text($0.basis.rawValue) } ?? .null]
        }
        let note = "\(glossary.name): \(plural(glossary.rowCount, "topic")), defined in PlaceLab's own words; "
            + "basis \"inferred\" marks a reading the seeds do not state. \"explain TOPIC\" shows one in full."
        return Table(columns: ["id", "term", "definition", "basis"], rows: rows, notes: [note] + glossary.notes)
    }
}
