import PlaceLabCore

/// `datasets`: what is loaded, with sizes and origins.
struct DatasetsCommand: TableCommand {
    let name = "datasets"
    let category = CommandCategory.data
    let summary = "list the loaded datasets and networks, with their sizes and origins"
    let usage = "datasets"
    let resultColumns = ["name", "kind", "rows", "edges", "columns", "origin", "title"]
    let details = """
        One row per dataset: its name (what queries and commands call it), whether it is a \
        table or a network, its rows (for a network: nodes and edges), its columns, and where \
        it came from. Bundled datasets load at start-up from the datasets folder (--data DIR \
        chooses another); load adds your own. The list is a table: it can start a query.
        """
    let examples = [
        CommandExample("datasets", "everything loaded"),
        CommandExample("datasets | where kind starts with \"network\" | select name, rows, edges", "only the networks"),
    ]

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(0)
    }

    func table(_ invocation: Invocation, in session: Session, columns: Set<String>?) throws -> Dataset {
        let rows: [[Value]] = session.catalog.entries.map { entry in
            switch entry {
            case .table(let dataset):
                return [.text(dataset.name), .text("table"), .integer(dataset.rowCount), .null,
                        .integer(dataset.columns.count), .text(dataset.origin), dataset.title.map(Value.text) ?? .null]
            case .network(let network):
                let kind = network.isIllustrative ? "network (illustrative)" : "network"
                return [.text(network.name), .text(kind), .integer(network.nodes.rowCount), .integer(network.edges.rowCount),
                        .integer(network.nodes.columns.count), .text(network.origin), network.title.map(Value.text) ?? .null]
            }
        }
        return Dataset(name: name, origin: name, columns: resultColumns, rows: rows)
    }
}
