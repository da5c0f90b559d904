import PlaceLabCore
import PlaceLabLanguage
import PlaceLabNetworks
import PlaceLabRender

/// `plot network NAME [relation REL] [by MEASURE] [layout force|layers]`: the words read and
/// checked, then the figure built from the session's network, its measures and roles.
struct NetworkPlot {
    let name: Word
    let relation: Word?
    /// The word after "by", already known to name a numeric measure.
    let measure: Word?
    let layout: NetworkSVG.Layout
    let layoutWord: Word?

    static let usage = "NAME [relation REL] [by MEASURE] [layout force|layers]"
    static let clauses = ["relation", "by", "layout"]

    /// The measures a node can be sized by: every numeric one. Community numbers name groups
    /// and role is words, so neither is an amount.
    static let sizeMeasures = NodeMetrics.allColumns.filter { $0 != "community" && $0 != "role" }

    /// A few words on what each measure counts, for the key.
    static let meanings = [
        "degree": "ties of the node, in and out",
        "in_degree": "ties pointing in: how many turn to the node",
        "out_degree": "ties pointing out: how many the node turns to",
        "betweenness": "share of shortest paths between others that pass through the node",
        "closeness": "how near the node is to the others, in steps",
        "harmonic": "sum of 1 / distance from the others",
        "eigenvector": "ties to nodes that are themselves well tied",
        "information": "information centrality (Stephenson & Zelen)",
        "core": "the largest k-core the node belongs to",
        "clustering": "share of the node's neighbour pairs that are tied",
        "constraint": "Burt's constraint: high means few brokerage chances",
    ]

    /// Reads the items after "plot network" (the file already taken off). `end` is where a
    /// missing name is reported.
    static func read(_ items: [Word], end: Span) throws -> NetworkPlot {
        let example = "as in: plot network sna_locality by betweenness to network.svg"
        guard let name = items.first, name.quoted || !clauses.contains(name.text.lowercased()) else {
            throw Diagnostic("plot network needs a network name" + (items.first.map { " before \"\($0.text)\"" } ?? ""),
                             at: items.first?.span ?? end, help: example)
        }
        var values: [String: (keyword: Word, value: Word)] = [:]
        var index = 1
        while index < items.count {
            let word = items[index]
            let keyword = word.text.lowercased()
            guard !word.quoted, clauses.contains(keyword) else {
                throw Diagnostic("unexpected \"\(word.text)\" in plot network", at: word.span,
                                 help: "usage: plot network \(usage) to FILE.svg")
            }
            guard index + 1 < items.count else {
                let what = ["relation": "a relation type", "by": "a measure to size nodes by",
                            "layout": "a layout: force or layers"][keyword]!
                throw Diagnostic("expected \(what) after \"\(word.text)\"", at: word.span, help: example)
            }
            if values[keyword] != nil {
                throw Diagnostic("\"\(keyword)\" is given twice", at: word.span.union(items[index + 1].span),
                                 help: "keep one: usage: plot network \(usage) to FILE.svg")
            }
            values[keyword] = (word, items[index + 1])
            index += 2
        }
        var layout = NetworkSVG.Layout.force
        if let word = values["layout"]?.value {
            guard let known = NetworkSVG.Layout(rawValue: word.text.lowercased()) else {
                throw Diagnostic.unknown("layout", word.text, at: word.span, among: NetworkSVG.Layout.allCases.map(\.rawValue))
                    .orHelp("the layouts: force (the default) or layers (bands by the nodes' layer)")
            }
            layout = known
        }
        if let word = values["by"]?.value { try checkMeasure(word) }
        return NetworkPlot(name: name, relation: values["relation"]?.value, measure: values["by"]?.value,
                           layout: layout, layoutWord: values["layout"]?.value)
    }

