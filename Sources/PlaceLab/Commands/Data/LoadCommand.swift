/// `load PATH [as NAME]`: reads a user's file into the session.
struct LoadCommand: Command {
    let name = "load"
    let category = CommandCategory.data
    let summary = "load a CSV, TSV, JSON, PlaceLab YAML, GraphML, Pajek or UCINET file as a dataset"
    let usage = "load PATH [as NAME] | load network EDGES.csv [nodes NODES.csv] [directed] [as NAME]"
    let details = """
        The format comes from the extension: .csv (RFC 4180, header row), .tsv, .json (an \
        array of objects), .yaml (PlaceLab's own format, with provenance), .graphml, .net \
        (Pajek: *Vertices, then *Arcs, *Edges or their lists; arcs and edges together make a \
        directed network with each edge both ways) or .dl (UCINET: fullmatrix or edgelist1; a \
        symmetric matrix is an undirected network). Column \
        types are inferred (integer, number, boolean, text; an empty cell is null) — see them \
        with describe. The dataset is named after the file unless "as NAME" is given; a \
        dataset of the same name is replaced. "load network" reads a CSV edge list \
        (source,target[,weight][,type]) with an optional nodes file whose first column is the \
        node id. An illustrative network written by export is marked illustrative again when \
        loaded. A file with a mistake is rejected whole, with its line and column, and what \
        was loaded before stays as it was.
        """
    let examples = [
        CommandExample("load datasets/realms.yaml as realms_copy", "a copy of a bundled dataset under another name"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        switch previous.last?.lowercased() {
        case "as": return .none
        case "nodes": return .file
        default: return previous.isEmpty || previous.first?.lowercased() == "network" && index == 1 ? .file : .none
        }
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        _ = try LoadRequest(invocation)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let request = try LoadRequest(invocation)
        let entry: Catalog.Entry
        do {
            entry = try session.withProgress("loading \(request.path)") { _ in try request.read() }
        } catch var diagnostic as Diagnostic where diagnostic.place == nil && diagnostic.span == nil {
            diagnostic.span = request.pathSpan
            diagnostic.source = invocation.source
            throw diagnostic
        }
        let replaced = session.addDataset(entry)
        session.notice("\(replaced ? "replaced" : "loaded") \(entry.summaryLine)")
    }
}

/// The words of a `load` statement, checked.
struct LoadRequest {
    var path: String
    var pathSpan: Span
    var name: String
    var format: DataFileFormat?
    var nodesPath: String?
    var directed = false

    init(_ invocation: Invocation) throws {
        var words = invocation.words[...]
        let isNetwork = words.first.map { !$0.quoted && $0.text.lowercased() == "network" } ?? false
        if isNetwork { words.removeFirst() }
        guard let pathWord = words.popFirst() else {
            throw Diagnostic("load needs a file to read", at: Span(invocation.span.end, invocation.span.end),
                             help: "usage: \(invocation.command.usage)")
        }
        path = pathWord.text
        pathSpan = pathWord.span
        name = DataFileFormat.datasetName(forPath: path)
        format = isNetwork ? nil : DataFileFormat(path: path)
        if !isNetwork, format == nil {
            throw Diagnostic("cannot tell the format of \"\(path)\" from its extension", at: pathWord.span,
                             help: "PlaceLab reads \(DataFileFormat.extensions.joined(separator: ", ")); for an edge list write \"load network \(path)\"")
        }
        while let word = words.popFirst() {
            switch word.quoted ? "" : word.text.lowercased() {
            case "as":
                guard let nameWord = words.popFirst() else {
                    throw Diagnostic("\"as\" needs a dataset name after it", at: word.span)
                }
                guard nameWord.text.range(of: "^[A-Za-z_][A-Za-z0-9_]*$", options: .regularExpression) != nil else {
                    throw Diagnostic("\"\(nameWord.text)\" cannot name a dataset", at: nameWord.span,
                                     help: "use letters, digits and _, starting with a letter")
                }
                name = nameWord.text
            case "nodes" where isNetwork:
                guard let nodesWord = words.popFirst() else {
                    throw Diagnostic("\"nodes\" needs the nodes file after it", at: word.span)
                }
                nodesPath = nodesWord.text
            case "directed" where isNetwork:
                directed = true
            case "undirected" where isNetwork:
                directed = false
            default:
                let expected = isNetwork ? "nodes FILE, directed, undirected or as NAME" : "as NAME"
                throw Diagnostic("unexpected \"\(word.text)\" in load", at: word.span, help: "expected \(expected)")
            }
        }
    }

    func read() throws -> Catalog.Entry {
        try ExternalFormats.read(self)
    }
}

extension Catalog.Entry {
    /// "cases: 19 rows, 21 columns from datasets/cases.yaml"
    var summaryLine: String {
        switch self {
        case .table(let dataset):
            "\(dataset.name): \(plural(dataset.rowCount, "row")), \(plural(dataset.columns.count, "column")) from \(dataset.origin)"
        case .network(let network):
            "\(network.name): network of \(plural(network.nodes.rowCount, "node")) and \(plural(network.edges.rowCount, "edge")) from \(network.origin)"
        }
    }

    func renamed(_ name: String) -> Catalog.Entry {
        switch self {
        case .table(var dataset):
            dataset.name = name
            return .table(dataset)
        case .network(var network):
            network.name = name
            network.nodes.name = name
            network.edges.name = name + ".edges"
            return .network(network)
        }
    }
}
