import PlaceLabCore

/// `edges NAME [relation REL]`: a network's ties as a table, so queries can reach them.
struct EdgesCommand: TableCommand {
    let name = "edges"
    let category = CommandCategory.networks
    let summary = "list a network's ties (source, target, relation, weight) as a table to query"
    let usage = "edges NAME [relation REL]"
    let resultColumns = ["source", "target", "relation", "weight", "source_label", "target_label"]
    let details = """
        One row per tie as the data records it: source, target, relation and weight, with the \
        two ends' labels. A query reaches a network's nodes by its name (sna_locality | where …); \
        this reaches its ties: edges sna_locality | group relation | aggregate ties = count(). \
        "relation REL" keeps one relation type.
        """
    let examples = [
        CommandExample("edges gouda relation information | limit 5", "the first ties of one relation"),
        CommandExample("edges sna_locality | group relation | aggregate ties = count() | sort ties desc",
                       "how many ties each relation type has"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        if index == 0 { return .network }
        if previous.last?.lowercased() == "relation" { return .relation(network: previous[0]) }
        return .choice(["relation"])
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        let (_, _, rest) = try NetworkSelection.split(invocation)
        if let extra = rest.first {
            throw Diagnostic("unexpected \"\(extra.text)\" after the network name", at: extra.span, help: "usage: \(usage)")
        }
    }

    func table(_ invocation: Invocation, in session: Session, columns: Set<String>?) throws -> Dataset {
        let selection = try NetworkSelection.read(invocation, in: session)
        let edges = selection.network.edges
        let index = Dictionary(selection.built.ids.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        let relation = edges.column(named: "relation")?.values
        var kept: [Int] = []
        for row in 0..<edges.rowCount {
            if let chosen = selection.relation, relation?[row].plainText.lowercased() != chosen.lowercased() { continue }
            kept.append(row)
        }
        var result = Dataset(name: "\(selection.network.name) edges", origin: selection.network.origin, columns: [],
                             notes: selection.network.nodes.notes + (selection.relation.map { ["relation: \($0) only"] } ?? []))
        for column in edges.columns {
            result.columns.append(Dataset.Column(name: column.name, type: column.type, description: column.description,
                                                 values: kept.map { column.vector[$0] }))
        }
        for end in ["source", "target"] {
            let ids = edges.column(named: end)?.values ?? []
            let labels: [Value] = kept.map { row in index[ids[row].plainText].map { .text(selection.label($0)) } ?? .null }
            result.columns.append(Dataset.Column(name: "\(end)_label", type: .text, values: labels))
        }
        return result
    }
}
