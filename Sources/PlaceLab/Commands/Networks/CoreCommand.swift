import PlaceLabCore
import PlaceLabNetworks

/// `core NAME`: the core group across relation types, and who stands outside it.
struct CoreCommand: TableCommand {
    let name = "core"
    let category = CommandCategory.networks
    let summary = "the core group present across a network's relation types, and who is outside it"
    let usage = "core NAME"
    let resultColumns = ["label", "relations_present", "main_core_in", "core", "in_core"]
    let details = """
        One row per node, the core group first: in how many relation types it has ties \
        (relations_present), in how many it sits in the main k-core, the centre of that relation \
        (main_core_in), its core number with every relation together (core), and whether it is \
        in the core group (in_core): in the main core of more than half of the relation types. \
        A last note names the organisations outside the core. This is PlaceLab's reading of the \
        report's finding that the same core group appeared across all seven networks.
        """
    let examples = [
        CommandExample("core sna_locality", "the core group of the illustrative SNA locality"),
        CommandExample("core sna_locality | where not in_core | group organisation | aggregate people = count()",
                       "who stands outside it, by organisation"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .network : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.onlyWord("a network name")
    }

    func table(_ invocation: Invocation, in session: Session, columns: Set<String>?) throws -> Dataset {
        let word = try invocation.onlyWord("a network name")
        let network = try NetworkSelection.find(word, in: session)
        let union = NetworkGraph(network)
        let relations = network.relations.isEmpty ? [nil] : network.relations.map(Optional.some)
        let graphs = relations.map { NetworkGraph(network, relation: $0).graph }
        let members = CoreGroup.members(relations: graphs, union: union.graph)

        let order = members.indices.sorted { a, b in
            let (x, y) = (members[a], members[b])
            if x.inCoreGroup != y.inCoreGroup { return x.inCoreGroup }
            if x.mainCoreIn != y.mainCoreIn { return x.mainCoreIn > y.mainCoreIn }
            return x.coreNumber != y.coreNumber ? x.coreNumber > y.coreNumber : a < b
        }
        let attributes = network.nodes.columns
        var rows: [[Value]] = []
        for node in order {
            let member = members[node]
            rows.append(attributes.map { $0.vector[node] }
                        + [.integer(member.relationsPresent), .integer(member.mainCoreIn), .integer(member.coreNumber),
                           .bool(member.inCoreGroup)])
        }
        let computed = ["relations_present", "main_core_in", "core", "in_core"]
        var names = attributes.map { computed.contains($0.name.lowercased()) ? "data_" + $0.name : $0.name }
        names[names.firstIndex(of: "id") ?? 0] = "node"
        var notes = network.nodes.notes
        let inside = members.filter(\.inCoreGroup).count
        notes.append("core group: \(plural(inside, "node")) in the main core of more than half of the "
                     + "\(plural(graphs.count, "relation type"))")
        if let outside = outsideSummary(network, members) { notes.append(outside) }
        return Dataset(name: "\(network.name) core", origin: network.origin,
                       columns: names + computed, rows: rows, notes: notes)
    }

    /// "outside the core: Residents (3), Student council (2), …" from the organisation (or realm) column.
    private func outsideSummary(_ network: Network, _ members: [CoreGroup.Membership]) -> String? {
        guard let column = network.nodes.column(named: "organisation") ?? network.nodes.column(named: "realm") else {
            return nil
        }
        var counts: [(String, Int)] = []
        for (node, member) in members.enumerated() where !member.inCoreGroup {
            let group = column.vector[node].isNull ? "unknown" : column.vector[node].plainText
            if let index = counts.firstIndex(where: { $0.0 == group }) { counts[index].1 += 1 } else { counts.append((group, 1)) }
        }
        guard !counts.isEmpty else { return nil }
        let listed = counts.sorted { $0.1 > $1.1 }.map { "\($0.0) (\($0.1))" }.joined(separator: ", ")
        return "outside the core, by \(column.name): \(listed)"
    }
}
