import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage

/// `load PATH [as NAME]`: reads a user's file into the session.
struct LoadCommand: Command {
    let name = "load"
    let category = CommandCategory.data
    let summary = "load a CSV, TSV, JSON, PlaceLab YAML, GraphML, Pajek or UCINET file as a dataset"
    let usage = "load PATH [as NAME] [delimiter ';'] [decimal ','] [null 'x', …] [header none] [types COL: TYPE, …] [format NAME] | load network EDGES.csv [nodes NODES.csv] [directed|undirected] [as NAME] [delimiter ';'] [decimal ','] [null 'x', …] [header none] [format NAME]"
    let details = """
        The format comes from the extension: .csv (RFC 4180, header row), .tsv (tabs; a \
        backslash is a backslash, as IANA's TSV and pandas have it, and a field in quotes may \
        hold a tab or a line break), .json (an \
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

        Missing values: an empty cell is null, and so are \(LoadOptions.defaultNullTokens.joined(separator: ", ")) \
        in a column that is otherwise numbers, dates or booleans (a text column keeps them as \
        written: NA may be Namibia). null 'x', 'y' adds texts that are null in every column; \
        null none keeps only empty cells null (then NaN is a number). Whole numbers with \
        leading zeros (030001) and beyond 64 bits stay text, exactly as written; ISO dates and \
        timestamps (2024-03-05, 2024-03-05T14:30:00+01:00) make a date column. When a column \
        stays text, load says why in one line, with the first value that is not a number and \
        its line. types COL: TYPE, … sets a column's type (text, integer, number, boolean, \
        date); a cell that does not convert becomes null, and load counts them. A number \
        past ±1.8e308 (1e309) is read as inf, and load says how many infinite values a column \
        holds and where the first is.

        CSV: the delimiter is the one the first lines agree on (comma, semicolon, tab or bar; \
        said when not a comma), or delimiter ';' (or tab, comma, semicolon, pipe). decimal ',' \
        reads numbers written with a decimal comma (1,5), as European spreadsheets save them \
        (with delimiter ';'); then a point is no decimal mark and no thousands mark, so a \
        column holding 1.5 or 1.234 stays text, and load says so. A column of decimal commas \
        loaded without it stays text, and load names the option. header none \
        reads the first line as data (columns column_1, column_2, …). A file that is not UTF-8 \
        but reads as Windows-1252 is decoded, and load says so. format NAME (csv, tsv, json, \
        yaml, graphml, pajek, ucinet, …) overrides the extension; load - format csv reads \
        standard input.

        More formats: .jsonl (JSON Lines, one object a line); .json also in pandas' "columns" \
        shape ({"col": {"0": v, …}}); .gexf (Gephi); .dot (Graphviz); .gml; .edgelist or \
        .ncol (headerless ties, one a line: "a b", "a b 2" or NetworkX's "a b {'weight': 2}"). \
        Any of them may be gzip-compressed (.csv.gz …). "load network" reads a network file by \
        its extension, a headerless list from other blank-separated files, and a CSV edge list \
        whose ends are source,target or from,to; Gephi's edge table works as it is (its Type \
        column gives each tie's direction: one Directed tie makes a directed network, with the \
        Undirected ties both ways). A CSV or TSV edge list and its nodes file take the table \
        options: delimiter, decimal ',', null and header none (the columns are then source, \
        target, weight by position, and id, label in the nodes file); missing values read as \
        in a table, so NA in a weight column is a tie without a weight (NaN is refused, as \
        any weight that is not a finite number above 0). format NAME (csv, tsv, \
        edgelist, graphml, gexf, dot, gml, pajek, ucinet) overrides the extension; types is for \
        tables only. Self-loops are kept; NetworkX node ids are kept. Parquet \
        and Excel files cannot be read (no maintained Swift library reads them on Linux): the \
        error gives the one-line DuckDB conversion to CSV.
        """
    let examples = [
        CommandExample("load datasets/realms.yaml as realms_copy", "a copy of a bundled dataset under another name"),
        CommandExample("load Tests/Corpus/messy/semicolon.csv as towns delimiter ';' null '-' types inwoners: number",
                       "a semicolon file, a missing-value mark of its own, and a column's type set"),
        CommandExample("load Tests/Corpus/messy/semicolon.csv as towns delimiter ';' decimal ','",
                       "a European file: 0,35 is a number"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        let isNetwork = previous.first?.lowercased() == "network"
        switch previous.last?.lowercased() {
        case "as", "null", "types", "decimal": return .none
        case "nodes": return .file
        case "format": return .choice(DataFileFormat.formatNames)
        case "header": return .choice(["none"])
        case "delimiter": return .choice(LoadOptionsParser.delimiterNames.keys.sorted())
        default:
            if previous.isEmpty || isNetwork && index == 1 { return .file }
            return .choice(isNetwork ? LoadOptionsParser.networkWords : LoadOptionsParser.optionWords)
        }
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        _ = try LoadRequest(invocation)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let request = try LoadRequest(invocation)
        do {
            try session.checkReadable(request.path)
        } catch var diagnostic as Diagnostic {
            diagnostic.span = request.pathSpan
            throw diagnostic
        }
        if let nodesPath = request.nodesPath {
            do {
                try session.checkReadable(nodesPath)
            } catch var diagnostic as Diagnostic {
                diagnostic.span = request.nodesSpan ?? request.pathSpan
                throw diagnostic
            }
        }
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
        if case .table(let dataset) = entry {
            for note in dataset.loadNotes { session.notice(session.indentedNotice(note, indent: "  ")) }
        }
    }
}

/// The words of a `load` statement, checked.
struct LoadRequest {
    var path: String
    var pathSpan: Span
    var name: String
    var format: DataFileFormat?
    var nodesPath: String?
    var nodesSpan: Span?
    var directed = false
    var options = LoadOptions()
    /// `load network … format X`.
    var networkFormat: DataFileFormat?

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
        name = path == "-" ? "stdin" : DataFileFormat.datasetName(forPath: path)
        format = isNetwork ? nil : DataFileFormat(path: path)
        if format == nil, let (message, help) = DataFileFormat.unsupported(path: path) {
            throw Diagnostic(message, at: pathWord.span, help: help)
        }
        if isNetwork {
            try readNetworkOptions(invocation, words: words, after: pathWord)
        } else {
            try readOptions(invocation, after: pathWord)
        }
    }

