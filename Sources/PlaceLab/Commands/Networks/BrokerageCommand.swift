import PlaceLabCore
import PlaceLabLanguage
import PlaceLabNetworks

/// `brokerage NAME by FIELD [relation REL]`: Gould–Fernandez brokerage roles per node.
struct BrokerageCommand: TableCommand {
    let name = "brokerage"
    let category = CommandCategory.networks
    let summary = "count who brokers between groups (Gould–Fernandez roles), groups from a node field"
    let usage = "brokerage NAME by FIELD [relation REL]"
    let resultColumns = ["label", "coordinator", "itinerant", "gatekeeper", "representative", "liaison", "total"]
    let details = """
        Gould and Fernandez (1989): a node brokers whenever A turns to it and it turns to B \
        while A has no tie to B. Each such A → broker → B counts once, in one role by the \
        groups of the three (groups are the values of FIELD, such as realm or organisation):
          coordinator     all three in one group
          itinerant       A and B in one group, the broker in another
          representative  the broker in A's group, passing to another group
          gatekeeper      the broker in B's group, letting A's group in
          liaison         all three in different groups
        In an undirected network each tie counts both ways, so representative and gatekeeper \
        are equal. By realm, this shows who works in the innovation zones where realms overlap. \
        Nodes whose FIELD is unknown take part in no brokerage.
        """
    let examples = [
        CommandExample("brokerage sna_locality by realm", "who spans the realms"),
        CommandExample("brokerage sna_locality by organisation | where total > 0 | sort liaison desc | select node, liaison, total",
                       "brokers between organisations"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        if index == 0 { return .network }
        switch previous.last?.lowercased() {
        case "by": return .nodeField(network: previous[0])
        case "relation": return .relation(network: previous[0])
        default: return .choice(["by", "relation"])
        }
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        let (_, _, rest) = try NetworkSelection.split(invocation)
        try field(rest, invocation)
    }

    /// The word after "by".
    @discardableResult
    private func field(_ rest: [Word], _ invocation: Invocation) throws -> Word {
        guard let by = rest.first, !by.quoted, by.text.lowercased() == "by" else {
            throw Diagnostic("brokerage needs the groups: by FIELD", at: rest.first?.span ?? Span(invocation.span.end, invocation.span.end),
                             help: "as in: brokerage \(invocation.words.first?.text ?? "NAME") by realm")
        }
        guard rest.count == 2 else {
            throw Diagnostic(rest.count < 2 ? "expected a node field after \"by\"" : "too many arguments for brokerage",
                             at: rest.count < 2 ? by.span : rest[2].span, help: "usage: \(usage)")
        }
        return rest[1]
    }

    func table(_ invocation: Invocation, in session: Session, columns: Set<String>?) throws -> Dataset {
        let selection = try NetworkSelection.read(invocation, in: session)
        let fieldWord = try field(selection.rest, invocation)
        let nodes = selection.network.nodes
        let fields = nodes.columns.map(\.name).filter { $0 != "id" && $0 != "label" }
        guard let column = nodes.column(named: fieldWord.text), column.name != "id" else {
            throw Diagnostic.unknown("node field", fieldWord.text, at: fieldWord.span, among: fields,
                                     context: "in \(selection.network.name)")
        }
        var groupIndex: [String: Int] = [:]
        let groups: [Int?] = column.values.map { value in
            guard !value.isNull else { return nil }
            let key = value.plainText
            if let known = groupIndex[key] { return known }
            groupIndex[key] = groupIndex.count
            return groupIndex[key]
        }
        let counts = Brokerage.roles(selection.graph, groups: groups)
        let order = counts.indices.sorted { counts[$0].total != counts[$1].total ? counts[$0].total > counts[$1].total : $0 < $1 }
        let rows: [[Value]] = order.map { node in
            let count = counts[node]
            return [.text(selection.built.ids[node]), .text(selection.label(node)), column.vector[node],
                    .integer(count.coordinator), .integer(count.itinerant), .integer(count.gatekeeper),
                    .integer(count.representative), .integer(count.liaison), .integer(count.total)]
        }
        var notes = selection.notes
        notes.append("groups: \(plural(groupIndex.count, "value")) of \(column.name); roles after Gould & Fernandez (1989)")
        return Dataset(name: "\(selection.network.name) brokerage", origin: selection.network.origin,
                       columns: ["node", "label", column.name, "coordinator", "itinerant", "gatekeeper", "representative",
                                 "liaison", "total"], rows: rows, notes: notes)
    }
}
