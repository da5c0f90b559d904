import PlaceLabCore

/// Reads a UCINET DL file into a network laid out like the bundled ones: nodes `id`, `label`;
/// edges `source`, `target`, `relation`, `weight`.
///
/// The header starts `dl n=5` (or `dl nr=5 nc=5`, which must be equal: a network has one set
/// of nodes) and may say `format = fullmatrix` (the default) or `format = edgelist1`,
/// `diagonal = absent` (fullmatrix rows then skip their own cell), `labels:` followed by the
/// n labels (separated by commas, blanks or line breaks; quote a label with blanks), `labels
/// embedded` (fullmatrix: a first line of column labels, and each row starts with its label;
/// edgelist1: the lines name nodes by label) and `matrix labels:` with the relation's name.
/// Keywords are case-insensitive. `data:` ends the header. A fullmatrix has n rows of n
/// numbers, one row a line; an edgelist1 line is `row column [value]` (value 1 when left out,
/// a later line for the same pair replacing an earlier one). Every value other than 0 is a tie
/// with that weight. The data is a matrix: when it is symmetric the network is undirected
/// (one edge per pair), otherwise directed. Nodes are named by their labels, else numbered
/// from 1.
public enum UCINETReader {
    public static func read(path: String, name: String) throws -> Network {
        try read(NetworkText.read(path: path), name: name)
    }

    static func read(text: String, path: String, name: String) throws -> Network {
        try read(NetworkText(text: text, path: path), name: name)
    }

    private static func read(_ text: NetworkText, name: String) throws -> Network {
        if text.isBlank {
            throw text.error("\"\(text.path)\" is empty: a UCINET DL file starts with dl n=…, then data:",
                             at: (1, 1))
        }
        let header = try DLHeader(text: text)
        var matrix = DLMatrix(text: text, header: header)
        try matrix.read()
        return matrix.network(name: name)
    }
}

/// The part of a DL file before `data:`.
private struct DLHeader {
    enum Format: String {
        case fullmatrix, edgelist1
    }

    static let keywords = ["dl", "n", "nr", "nc", "nm", "format", "diagonal", "labels", "row", "column", "col",
                           "matrix", "data"]
    static let otherFormats = ["lowerhalf", "upperhalf", "nodelist1", "nodelist2", "edgelist2", "blockmatrix",
                               "fullmatrix", "edgelist1", "linkedlist", "edgearray"]

    var n = 0
    var format = Format.fullmatrix
    var diagonalPresent = true
    var labels: [TextWord]?
    var embedded = false
    var relation: String?
    /// The `n` (or `nr`) word, for an error about the count.
    var countWord: TextWord?
    /// The data rows: the words after `data:` on its line, then each non-blank line's words.
    var rows: [[TextWord]] = []

    private let text: NetworkText
    private var words: [TextWord] = []
    private var index = 0

    init(text: NetworkText) throws {
        self.text = text
        var dataLine = 0
        collect: for line in 1...text.lineCount {
            for word in try text.words(ofLine: line, commas: true, singles: [UInt8(ascii: "=")]) {
                words.append(word)
                if Self.key(word) == "data" {
                    dataLine = line
                    break collect
                }
            }
        }
        try parse()
        if dataLine > 0 {
            let sameLine = try text.words(ofLine: dataLine, commas: true).filter { $0.column > words.last!.column }
            if !sameLine.isEmpty { rows.append(sameLine) }
            if dataLine < text.lineCount {
                for line in (dataLine + 1)...text.lineCount {
                    let row = try text.words(ofLine: line, commas: true)
                    if !row.isEmpty { rows.append(row) }
                }
            }
        }
    }

    /// A word as a keyword: lowercased, a trailing `:` dropped; nil for a quoted word.
    static func key(_ word: TextWord) -> String? {
        guard var key = word.keyword else { return nil }
        if key.hasSuffix(":") { key.removeLast() }
        return key
    }

    private var current: TextWord? { index < words.count ? words[index] : nil }

    private mutating func next() -> TextWord? {
        defer { index += 1 }
        return current
    }