    /// A measure nodes can be sized by, or a clear error: the non-numeric ones, the realm (which
    /// colours the nodes already), or a did-you-mean.
    private static func checkMeasure(_ word: Word) throws {
        let text = word.text.lowercased()
        guard !sizeMeasures.contains(text) else { return }
        let choices = "size by one of: " + sizeMeasures.joined(separator: ", ")
        switch text {
        case "role":
            throw Diagnostic("role is not a number, so it cannot size the nodes", at: word.span,
                             help: "the figure rings and names every role already; " + choices)
        case "community":
            throw Diagnostic("community numbers name groups, they are not amounts, so they cannot size the nodes",
                             at: word.span, help: choices)
        case "realm":
            throw Diagnostic("realm is not a number, so it cannot size the nodes", at: word.span,
                             help: "the nodes are coloured by realm already; " + choices)
        default:
            throw Diagnostic.unknown("measure", word.text, at: word.span, among: sizeMeasures, context: "to size nodes by")
                .orHelp(choices)
        }
    }

    /// The figure, from the network in the session: its nodes, ties, measure and roles. With
    /// `only`, just those nodes (by id) and the ties among them are drawn; measures and roles
    /// stay those of the whole network, so a node keeps its size and ring in any selection.
    func figure(in session: Session, only: Set<String>? = nil) throws -> (figure: NetworkSVG, selection: NetworkSelection) {
        let selection = try NetworkSelection.read(name: name, relation: relation, in: session)
        let network = selection.network
        var metrics = NodeMetrics(graph: selection.graph, cancel: session.isInterrupted)
        let column = measure?.text.lowercased() ?? (selection.graph.isDirected ? "in_degree" : "degree")
        if let measure, !metrics.columns.contains(column) {
            throw Diagnostic("\(column) needs a directed network, and \(network.name) is undirected", at: measure.span,
                             help: "by degree counts every tie of a node")
        }
        let attribute = { (name: String) -> [String?] in
            let values = network.nodes.column(named: name)?.values ?? []
            return (0..<selection.built.ids.count).map { $0 < values.count && !values[$0].isNull ? values[$0].plainText : nil }
        }
        let layers = attribute("layer")
        if layout == .layers, layers.allSatisfy({ $0 == nil }) {
            throw Diagnostic("network \(network.name) gives its nodes no layer, so there are no bands to draw",
                             at: layoutWord?.span,
                             help: "give the nodes a \"layer\" column (systemic, sectoral, frontline or public) — load network "
                                + "EDGES.csv nodes NODES.csv — or use layout force")
        }
        let values = try metrics.values(column).map { value -> Double? in
            switch value {
            case .integer(let number): Double(number)
            case .number(let number): number
            default: nil
            }
        }
        let verdicts = try metrics.verdicts()
        let realms = attribute("realm")
        let nodes = selection.built.ids.indices.map { index in
            NetworkSVG.Node(id: selection.built.ids[index], label: selection.label(index), realm: realms[index],
                            layer: layers[index], value: values[index], roles: verdicts[index].roles)
        }
        var (ties, thickness) = NetworkPlot.ties(selection)
        var drawn = nodes
        if let only {
            // Old indices to new, for the ties whose two ends are kept.
            var kept: [Int: Int] = [:]
            for (index, node) in nodes.enumerated() where only.contains(node.id) { kept[index] = kept.count }
            drawn = nodes.enumerated().filter { kept[$0.offset] != nil }.map(\.element)
            ties = ties.compactMap { tie in
                guard let a = kept[tie.source], let b = kept[tie.target] else { return nil }
                return NetworkSVG.Tie(source: a, target: b, strength: tie.strength)
            }
        }
        let figure = NetworkSVG(name: network.name, networkTitle: network.title, relation: selection.relation,
                                relationCount: network.relations.count, directed: network.directed, nodes: drawn, ties: ties,
                                thickness: thickness, measure: column, measureMeaning: NetworkPlot.meanings[column] ?? column,
                                layout: layout, realms: categories(session, "realms"), layers: layerOrder(session),
                                illustrativeNote: network.illustrativeNote, about: network.description)
        return (figure, selection)
    }

