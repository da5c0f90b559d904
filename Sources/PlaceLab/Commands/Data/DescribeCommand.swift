import PlaceLabCore

/// `describe NAME`: a dataset's columns, their types, nulls and example values.
struct DescribeCommand: TableCommand {
    let name = "describe"
    let category = CommandCategory.data
    let summary = "show a dataset's columns: type, nulls, examples and meaning"
    let usage = "describe DATASET"
    let resultColumns = ["part", "column", "type", "nulls", "examples", "description"]
    let details = """
        One row per column: its name, its type (integer, number, boolean, text, list, phase \
        or empty when only nulls were seen), how many values are null (unknown), up to three \
        example values, and what the column means. For a network, node columns come first, \
        then edge columns. The description is a table: it can start a query.
        """
    let examples = [
        CommandExample("describe cases", "the columns of the cases"),
        CommandExample("describe realms", "the three realms of civic leadership"),
        CommandExample("describe cases | where nulls > 0 | select column, nulls", "the columns with unknown values"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .dataset : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.onlyWord("a dataset name")
    }

    func table(_ invocation: Invocation, in session: Session, columns: Set<String>?) throws -> Dataset {
        let word = try invocation.onlyWord("a dataset name")
        guard let entry = session.catalog[word.text] else {
            throw Diagnostic.unknown("dataset", word.text, at: word.span, among: session.catalog.names)
        }
        var rows: [[Value]] = []
        var notes: [String] = []
        switch entry {
        case .table(let dataset):
            rows = dataset.columns.map { describe($0, part: nil) }
            if let title = dataset.title { notes.append("\(dataset.name): \(title) (\(plural(dataset.rowCount, "row")))") }
            notes += dataset.notes
        case .network(let network):
            rows = network.nodes.columns.map { describe($0, part: "node") }
                + network.edges.columns.map { describe($0, part: "edge") }
            notes.append("\(network.name): \(plural(network.nodes.rowCount, "node")), \(plural(network.edges.rowCount, "edge")), "
                         + (network.directed ? "directed" : "undirected"))
            notes += network.nodes.notes
        }
        let columns = entry.isNetwork
            ? ["part", "column", "type", "nulls", "examples", "description"]
            : ["column", "type", "nulls", "examples", "description"]
        return Dataset(name: "describe", origin: entry.origin, columns: columns, rows: rows, notes: notes)
    }

    private func describe(_ column: Dataset.Column, part: String?) -> [Value] {
        var examples: [String] = []
        for value in column.values where !value.isNull {
            let text = value.plainText
            if !examples.contains(text) { examples.append(text) }
            if examples.count == 3 { break }
        }
        let type = column.refersTo.map { column.type == .list ? "refs:\($0)" : "ref:\($0)" } ?? column.type.rawValue
        let cells: [Value] = [
            .text(column.name), .text(type), .integer(column.values.lazy.filter(\.isNull).count),
            .text(examples.map { $0.count > 24 ? String($0.prefix(23)) + "…" : $0 }.joined(separator: "; ")),
            column.description.map(Value.text) ?? .null,
        ]
        return part.map { [.text($0)] + cells } ?? cells
    }
}

extension Catalog.Entry {
    var isNetwork: Bool {
        if case .network = self { return true }
        return false
    }
}