    /// Skips a `:` written apart from its keyword (`labels :`).
    private mutating func skipColon() {
        if current?.text == ":" { index += 1 }
    }

    private mutating func parse() throws {
        guard let first = next(), Self.key(first) == "dl" else {
            throw text.error("a UCINET DL file starts with \"dl\"", at: words.first?.position ?? (1, 1),
                             help: "as in: dl n=5 format=fullmatrix")
        }
        var rowCount: (Int, TextWord)?
        var columnCount: (Int, TextWord)?
        var sawN = false
        var sawData = false
        var columnLabels: [TextWord]?
        var previousWasLabels = false
        while let word = next() {
            let wasLabels = previousWasLabels
            previousWasLabels = false
            switch Self.key(word) {
            case "n":
                n = try count(after: word)
                sawN = true
                countWord = word
            case "nr":
                rowCount = (try count(after: word), word)
            case "nc":
                columnCount = (try count(after: word), word)
            case "nm":
                let matrices = try count(after: word)
                if matrices != 1 {
                    throw text.error("several matrices (nm=\(matrices)) are not supported", at: word.position,
                                     help: "save each relation as a DL file of its own, with nm=1")
                }
            case "format":
                let value = try setting(after: word)
                let lowered = value.text.lowercased()
                guard let format = Format(rawValue: lowered) else {
                    let reads = "PlaceLab reads format = fullmatrix or format = edgelist1"
                    if Self.otherFormats.contains(lowered) {
                        throw text.error("format \(lowered) is not supported", at: value.position, help: reads)
                    }
                    let guess = Suggestion.closest(to: lowered, among: Self.otherFormats).map { "did you mean \"\($0)\"? " }
                    throw text.error("unknown format \"\(value.text)\"", at: value.position, help: (guess ?? "") + reads)
                }
                self.format = format
            case "diagonal":
                let value = try setting(after: word)
                switch value.text.lowercased() {
                case "present": diagonalPresent = true
                case "absent": diagonalPresent = false
                default:
                    throw text.error("diagonal is present or absent, not \"\(value.text)\"", at: value.position)
                }
            case "labels":
                if let list = try readLabels(after: word, count: sawN ? n : rowCount?.0) {
                    labels = list
                    previousWasLabels = true
                }
            case "row":
                try expectLabelsWord(after: word)
                if let list = try readLabels(after: word, count: sawN ? n : rowCount?.0) {
                    labels = list
                    previousWasLabels = true
                }
            case "column", "col":
                try expectLabelsWord(after: word)
                if let list = try readLabels(after: word, count: sawN ? n : columnCount?.0) {
                    columnLabels = list
                    previousWasLabels = true
                }
            case "matrix":
                try expectLabelsWord(after: word)
                skipColon()
                guard let name = next(), Self.key(name) != "data" else {
                    throw text.error("matrix labels: needs the relation's name after it", at: word.end)
                }
                relation = name.text
            case "data":
                sawData = true
            default:
                let help = wasLabels
                    ? "labels: gives one label for each of the n=\(n) nodes; is there one too many? "
                        + "Quote a label that has blanks or commas"
                    : Suggestion.closest(to: word.text.lowercased(), among: Self.keywords).map { "did you mean \"\($0)\"?" }
                        ?? "the header holds n=, format=, diagonal=, labels:, labels embedded, then data:"
                throw text.error("unexpected \"\(word.text)\" in the DL header", at: word.position, help: help)
            }
            if sawData { break }
        }
        if let (rows, rowWord) = rowCount {
            let columns = columnCount?.0 ?? rows
            if columns != rows {
                throw text.error("a two-mode matrix (nr=\(rows), nc=\(columns)) is not a network of one set of nodes",
                                 at: (columnCount?.1 ?? rowWord).position,
                                 help: "PlaceLab reads one-mode DL files: n=, or nr= and nc= equal")
            }
            if sawN, rows != n {
                throw text.error("nr=\(rows) differs from n=\(n)", at: rowWord.position)
            }
            n = rows
            sawN = true
            countWord = rowWord
        } else if let (columns, columnWord) = columnCount, !sawN || columns != n {
            throw text.error(sawN ? "nc=\(columns) differs from n=\(n)" : "nc= needs nr= beside it",
                             at: columnWord.position, help: "a one-mode DL file gives n=, or nr= and nc= equal")
        }
        guard sawN else {
            throw text.error("the header does not say how many nodes there are", at: first.end,
                             help: "write dl n=5 (the number of nodes) on the first line")
        }
        // A full matrix needs a line a row; an edge list names nodes that need no lines, but a
        // count far past what the file holds is a mistake and memory the file does not back.
        try DeclaredSize.checkBacked("n=\(n)", count: n, noun: "nodes", in: text, at: first.end)
        guard sawData else {
            throw text.error("no data: in this file", at: text.end,
                             help: "the matrix or edge list follows a line data:")
        }
        if let columnLabels {
            if let labels {
                for (row, column) in zip(labels, columnLabels) where row.text != column.text {
                    throw text.error("column label \"\(column.text)\" differs from row label \"\(row.text)\"",
                                     at: column.position,
                                     help: "PlaceLab reads one-mode networks: rows and columns are the same nodes")
                }
            } else {
                labels = columnLabels
            }
        }
        if let labels {
            var seen: [String: TextWord] = [:]
            for label in labels {
                if let earlier = seen[label.text] {
                    throw text.error("duplicate label \"\(label.text)\"", at: label.position,
                                     help: "the first is at line \(earlier.line)")
                }
                seen[label.text] = label
            }
        }
    }

