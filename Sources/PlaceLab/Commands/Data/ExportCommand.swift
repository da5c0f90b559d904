import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage
import PlaceLabRender

/// `export NAME to FILE`: writes a network or a table in the format FILE's extension names.
struct ExportCommand: Command {
    let name = "export"
    let category = CommandCategory.data
    let summary = "write a network or a table to a file for Gephi, Graphviz, NetworkX, Pajek or a spreadsheet"
    let usage = "export NAME to FILE [with basis]"
    let details = """
        NAME is a dataset, a network or a let name; FILE's extension picks the format. A \
        network is written as .graphml (NetworkX, igraph, yEd, Gephi), .gexf (Gephi), .dot \
        or .gv (Graphviz), .net (Pajek: ids, ties, relations, weights and x/y coordinates \
        only) or .csv, which makes two files: FILE.csv, the edge list \
        (source,target,relation,weight,…), and FILE-nodes.csv beside it (id,label,…), read \
        back with "load network FILE.csv nodes FILE-nodes.csv" (add "directed" for a directed \
        network). A table is written as .csv, .tsv or .json, as the csv, tsv and json modes \
        print it, except that .tsv follows the IANA rule: values as they are (backslashes too), \
        no quoting and no escapes, so a value holding a tab or a line break is refused, naming \
        its row and column, and so is one starting with a quote, which pandas, R and load \
        would take as quoting (.csv quotes such values). pandas reads the file back exactly \
        with read_csv(FILE, sep="\\t"). In .net the relation is each tie's label, 1 2 1 l "advice", \
        which igraph reads as the edge's label and NetworkX as l; a tie with a relation and no \
        weight gets weight 1, Pajek's default. GraphML and GEXF declare no key for a column \
        without values. An illustrative network says so in every format: in the file's \
        description or comment, in CSV and TSV as a last column illustrative_note, and in JSON \
        as a top-level "note" ({"note": …, "rows": […]}, as the json mode prints it); load \
        turns either back into the note. Each file is written under a temporary name and renamed \
        when complete, replacing any earlier file of that name.
        "with basis" (tables only) adds a FIELD_basis column after each field of bundled data, \
        saying whether the source states the value or PlaceLab inferred it, as "… | with basis" \
        does in a query.
        """
    let examples = [
        CommandExample("export gouda to /tmp/placelab-gouda.gexf",
                       "a network for Gephi; its illustrative note is in the file's description"),
        CommandExample("export sna_locality to /tmp/placelab-sna.graphml", "for NetworkX: nx.read_graphml(path)"),
        CommandExample("export pittsburgh to /tmp/placelab-pittsburgh.csv",
                       "an edge list, with the nodes in /tmp/placelab-pittsburgh-nodes.csv"),
        CommandExample("let inner = core sna_locality | where in_core; export inner to /tmp/placelab-core.tsv",
                       "a table from a query, with its illustrative note as a column"),
        CommandExample("export cases to /tmp/placelab-cases.csv with basis",
                       "the cases, each field followed by its stated/inferred mark"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        switch index {
        case 0: .dataset
        case 1: .choice(["to"])
        case 2: .file
        case 3: .choice(["with"])
        case 4: .choice(["basis"])
        default: .none
        }
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        _ = try ExportRequest(invocation)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let request = try ExportRequest(invocation)
        let files: [(path: String, text: String)]
        let summary: String
        switch try request.subject(in: session) {
        case .network(let network):
            (files, summary) = try request.files(for: network)
        case .table(let table, let name):
            guard request.format.writesTables else {
                throw Diagnostic("\(request.format.rawValue) is a network format, and \(name) is a table",
                                 at: request.pathSpan,
                                 help: "a table is written as \(ExportFormat.tableExtensions.joined(separator: ", "))")
            }
            files = [(request.path, try TableWriter.text(table, as: request.format))]
            summary = "exported \(name) to \(request.path): \(plural(table.rows.count, "row")), "
                + plural((request.format == .json ? table : TableWriter.noted(table)).columns.count, "column")
                + (table.notes.contains { $0.hasPrefix(Network.illustrativePrefix) } ? ", with its illustrative note" : "")
        }
        do {
            try session.writeFiles(files)
        } catch var diagnostic as Diagnostic where diagnostic.span == nil && diagnostic.place == nil {
            diagnostic.span = request.pathSpan
            throw diagnostic
        }
        session.notice(summary)
    }
}

/// The words of an `export` statement, checked.
struct ExportRequest {
    enum Subject {
        case network(Network)
        case table(Table, name: String)
    }

    var name: String
    var nameSpan: Span
    var path: String
    var pathSpan: Span
    var format: ExportFormat
    /// `with basis`: each field of bundled data followed by its stated/inferred mark.
    var withBasis = false
    var basisSpan: Span?

