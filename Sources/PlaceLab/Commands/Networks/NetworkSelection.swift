import PlaceLabCore
import PlaceLabLanguage
import PlaceLabNetworks

/// What the network commands share: `NAME [relation REL]` read into a network, the relation
/// chosen and its graph, and nodes found by id or label as typed.
struct NetworkSelection {
    let network: Network
    let relation: String?
    let built: NetworkGraph
    /// The words after the name and the relation clause, for the command to read.
    let rest: [Word]
    /// How weights were asked to be used.
    var weighting: NetworkGraph.Weighting = .automatic

    var graph: Graph { built.graph }

    /// Notes every result of this selection carries: the illustrative note, and which ties count.
    var notes: [String] {
        var notes = network.nodes.notes
        switch weighting {
        case .automatic: break
        case .weighted: notes.append(graph.isWeighted ? "weighted: distance = 1 / weight" : "weighted: the ties carry no weights")
        case .unweighted: notes.append("unweighted: every tie counts 1")
        }
        if let relation {
            notes.append("relation: \(relation) only")
        } else if network.relations.count > 1 {
            let all = network.relations.count == 2 ? "both relations" : "all \(network.relations.count) relations"
            notes.append(graph.isWeighted ? "\(all) together: a pair's weights are summed"
                         : "\(all) together: a tie in any of them is a tie")
        }
        return notes
    }

    /// Reads the words: the first names a network, `relation REL` anywhere after it chooses one relation.
    static func read(_ invocation: Invocation, in session: Session) throws -> NetworkSelection {
        let (nameWord, relationWord, rest) = try split(invocation)
        return try read(name: nameWord, relation: relationWord, rest: rest,
                        weighting: weighting(invocation.words), in: session)
    }

    /// `weighted` or `unweighted` after the network's name: how the measures use weights.
    static func weighting(_ words: [Word]) -> NetworkGraph.Weighting {
        for word in words.dropFirst() where !word.quoted {
            switch word.text.lowercased() {
            case "weighted": return .weighted
            case "unweighted": return .unweighted
            default: continue
            }
        }
        return .automatic
    }

    /// How this selection's measures used weights, in words, for a summary.
    var weightsUsed: (value: String, meaning: String) {
        if graph.isWeighted {
            return ("weighted", "distance = 1 / weight on paths (NetworkX: weight=1/w as distance); eigenvector, "
                        + "clustering and constraint use the weight; \"unweighted\" counts every tie as 1")
        }
        if !built.hasWeights {
            return ("none", "the ties carry no weights: every tie counts 1")
        }
        if weighting == .unweighted {
            return ("ignored", "every tie counts 1, as NetworkX's measures do by default (weight=None)")
        }
        return ("ignored", "several relations together: a tie in any of them counts 1; \"weighted\" sums their weights")
    }

    /// The network named and the relation chosen, from words another command has already read.
    static func read(name nameWord: Word, relation relationWord: Word?, rest: [Word] = [],
                     weighting: NetworkGraph.Weighting = .automatic, in session: Session) throws -> NetworkSelection {
        let network = try find(nameWord, in: session)
        var relation: String?
        if let relationWord {
            guard let known = network.relations.first(where: { $0.lowercased() == relationWord.text.lowercased() }) else {
                if network.relations.isEmpty {
                    throw Diagnostic("network \"\(network.name)\" has no relation types to choose from", at: relationWord.span,
                                     help: "leave out \"relation \(relationWord.text)\"")
                }
                throw Diagnostic.unknown("relation", relationWord.text, at: relationWord.span, among: network.relations,
                                         context: "in \(network.name) (its relations: \(network.relations.joined(separator: ", ")))")
            }
            relation = known
        }
        return NetworkSelection(network: network, relation: relation,
                                built: NetworkGraph(network, relation: relation, weighting: weighting),
                                rest: rest, weighting: weighting)
    }

    /// The syntax alone, for `check`: a name, then an optional `relation REL`.
    @discardableResult
    static func split(_ invocation: Invocation) throws -> (name: Word, relation: Word?, rest: [Word]) {
        let name = try invocation.word(0, "a network name")
        var rest = Array(invocation.words.dropFirst())
        var relation: Word?
        if let index = rest.firstIndex(where: { !$0.quoted && $0.text.lowercased() == "relation" }) {
            guard index + 1 < rest.count else {
                throw Diagnostic("expected a relation type after \"relation\"", at: rest[index].span,
                                 help: "as in: \(invocation.command.name) \(name.text) relation advice")
            }
            relation = rest[index + 1]
            rest.removeSubrange(index...(index + 1))
        }
        // `weighted` or `unweighted` chooses how weights count (see `weighting`).
        rest.removeAll { !$0.quoted && ["weighted", "unweighted"].contains($0.text.lowercased()) }
        return (name, relation, rest)
    }

    static func find(_ word: Word, in session: Session) throws -> Network {
        switch session.catalog[word.text] {
        case .network(let network)?:
            return network
        case .table?:
            throw Diagnostic("\"\(word.text)\" is a table, not a network", at: word.span,
                             help: "networks: \(networkNames(session).joined(separator: ", "))")
        case nil:
            throw Diagnostic.unknown("network", word.text, at: word.span, among: networkNames(session))
        }
    }

    static func networkNames(_ session: Session) -> [String] {
        session.catalog.entries.compactMap { entry in
            if case .network(let network) = entry { return network.name }
            return nil
        }
    }

    /// A node by id or label, or a unique start of one; did-you-mean otherwise.
    func node(_ word: Word) throws -> Int {
        let labels = network.nodes.column(named: "label")?.values.map(\.plainText) ?? []
        let lookup = TopicLookup(entries: built.ids.enumerated().map { index, id in
            TopicLookup.Entry(id: id, names: [id] + (index < labels.count && !labels[index].isEmpty ? [labels[index]] : []))
        })
        let id = try lookup.resolve([word], kind: "node")
        return built.ids.firstIndex(of: id)!
    }

    /// A node's label, or its id when it has none.
    func label(_ node: Int) -> String {
        let label = network.nodes.column(named: "label")?.vector[node].plainText ?? ""
        return label.isEmpty ? built.ids[node] : label
    }
}