    /// The whole number after `key =`.
    private mutating func count(after key: TextWord) throws -> Int {
        let value = try setting(after: key)
        guard let number = value.integer, number >= 0 else {
            throw text.error("\(key.text) should be a whole number, not \"\(value.text)\"", at: value.position)
        }
        return number
    }

    /// The word after `key =`.
    private mutating func setting(after key: TextWord) throws -> TextWord {
        guard current?.text == "=" else {
            throw text.error("expected \"=\" after \(key.text)", at: current?.position ?? key.end,
                             help: "as in \(key.text.lowercased())=…")
        }
        let equals = words[index]
        index += 1
        guard let value = current, value.text != "=" else {
            throw text.error("\(key.text) = needs a value", at: equals.end)
        }
        index += 1
        return value
    }

    /// `row labels`, `column labels` and `matrix labels` need their second word.
    private mutating func expectLabelsWord(after word: TextWord) throws {
        guard let labelsWord = current, Self.key(labelsWord) == "labels" else {
            throw text.error("expected \"labels\" after \"\(word.text)\"", at: current?.position ?? word.end)
        }
        index += 1
    }

    /// The `count` labels after `labels:`; nil for `labels embedded`, which it notes.
    private mutating func readLabels(after word: TextWord, count: Int?) throws -> [TextWord]? {
        if let embeddedWord = current, Self.key(embeddedWord) == "embedded" {
            index += 1
            skipColon()
            embedded = true
            return nil
        }
        skipColon()
        guard let count else {
            throw text.error("labels: comes before the number of nodes", at: word.position,
                             help: "write dl n=5 first, then labels:")
        }
        var labels: [TextWord] = []
        while labels.count < count {
            guard let label = current, Self.key(label) != "data" else {
                throw text.error("labels: lists \(labels.count) label\(labels.count == 1 ? "" : "s"); n=\(count) needs \(count)",
                                 at: current?.position ?? text.end,
                                 help: "give one label for each node, or leave labels: out to number them")
            }
            labels.append(label)
            index += 1
        }
        return labels
    }
}

/// The data after the header: ties in a matrix of n × n cells.
private struct DLMatrix {
    let text: NetworkText
    let header: DLHeader
    var ids: [String]
    /// Non-zero cells by `row * n + column`.
    var cells: [Int: Double] = [:]

    init(text: NetworkText, header: DLHeader) {
        self.text = text
        self.header = header
        // Numbers for unlabelled nodes are made once the data has shown the count is backed.
        ids = header.labels?.map(\.text) ?? []
    }

