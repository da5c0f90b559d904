import PlaceLabCore
import PlaceLabNetworks

/// `roles NAME [relation REL]`: the hubs, gatekeepers and pulsetakers, with the numbers behind each verdict.
struct RolesCommand: TableCommand {
    let name = "roles"
    let category = CommandCategory.networks
    let summary = "find a network's hubs, gatekeepers and pulsetakers, with the numbers behind each"
    let usage = "roles NAME [relation REL] [weighted|unweighted]"
    // The reach column is named by the network (in_degree when directed, degree when not), so it is not listed.
    let resultColumns = ["node", "label", "role", "betweenness", "closeness", "expected_closeness", "cut_point", "why"]
    let details = """
        The roles the report names, by PlaceLab's reading of their published definitions \
        (NetForm's own formulas are proprietary). "Well above" means at least one standard \
        deviation above the network's mean.
          hub         many direct ties: reach well above the mean, where reach is in-degree in a \
        directed network (how many turn to the person) and degree otherwise.
          gatekeeper  on the critical paths between groups: betweenness well above the mean, or \
        a cut point (taking the person out splits the network).
          pulsetaker  reaches much of the network indirectly: not a hub, and closeness well \
        above what the person's reach predicts (the residual of a least-squares line of \
        closeness on reach).
        One row per node that holds a role, with its numbers and why; the thresholds are in the \
        notes. The network command's role column uses the same rule. "weighted" and \
        "unweighted" choose how weights count, as for the network command.
        """
    let examples = [
        CommandExample("roles sna_locality", "the roles in the illustrative SNA locality"),
        CommandExample("roles sna_locality relation trust", "the roles in one relation type"),
        CommandExample("roles gouda | where role contains \"gatekeeper\" | select node, betweenness, why",
                       "the gatekeepers alone"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        if index == 0 { return .network }
        if previous.last?.lowercased() == "relation" { return .relation(network: previous[0]) }
        return .choice(["relation", "weighted", "unweighted"])
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        let (_, _, rest) = try NetworkSelection.split(invocation)
        if let extra = rest.first {
            throw Diagnostic("unexpected \"\(extra.text)\" after the network name", at: extra.span, help: "usage: \(usage)")
        }
    }

    func table(_ invocation: Invocation, in session: Session, columns: Set<String>?) throws -> Dataset {
        let selection = try NetworkSelection.read(invocation, in: session)
        var metrics = NodeMetrics(graph: selection.graph, cancel: session.isInterrupted)
        let verdicts = try metrics.verdicts()
        let reachName = selection.graph.isDirected ? "in_degree" : "degree"
        let order = verdicts.indices.filter { !verdicts[$0].roles.isEmpty }.sorted { a, b in
            let (x, y) = (verdicts[a], verdicts[b])
            if x.roles.count != y.roles.count { return x.roles.count > y.roles.count }
            return x.reach != y.reach ? x.reach > y.reach : a < b
        }
        let rows: [[Value]] = order.map { node in
            let verdict = verdicts[node]
            return [.text(selection.built.ids[node]), .text(selection.label(node)), .text(verdict.roles.joined(separator: ", ")),
                    Int(checking: verdict.reach).map(Value.integer) ?? .number(verdict.reach), .number(verdict.betweenness), .number(verdict.closeness),
                    .number(verdict.expectedCloseness), .bool(verdict.isCutPoint),
                    .text(verdict.reasons.joined(separator: "; "))]
        }
        let limits = RoleRules.thresholds(reach: verdicts.map(\.reach), betweenness: verdicts.map(\.betweenness),
                                          closeness: verdicts.map(\.closeness))
        var notes = selection.notes
        notes.append("hub: \(reachName) ≥ \(RoleRules.format(limits.hubReach)); gatekeeper: betweenness ≥ "
                     + "\(RoleRules.format(limits.gatekeeperBetweenness)) or a cut point; pulsetaker: not a hub, closeness "
                     + "≥ expected + \(RoleRules.format(limits.pulsetakerResidual)) (mean + 1 sd in this network)")
        let without = verdicts.count - order.count
        if without > 0 { notes.append("\(plural(without, "other node")) hold none of these roles") }
        notes.append("rules: PlaceLab's reading of Stephenson's published definitions (help roles)")
        return Dataset(name: "\(selection.network.name) roles", origin: selection.network.origin,
                       columns: ["node", "label", "role", reachName, "betweenness", "closeness", "expected_closeness",
                                 "cut_point", "why"], rows: rows, notes: notes)
    }
}