    /// `load network FILE [nodes FILE] [directed|undirected]` and the table options that apply
    /// to an edge list: the words that name files or directions are taken out first, and the
    /// rest read as `load`'s options.
    private mutating func readNetworkOptions(_ invocation: Invocation, words: ArraySlice<Word>, after pathWord: Word) throws {
        var words = words
        var taken: [Span] = []
        var previous: Word?
        while let word = words.popFirst() {
            defer { previous = word }
            // The word after `as` or `format` is a name, whatever it says.
            if word.quoted || ["as", "format"].contains(previous.map { $0.quoted ? "" : $0.text.lowercased() } ?? "") { continue }
            switch word.text.lowercased() {
            case "nodes":
                guard let nodesWord = words.popFirst() else {
                    throw Diagnostic("\"nodes\" needs the nodes file after it", at: word.span)
                }
                nodesPath = nodesWord.text
                nodesSpan = nodesWord.span
                taken += [word.span, nodesWord.span]
            case "directed", "undirected":
                directed = word.text.lowercased() == "directed"
                taken.append(word.span)
            default:
                break
            }
        }
        var parser = LoadOptionsParser(tokens: invocation.tokens, after: pathWord.span.end, end: invocation.span.end,
                                       excluding: taken, network: true)
        try parser.parse()
        options = parser.options
        if let (given, _) = parser.name { name = given }
        let given = parser.format
        if let (format, span) = given, !format.readsNetworks, format != .csv, format != .tsv {
            throw Diagnostic("format \(format == .bundled ? "yaml" : format.rawValue) holds a table, not a network", at: span,
                             help: "a network is read as csv or tsv (an edge list), edgelist, graphml, gexf, dot, gml, pajek or ucinet; for a table: load \(path)")
        }
        networkFormat = given?.0
        let effective = networkFormat ?? DataFileFormat(path: path)
        if let span = options.delimitedOnly, let effective, effective != .csv, effective != .tsv {
            throw Diagnostic("delimiter, decimal and header apply to CSV and TSV edge lists, not \(effective.rawValue)", at: span,
                             help: "leave them out, or name the format: format csv")
        }
    }

    /// `load FILE [as NAME] [delimiter ';'] [null 'x', …] [header none] [types col: TYPE, …] [format NAME]`.
    private mutating func readOptions(_ invocation: Invocation, after pathWord: Word) throws {
        var parser = LoadOptionsParser(tokens: invocation.tokens, after: pathWord.span.end, end: invocation.span.end)
        try parser.parse()
        options = parser.options
        if let (given, _) = parser.name { name = given }
        if let (given, _) = parser.format { format = given }
        guard let format else {
            if path == "-" {
                throw Diagnostic("reading standard input needs a format", at: pathWord.span,
                                 help: "name it, as in: load - format csv as readings")
            }
            throw Diagnostic("cannot tell the format of \"\(path)\" from its extension", at: pathWord.span,
                             help: "PlaceLab reads \(DataFileFormat.extensions.joined(separator: ", ")), each also as .gz; or name the format (format csv), or for an edge list write \"load network \(path)\"")
        }
        if let span = options.delimitedOnly, format != .csv, format != .tsv {
            throw Diagnostic("delimiter, decimal and header apply to CSV and TSV files, not \(format.rawValue)", at: span,
                             help: "leave them out, or name the format: format csv")
        }
    }

    func read() throws -> Catalog.Entry {
        var entry: Catalog.Entry
        do {
            entry = try ExternalFormats.read(ReadRequest(path: path, name: name, format: format, nodesPath: nodesPath,
                                                         directed: directed, options: options, networkFormat: networkFormat))
        } catch var diagnostic as Diagnostic where path == "-" && diagnostic.place != nil {
            diagnostic.place?.path = "<stdin>"
            throw diagnostic
        }
        if path == "-", case .table(var dataset) = entry {
            dataset.origin = "standard input"
            entry = .table(dataset)
        }
        guard case .table(let dataset) = entry, format != .bundled else {
            if let first = options.types.first {
                throw Diagnostic("types apply to tables, and this file holds a network", at: first.span)
            }
            return entry
        }
        let typing = ColumnTyping(options: options, places: { rows in
            format == .csv || format == .tsv
                ? DelimitedReader.lines(ofRows: rows, path: path, delimiter: options.delimiter ?? (format == .tsv ? DelimitedReader.tab : nil),
                                        header: options.header)
                : Dictionary(uniqueKeysWithValues: rows.map { ($0, "row \($0 + 1)") })
        })
        return .table(try typing.apply(dataset))
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
}