    var n: Int { header.n }

    mutating func read() throws {
        if header.format == .fullmatrix {
            // n rows must follow: refuse a count the file does not back before making n nodes.
            let rowCount = header.rows.count - (header.embedded ? 1 : 0)
            if rowCount < n {
                throw text.error("the matrix has \(max(rowCount, 0)) row\(rowCount == 1 ? "" : "s"); n=\(n) needs \(n)",
                                 at: text.end, help: "a fullmatrix has one row a line for each node")
            }
            if ids.isEmpty, !header.embedded { ids = (0..<n).map { String($0 + 1) } }
        }
        switch header.format {
        case .fullmatrix: try readFullMatrix()
        case .edgelist1: try readEdgeList()
        }
    }

    /// A cell's value: 0 is no tie, any other must be a weight (see `EdgeWeight`).
    private func number(_ word: TextWord, help: String) throws -> Double {
        guard let value = word.number else {
            throw text.error("\"\(word.text)\" is not a number", at: word.position, help: help)
        }
        if value != 0, let problem = EdgeWeight.problem(value) {
            throw text.error(problem, at: word.position, help: EdgeWeight.help + "; 0 means no tie")
        }
        return value
    }

    private mutating func readFullMatrix() throws {
        var rows = header.rows[...]
        let expected = header.diagonalPresent ? n : max(n - 1, 0)
        // With embedded labels, column j holds the node `columns[j]`.
        var columns = Array(0..<n)
        if header.embedded {
            guard let first = rows.popFirst() else {
                throw text.error("labels embedded: the data should start with a line of the \(n) column labels",
                                 at: text.end)
            }
            guard first.count == n else {
                throw text.error("the line of column labels holds \(first.count); n=\(n) needs \(n)",
                                 at: first.count > n ? first[n].position : text.endOfText(ofLine: first[0].line))
            }
            let rowLabels = rows.prefix(n).compactMap(\.first)
            ids = []
            var seen: [String: TextWord] = [:]
            for label in rowLabels {
                if let earlier = seen[label.text] {
                    throw text.error("duplicate row label \"\(label.text)\"", at: label.position,
                                     help: "the first is at line \(earlier.line)")
                }
                seen[label.text] = label
                ids.append(label.text)
            }
            for (index, label) in first.enumerated() {
                guard let position = ids.firstIndex(of: label.text) else {
                    throw text.error("column label \"\(label.text)\" is not the label of any row", at: label.position,
                                     help: Suggestion.closest(to: label.text, among: ids).map { "did you mean \"\($0)\"?" })
                }
                columns[index] = position
            }
        }
        let help = "a fullmatrix row holds \(expected) numbers\(header.embedded ? " after its label" : ""); 0 means no tie"
        var rowIndex = 0
        let cancellation = Cancellation.current
        for var row in rows {
            try cancellation.check()
            guard rowIndex < n else {
                throw text.error("more rows than n=\(n)", at: row[0].position,
                                 help: "a fullmatrix has one row a line for each node; is n right?")
            }
            if header.embedded { row.removeFirst() }
            guard row.count == expected else {
                let line = row.first?.line ?? text.end.line
                throw text.error("row \(rowIndex + 1) has \(row.count) value\(row.count == 1 ? "" : "s"); "
                                 + "n=\(n)\(header.diagonalPresent ? "" : " without the diagonal") needs \(expected)",
                                 at: row.count > expected ? row[expected].position : text.endOfText(ofLine: line),
                                 help: help)
            }
            for (index, word) in row.enumerated() {
                let value = try number(word, help: help)
                // Without the diagonal, a row's cells skip its own column.
                let column = header.diagonalPresent || index < rowIndex ? index : index + 1
                if value != 0 { cells[rowIndex * n + columns[column]] = value }
            }
            rowIndex += 1
        }
        if rowIndex < n {
            throw text.error("the matrix has \(rowIndex) row\(rowIndex == 1 ? "" : "s"); n=\(n) needs \(n)",
                             at: text.end, help: "a fullmatrix has one row a line for each node")
        }
    }

