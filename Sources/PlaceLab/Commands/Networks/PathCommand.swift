import PlaceLabCore
import PlaceLabLanguage
import PlaceLabNetworks

/// `path NAME A B [relation REL]`: the shortest paths from one actor to another.
struct PathCommand: TableCommand {
    let name = "path"
    let category = CommandCategory.networks
    let summary = "the shortest paths from one actor of a network to another"
    let usage = "path NAME FROM TO [relation REL] [weighted|unweighted]"
    let resultColumns = ["path", "steps", "length", "route"]
    let details = """
        Every shortest path (up to 100) from FROM to TO, each as a route of labels. Actors are \
        found by id or label, or the start of one. In a directed network a path follows the \
        ties' direction (A turns to B turns to C); if there is none, try the other way. In a \
        weighted network the length is the sum of 1 / weight along the path (a strong tie is \
        short); otherwise it is the number of steps. "unweighted" counts steps in a weighted \
        network (NetworkX's default), "weighted" uses the weights across relations too.
        """
    let examples = [
        CommandExample("path sna_locality resident_2 la_senior", "how a resident reaches the senior officer"),
        CommandExample("path gouda \"municipal exec\" \"resident a\"", "a path in the weighted Gouda network, by the start of labels"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        if index == 0 { return .network }
        if previous.last?.lowercased() == "relation" { return .relation(network: previous[0]) }
        return index <= 2 ? .node(network: previous[0]) : .choice(["relation", "weighted", "unweighted"])
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        let (_, _, rest) = try NetworkSelection.split(invocation)
        try endpoints(rest, invocation)
    }

    @discardableResult
    private func endpoints(_ rest: [Word], _ invocation: Invocation) throws -> (Word, Word) {
        guard rest.count >= 2 else {
            throw Diagnostic("path needs two actors: where it starts and where it ends",
                             at: rest.first?.span ?? Span(invocation.span.end, invocation.span.end), help: "usage: \(usage)")
        }
        if rest.count > 2 {
            throw Diagnostic("too many arguments for path", at: rest[2].span, help: "usage: \(usage)")
        }
        return (rest[0], rest[1])
    }

    func table(_ invocation: Invocation, in session: Session, columns: Set<String>?) throws -> Dataset {
        let selection = try NetworkSelection.read(invocation, in: session)
        let (fromWord, toWord) = try endpoints(selection.rest, invocation)
        let from = try selection.node(fromWord), to = try selection.node(toWord)
        let graph = selection.graph
        let paths = Structure.shortestPaths(graph, from: from, to: to)
        var notes = selection.notes
        if paths.isEmpty {
            notes.append("no path from \(selection.label(from)) to \(selection.label(to))"
                         + (graph.isDirected ? " following the ties' direction; try path \(selection.network.name) "
                            + "\(selection.built.ids[to]) \(selection.built.ids[from])" : ""))
        } else if paths.count == 100 {
            notes.append("the first 100 shortest paths")
        }
        let rows: [[Value]] = paths.enumerated().map { number, path in
            [.integer(number + 1), .integer(path.count - 1), graph.isWeighted ? .number(length(path, graph)) : .integer(path.count - 1),
             .text(path.map(selection.label).joined(separator: " → "))]
        }
        return Dataset(name: "\(selection.network.name) path", origin: selection.network.origin,
                       columns: resultColumns, rows: rows, notes: notes)
    }

    /// The sum of 1 / weight along a path.
    private func length(_ path: [Int], _ graph: Graph) -> Double {
        zip(path, path.dropFirst()).reduce(0) { total, step in
            let range = graph.outOffsets[step.0]..<graph.outOffsets[step.0 + 1]
            let position = range.first { graph.outTargets[$0] == step.1 }!
            return total + 1 / graph.outWeights[position]
        }
    }
}
