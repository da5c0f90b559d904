import PlaceLabCore
import PlaceLabLanguage
import PlaceLabNetworks

/// `network NAME [relation REL] [summary]`: a row per node with its measures and role, or the
/// whole network in a few numbers; `network` alone lists the networks.
struct NetworkCommand: TableCommand {
    let name = "network"
    let category = CommandCategory.networks
    let summary = "measure every node of a network (degree, betweenness, … role), or sum it up"
    let usage = "network [NAME [relation REL] [weighted|unweighted] [summary]]"
    let resultColumns = ["label"] + NodeMetrics.allColumns + ["measure", "value", "meaning"]
    let details = """
        One row per node: its id and attributes, then degree (in_degree and out_degree too when \
        directed), betweenness, closeness, harmonic, eigenvector, information, core, clustering, \
        constraint, community and role. The result is a table: pipe it into where, sort, select, \
        compare or chart. Only the measures a query uses are computed. "relation REL" measures \
        one relation type; without it, a tie in any relation counts once. "summary" gives nodes, \
        ties, density, components, diameter, average clustering, communities, modularity, and \
        the shares of horizontal (within a layer) and vertical (between layers) ties.
        An illustrative network says so under every result.
        Weights: by default a network whose ties have weights (other than 1) is measured \
        weighted: path lengths are the sum of 1 / weight (a strong tie is a short one), and \
        eigenvector, clustering and constraint use the weight itself; with several relations \
        together a tie counts 1. NetworkX's own default is the other way: its betweenness, \
        closeness and the rest ignore weights unless given weight=. "unweighted" counts every \
        tie as 1 (NetworkX's default); "weighted" uses the weights even across relations (a \
        pair's weights summed). The summary's "weights:" note says which was used; roles and \
        path take the same words.
        The measures, as NetworkX defines them by default (n nodes; d(u, v) the shortest-path \
        distance, in steps, or the sum of 1 / weight along the path when the network is weighted):
          degree       ties of the node (in + out when directed; a self-loop adds 2, as NetworkX \
        counts it); weights are not summed
          betweenness  share of shortest paths between other pairs that pass through the node, \
        normalised by (n−1)(n−2) (divided by 2 more when undirected); igraph does not normalise
          closeness    (r / (n−1)) · (r / Σ d(v, u)) over the r nodes v that reach u \
        (Wasserman–Faust for disconnected networks); directed: distances INTO the node
          harmonic     Σ 1 / d(v, u) over the other nodes (directed: into the node)
          eigenvector  the leading eigenvector of the (weighted) adjacency, in-ties when directed, \
        scaled to unit Euclidean length (igraph scales the largest to 1)
          information  Stephenson & Zelen (1989) as NetworkX scales it: 1 / Σ_v R(u, v), R the \
        effective resistance between nodes; within each component, direction ignored; up to 2,000 nodes
          core         the largest k such that the node is in a k-core (in + out degree when directed)
          clustering   share of the node's neighbour pairs that are tied (weighted: geometric \
        mean of weights over the largest; directed: Fagiolo's)
          constraint   Burt's: Σ over contacts j of (p_uj + Σ_q p_uq·p_qj)², p the share of \
        ties (or weight) the node gives to each contact; empty for isolates
          community    Louvain communities (resolution 1, seed 42), numbered from the largest
          role         hub, gatekeeper or pulsetaker by PlaceLab's rule: see "help roles"
        """
    let examples = [
        CommandExample("network", "the loaded networks"),
        CommandExample("network sna_locality summary", "the illustrative SNA locality in numbers"),
        CommandExample("network gouda unweighted | sort betweenness desc | select node, betweenness | limit 3",
                       "betweenness with every tie counting 1, as NetworkX computes it by default"),
        CommandExample("network sna_locality | sort betweenness desc | select node, organisation, betweenness, role | limit 5",
                       "who lies on most shortest paths"),
        CommandExample("network sna_locality relation advice | where role is not null | select node, in_degree, role",
                       "the roles in one relation"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        if index == 0 { return .network }
        if previous.last?.lowercased() == "relation" { return .relation(network: previous[0]) }
        return .choice(["relation", "summary", "weighted", "unweighted"])
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        guard !invocation.words.isEmpty else { return }
        let (_, _, rest) = try NetworkSelection.split(invocation)
        try checkRest(rest, invocation)
    }

    /// Only "summary" may follow the name and relation.
    @discardableResult
    private func checkRest(_ rest: [Word], _ invocation: Invocation) throws -> Bool {
        guard let first = rest.first else { return false }
        guard first.text.lowercased() == "summary", !first.quoted else {
            throw Diagnostic("unexpected \"\(first.text)\" after the network name", at: first.span,
                             help: "usage: \(usage)")
        }
        if rest.count > 1 {
            throw Diagnostic("too many arguments for network", at: rest[1].span, help: "usage: \(usage)")
        }
        return true
    }

    func table(_ invocation: Invocation, in session: Session, columns: Set<String>?) throws -> Dataset {
        guard !invocation.words.isEmpty else { return list(session) }
        let selection = try NetworkSelection.read(invocation, in: session)
        if try checkRest(selection.rest, invocation) { return try summaryTable(selection, session) }
        var metrics = NodeMetrics(graph: selection.graph, cancel: session.isInterrupted)
        let nodes = selection.network.nodes
        var result = Dataset(name: selection.network.name, origin: selection.network.origin, columns: [],
                             notes: selection.notes)
        for column in nodes.columns {
            var copy = column
            if copy.name == "id" { copy.name = "node" }
            // A node attribute named like a measure keeps its data under another name.
            if metrics.columns.contains(copy.name.lowercased()) { copy.name = "data_" + copy.name }
            result.columns.append(copy)
        }
        var shown: [String] = []
        let wanted = metrics.columns.filter { columns == nil || columns!.contains($0) }
        try session.withProgress("measuring \(selection.network.name)") { report in
            for column in wanted {
                try session.checkInterrupt()
                let values = try metrics.values(column)
                result.columns.append(Dataset.Column(name: column, type: ValueType.of(values), values: values))
                shown.append(column)
                report(Double(shown.count) / Double(wanted.count))
            }
        }
        result.notes += metrics.notes(for: shown)
        return result
    }

    private func summaryTable(_ selection: NetworkSelection, _ session: Session) throws -> Dataset {
        let attribute = { (name: String) -> [String?]? in
            selection.network.nodes.column(named: name).map { $0.values.map { $0.isNull ? nil : $0.plainText } }
        }
        let rows = try NetworkSummary.rows(selection.graph, layers: attribute("layer"), realms: attribute("realm"),
                                          checkpoint: { try session.checkInterrupt() })
        return Dataset(name: "\(selection.network.name) summary", origin: selection.network.origin,
                       columns: ["measure", "value", "meaning"], rows: rows.map { [.text($0.0), $0.1, .text($0.2)] },
                       notes: selection.notes + ["weights: \(selection.weightsUsed.value) (\(selection.weightsUsed.meaning))"])
    }

    private func list(_ session: Session) -> Dataset {
        let rows: [[Value]] = session.catalog.entries.compactMap { entry in
            guard case .network(let network) = entry else { return nil }
            return [.text(network.name), .integer(network.nodes.rowCount), .integer(network.edges.rowCount),
                    .bool(network.directed), .text(network.relations.joined(separator: ", ")),
                    .bool(network.isIllustrative), network.title.map(Value.text) ?? .null]
        }
        return Dataset(name: "networks", origin: "networks",
                       columns: ["name", "nodes", "edges", "directed", "relations", "illustrative", "title"], rows: rows)
    }
}