    private mutating func readEdgeList() throws {
        let fixedLabels = header.labels != nil
        if header.embedded, !fixedLabels { ids = [] }
        var named = ids.count
        var known: [String: Int] = [:]
        for (index, id) in ids.enumerated() { known[id] = index }
        var mentioned = Set<Int>()

        func node(_ word: TextWord) throws -> Int {
            if header.embedded {
                if let index = known[word.text] { return index }
                if fixedLabels {
                    throw text.error("unknown label \"\(word.text)\"", at: word.position,
                                     help: Suggestion.closest(to: word.text, among: ids).map { "did you mean \"\($0)\"?" }
                                         ?? "the labels: list names the nodes")
                }
                guard named < n else {
                    throw text.error("more than n=\(n) different labels", at: word.position,
                                     help: "raise n, or check the spelling of \"\(word.text)\"")
                }
                known[word.text] = named
                ids.append(word.text)
                named += 1
                return named - 1
            }
            guard let number = word.integer else {
                throw text.error("\"\(word.text)\" is not a node number", at: word.position,
                                 help: "an edgelist1 names nodes 1…\(n); write labels embedded in the header to use names")
            }
            guard number >= 1, number <= n else {
                throw text.error("unknown node \(number): n=\(n) numbers them 1…\(n)", at: word.position)
            }
            mentioned.insert(number)
            return number - 1
        }

        let cancellation = Cancellation.current
        for row in header.rows {
            try cancellation.check()
            guard row.count >= 2 else {
                throw text.error("an edgelist1 line holds two nodes and an optional value, as in 1 2 or 1 2 0.5",
                                 at: row[0].end)
            }
            guard row.count <= 3 else {
                throw text.error("unexpected \"\(row[3].text)\": an edgelist1 line holds two nodes and an optional value",
                                 at: row[3].position)
            }
            let from = try node(row[0])
            let to = try node(row[1])
            let value = row.count == 3 ? try number(row[2], help: "the third value on a line is the tie's weight") : 1
            let key = from * n + to
            if value == 0 { cells[key] = nil } else { cells[key] = value }
        }
        let namedNodes = header.embedded || fixedLabels ? ids.count : mentioned.count
        try DeclaredSize.checkNamed("n=\(n)", count: n, named: namedNodes, noun: "nodes", in: text,
                                    at: header.countWord?.position ?? (1, 1))
        // Nodes never named in the data keep a number, made unlike any label.
        while ids.count < n {
            var id = String(ids.count + 1)
            while known[id] != nil { id = "_" + id }
            known[id] = ids.count
            ids.append(id)
        }
    }

    func network(name: String) -> Network {
        let symmetric = cells.allSatisfy { key, value in cells[(key % n) * n + key / n] == value }
        let keys = cells.keys.sorted().filter { !symmetric || $0 / n <= $0 % n }
        let relation = header.relation.map(Value.text) ?? .null
        let edgeColumns = [
            Dataset.Column(name: "source", type: .text, values: keys.map { .text(ids[$0 / n]) }),
            Dataset.Column(name: "target", type: .text, values: keys.map { .text(ids[$0 % n]) }),
            Dataset.Column(name: "relation", type: .text, values: keys.map { _ in relation }),
            Dataset.Column(name: "weight", type: keys.isEmpty ? .empty : .number,
                           values: keys.map { .number(cells[$0]!) }),
        ]
        let nodeColumns = [
            Dataset.Column(name: "id", type: .text, description: "node identifier", values: ids.map(Value.text)),
            Dataset.Column(name: "label", type: .text, description: "who the node is",
                           values: [Value](repeating: .null, count: ids.count)),
        ]
        let path = text.path
        return Network(name: name, origin: path, directed: !symmetric,
                       nodes: Dataset(name: name, origin: path, columns: nodeColumns, key: "id"),
                       edges: Dataset(name: name + ".edges", origin: path, columns: edgeColumns),
                       relations: header.relation.map { [$0] } ?? [])
    }
}