    init(_ invocation: Invocation) throws {
        let nameWord = try invocation.word(0, "the name of a dataset, network or let result")
        guard invocation.words.count >= 2 else {
            throw Diagnostic("export needs \"to FILE\" after \(nameWord.text)",
                             at: Span(invocation.span.end, invocation.span.end), help: "usage: \(invocation.command.usage)")
        }
        let toWord = invocation.words[1]
        guard !toWord.quoted, toWord.text.lowercased() == "to" else {
            throw Diagnostic("expected \"to\" after \(nameWord.text), not \"\(toWord.text)\"", at: toWord.span,
                             help: "usage: \(invocation.command.usage)")
        }
        let pathWord = try invocation.word(2, "a file to write after \"to\"")
        if invocation.words.count > 3 {
            let with = invocation.words[3]
            guard !with.quoted, with.text.lowercased() == "with", invocation.words.count >= 5,
                  !invocation.words[4].quoted, invocation.words[4].text.lowercased() == "basis" else {
                throw Diagnostic("expected \"with basis\" after the file, or nothing", at: with.span,
                                 help: "usage: \(invocation.command.usage)")
            }
            withBasis = true
            basisSpan = with.span.union(invocation.words[4].span)
        }
        try invocation.expectAtMost(5)
        guard let format = ExportFormat(path: pathWord.text) else {
            throw Diagnostic("cannot tell the format of \"\(pathWord.text)\" from its extension", at: pathWord.span,
                             help: "export writes networks as \(ExportFormat.networkExtensions.joined(separator: ", ")) "
                                 + "and tables as \(ExportFormat.tableExtensions.joined(separator: ", "))")
        }
        name = nameWord.text
        nameSpan = nameWord.span
        path = pathWord.text
        pathSpan = pathWord.span
        self.format = format
    }

    /// What the name refers to: a let result first (as in queries), then a dataset or network.
    func subject(in session: Session) throws -> Subject {
        let basisSpan = basisSpan ?? nameSpan
        if let frame = session.bindings[name.lowercased()] {
            return .table(withBasis ? try frame.withBasis(origin: name, at: basisSpan).table() : frame.table(), name: name)
        }
        switch session.catalog[name] {
        case .network(let network):
            if withBasis {
                throw Diagnostic("with basis is for tables; \(network.name) is a network", at: basisSpan,
                                 help: "its nodes as a table: let nodes = \(network.name) | with basis, then export nodes to FILE.csv")
            }
            return .network(network)
        case .table(let dataset):
            return .table(withBasis ? try Frame(dataset).withBasis(origin: dataset.name, at: basisSpan).table() : dataset.table(),
                          name: dataset.name)
        case nil:
            throw Diagnostic.unknown("dataset, network or let name", name, at: nameSpan,
                                     among: session.catalog.names + session.bindings.keys.sorted())
        }
    }

    /// The files that hold `network` in this format, and what to tell the user.
    func files(for network: Network) throws -> ([(path: String, text: String)], String) {
        let size = "network of \(plural(network.nodes.rowCount, "node")) and \(plural(network.edges.rowCount, "edge"))"
        let illustrative = network.isIllustrative ? ", with its illustrative note" : ""
        let exported = "exported \(network.name) to \(path): \(size)\(illustrative)"
        switch format {
        case .graphml:
            return ([(path, NetworkWriter.graphML(network))], exported)
        case .gexf:
            return ([(path, GEXFWriter.gexf(network))], exported)
        case .dot:
            return ([(path, DOTWriter.dot(network))], exported)
        case .pajek:
            return ([(path, PajekWriter.pajek(network))],
                    exported + "; .net keeps ids, ties, relations and weights, not labels or other attributes")
        case .csv:
            let nodesPath = ExportFormat.nodesPath(forEdgesPath: path)
            let csv = NetworkWriter.edgeListCSV(network)
            let loadBack = "load network \(Self.word(path)) nodes \(Self.word(nodesPath))"
                + (network.directed ? " directed" : "") + " as \(network.name)"
            return ([(nodesPath, csv.nodes), (path, csv.edges)],
                    "exported \(network.name) to \(path) (\(plural(network.edges.rowCount, "edge"))) and \(nodesPath) "
                        + "(\(plural(network.nodes.rowCount, "node")))\(illustrative); read it back with: \(loadBack)")
        case .tsv, .json:
            throw Diagnostic("a network cannot be written as .\(format.rawValue)", at: pathSpan,
                             help: "write it as \(ExportFormat.networkExtensions.joined(separator: ", ")); for its nodes "
                                 + "as a table: let nodes = \(network.name), then export nodes to \(path)")
        }
    }

    /// A path as a statement can take it back: in quotes when it holds blanks.
    private static func word(_ path: String) -> String {
        path.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == ";" || $0 == "|" })
            ? "\"" + path.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : path
    }
}