    /// The ties the graph has, one per pair (per direction when directed), with their strength:
    /// the number of relations tying the pair when every relation is drawn and some pair has
    /// more than one; else their weight when weights differ; else all alike.
    static func ties(_ selection: NetworkSelection) -> ([NetworkSVG.Tie], NetworkSVG.Thickness) {
        let network = selection.network, graph = selection.graph
        var index: [String: Int] = [:]
        for (position, id) in selection.built.ids.enumerated() { index[id] = position }
        let column = { (name: String) in network.edges.column(named: name)?.values }
        let sources = column("source") ?? [], targets = column("target") ?? []
        let relations = column("relation"), weights = column("weight")
        var pairRelations: [Int: Set<String>] = [:]
        var pairWeight: [Int: Double] = [:]
        let count = selection.built.ids.count
        func key(_ a: Int, _ b: Int) -> Int { graph.isDirected || a < b ? a * count + b : b * count + a }
        for row in sources.indices {
            let relation = relations?[row].plainText ?? ""
            if let chosen = selection.relation, relation.lowercased() != chosen.lowercased() { continue }
            guard let a = index[sources[row].plainText], let b = index[targets[row].plainText], a != b else { continue }
            pairRelations[key(a, b), default: []].insert(relation)
            var weight = 1.0
            switch weights?[row] {
            case .integer(let number)?: weight = Double(number)
            case .number(let number)?: weight = number
            default: break
            }
            pairWeight[key(a, b), default: 0] += weight
        }
        var pairs: [(Int, Int)] = []
        for a in 0..<graph.nodeCount {
            for b in graph.successors(of: a) where graph.isDirected || b > a { pairs.append((a, b)) }
        }
        let multiplex = selection.relation == nil && network.relations.count > 1
            && pairs.contains { (pairRelations[key($0.0, $0.1)]?.count ?? 1) > 1 }
        if multiplex {
            return (pairs.map { NetworkSVG.Tie(source: $0.0, target: $0.1,
                                               strength: Double(pairRelations[key($0.0, $0.1)]?.count ?? 1)) }, .multiplexity)
        }
        let ties = pairs.map { NetworkSVG.Tie(source: $0.0, target: $0.1, strength: pairWeight[key($0.0, $0.1)] ?? 1) }
        let strengths = Set(ties.map(\.strength))
        return (ties, strengths.count > 1 ? .weight : .uniform)
    }

    /// A dataset's rows as ids and names (the realms), empty when it is not loaded.
    private func categories(_ session: Session, _ dataset: String) -> [NetworkSVG.Category] {
        session.catalog.dataset(dataset)?.factRows.map { NetworkSVG.Category(id: $0.key, name: $0.text("name") ?? $0.key) } ?? []
    }

    /// The layers top to bottom, as the layers dataset orders them; its fixed order when it is
    /// not loaded.
    private func layerOrder(_ session: Session) -> [NetworkSVG.Category] {
        guard let layers = session.catalog.dataset("layers") else {
            return ["systemic", "sectoral", "frontline", "public"].map { NetworkSVG.Category(id: $0, name: $0) }
        }
        return layers.factRows.enumerated().sorted { a, b in
            let (x, y) = (a.element.value("order"), b.element.value("order"))
            if case .integer(let first) = x, case .integer(let second) = y, first != second { return first < second }
            return a.offset < b.offset
        }.map { NetworkSVG.Category(id: $0.element.key, name: $0.element.text("name") ?? $0.element.key) }
    }
}

extension Diagnostic {
    /// The same diagnostic with this help when it has none (no close name to suggest).
    func orHelp(_ help: String) -> Diagnostic {
        var copy = self
        if copy.help == nil { copy.help = help }
        return copy
    }
}
