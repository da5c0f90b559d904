import PlaceLabCore

/// `sources`: the seed documents every fact names, with the references they give.
struct SourcesCommand: Command {
    let name = "sources"
    let category = CommandCategory.models
    let summary = "list the seed documents the data comes from, with their references"
    let usage = "sources"
    let details = """
        One row per seed document: PlaceLab's id for it, the file name every fact cites, and \
        the authors, year, title, publisher, journal and DOI as far as the file itself gives \
        them. What a seed does not give stays null (unknown): PlaceLab does not fill references \
        from memory. A value PlaceLab concluded rather than read ends in "(inferred)", and the \
        notes under the table say why.
        "sources" is also a dataset: "sources | select …" queries it like any other.
        """
    let examples = [
        CommandExample("sources", "the seed documents and their references"),
        CommandExample("sources | select id, document_type", "the dataset itself, queried"),
    ]

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(0)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let sources = try session.requireDataset("sources", for: name)
        let columns = ["id", "file", "authors", "year", "title", "publisher", "journal", "doi"]
        var rows: [[Value]] = []
        var notes: [String] = []
        for row in sources.factRows {
            rows.append([.text(row.key)] + columns.dropFirst().map { row.marked($0, joiner: "; ") })
            notes += columns.dropFirst().compactMap { row.footnote($0) }
        }
        let lead = "null = unknown: the seed file does not give it, and nothing is filled in from elsewhere"
        session.emit(Table(columns: columns, rows: rows, notes: [lead] + notes + sources.notes))
    }
}
