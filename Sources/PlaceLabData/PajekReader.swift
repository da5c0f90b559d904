import Foundation
import PlaceLabCore

/// Reads a Pajek `.net` file into a network laid out like the bundled ones: nodes `id`,
/// `label` (then `x`, `y`, `z` when vertices have coordinates, `mode` for a two-mode
/// network); edges `source`, `target`, `relation`, `weight`.
///
/// `*Vertices n` (or `*Vertices n m`, two-mode with the first m in mode 1) is followed by
/// vertex lines `number ["label"] [x y [z]]`, in any order; drawing options after the
/// coordinates are ignored and unlisted vertices have no label. When every vertex has a
/// label and no two are alike the labels are the node ids (as NetworkX reads them); otherwise
/// the ids are the vertex numbers and the labels fill the label column. Ties come in `*Arcs`
/// (directed) and `*Edges` (undirected) sections, `from to [weight]` a line, or `*Arcslist`
/// and `*Edgeslist`, `from to to …` a line; a section `*Arcs :2 "advice"` names the relation
/// of its ties, and so does a tie's label (`1 2 1 l "advice"`). A file with both arcs and edges is a directed network in which each edge
/// becomes two arcs, one each way. Section names are case-insensitive; `%` starts a comment
/// line, and a first comment `% illustrative network: …` (as PlaceLab writes) marks the
/// network illustrative.
public enum PajekReader {
    public static func read(path: String, name: String) throws -> Network {
        try read(NetworkText.read(path: path), name: name)
    }

    static func read(text: String, path: String, name: String) throws -> Network {
        try read(NetworkText(text: text, path: path), name: name)
    }

    private static func read(_ text: NetworkText, name: String) throws -> Network {
        var parser = PajekParser(text: text)
        try parser.parse()
        return try parser.network(name: name)
    }
}

/// Reads a Pajek file line by line, checking vertex numbers as it goes.
private struct PajekParser {
    struct Vertex {
        var label: String?
        var coordinates: [Double]
        var line: Int
    }

    struct Tie {
        var source: Int
        var target: Int
        var directed: Bool
        var weight: Double?
        var relation: String?
    }

    enum Section {
        case vertices
        case ties(directed: Bool, list: Bool, relation: String?, name: String)
    }

    static let sections = ["*network", "*vertices", "*arcs", "*edges", "*arcslist", "*edgeslist"]
    /// Pajek's drawing options for a line, which may follow (or stand for) its weight.
    static let drawingOptions: Set<String> = ["w", "c", "p", "s", "a", "ap", "l", "lp", "lr", "lphi", "lc", "la",
                                              "fos", "font", "h1", "h2", "k1", "k2", "a1", "a2", "b"]

    let text: NetworkText
    var section: Section?
    var vertexCount: Int?
    var firstModeCount: Int?
    var verticesLine = 0
    /// Where the `*Vertices` count is written, for an error about it.
    var countPosition = (line: 0, column: 0)
    var vertices: [Int: Vertex] = [:]
    var ties: [Tie] = []
    var relations: [String] = []
    var title: String?
    var illustrativeNote: String?

    init(text: NetworkText) {
        self.text = text
    }

    mutating func parse() throws {
        if text.isBlank {
            throw text.error("\"\(text.path)\" is empty: a Pajek file holds *Vertices N, then *Arcs or *Edges",
                             at: (1, 1))
        }
        for line in 1...text.lineCount {
            guard let first = text.firstByte(ofLine: line) else { continue }
            if first == UInt8(ascii: "%") {
                noteComment(text.text(ofLine: line))
                continue
            }
            let words = try text.words(ofLine: line)
            if let keyword = words[0].keyword, keyword.hasPrefix("*") {
                try startSection(words, keyword: keyword, line: line)
                continue
            }
            switch section {
            case nil:
                throw text.error("a Pajek file starts with *Vertices N before any vertex or tie",
                                 at: words[0].position, help: "add a line *Vertices N (the number of vertices) above")
            case .vertices:
                try readVertex(words)
            case .ties(let directed, let list, let relation, let name):
                try readTies(words, directed: directed, list: list, relation: relation, section: name)
            }
        }
        if vertexCount == nil {
            throw text.error("no *Vertices in this file: a Pajek network starts with *Vertices N", at: text.end)
        }
        try checkDeclaredCount()
    }

    /// Refuses a `*Vertices` count far beyond the vertices the file names (see `DeclaredSize`).
    private func checkDeclaredCount() throws {
        let count = vertexCount ?? 0
        guard count > DeclaredSize.mostUnnamed else { return }
        var named = Set(vertices.keys)
        for tie in ties {
            named.insert(tie.source)
            named.insert(tie.target)
        }
        try DeclaredSize.checkNamed("*Vertices \(count)", count: count, named: named.count, noun: "vertices", in: text,
                                    at: countPosition)
    }

    /// `% illustrative network: …` before the first section is the note PlaceLab writes.
    private mutating func noteComment(_ line: String) {
        guard section == nil, illustrativeNote == nil else { return }
        let trimmed = line.trimmingCharacters(in: .whitespaces).dropFirst().trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix(Network.illustrativePrefix) {
            let note = String(trimmed.dropFirst(Network.illustrativePrefix.count)).trimmingCharacters(in: .whitespaces)
            if !note.isEmpty { illustrativeNote = note }
        }
    }

    private mutating func startSection(_ words: [TextWord], keyword: String, line: Int) throws {
        let head = words[0]
        switch keyword {
        case "*network":
            let rest = text.text(ofLine: line).trimmingCharacters(in: .whitespaces).dropFirst(head.text.count)
                .trimmingCharacters(in: .whitespaces)
            let unquoted = rest.count >= 2 && rest.hasPrefix("\"") && rest.hasSuffix("\"")
                ? String(rest.dropFirst().dropLast()) : rest
            title = unquoted.isEmpty ? nil : unquoted
        case "*vertices":
            if vertexCount != nil {
                throw text.error("a second *Vertices section", at: head.position,
                                 help: "a .net file holds one network; the first *Vertices is at line \(verticesLine)")
            }
            guard words.count >= 2, let count = words[1].integer, count >= 0 else {
                throw text.error("*Vertices needs the number of vertices, as in *Vertices 12",
                                 at: words.count >= 2 ? words[1].position : head.end)
            }
            // Unlisted vertices are isolates, but a count far past what the file holds is a
            // mistake (or a file cut short), and would take memory the file does not back.
            try DeclaredSize.checkBacked("*Vertices \(count)", count: count, noun: "vertices", in: text,
                                         at: words[1].position)
            if words.count >= 3 {
                guard let first = words[2].integer, first > 0, first < count else {
                    throw text.error("a two-mode *Vertices gives how many vertices are in the first mode, "
                                     + "between 1 and \(max(count - 1, 1)), not \"\(words[2].text)\"",
                                     at: words[2].position, help: "as in *Vertices 12 5, or *Vertices 12 alone")
                }
                firstModeCount = first
            }
            if words.count >= 4 {
                throw text.error("unexpected \"\(words[3].text)\" after *Vertices", at: words[3].position,
                                 help: "write *Vertices N, or *Vertices N M for a two-mode network")
            }
            vertexCount = count
            verticesLine = line
            countPosition = words[1].position
            section = .vertices
        case "*arcs", "*edges", "*arcslist", "*edgeslist":
            guard vertexCount != nil else {
                throw text.error("\(head.text) before *Vertices", at: head.position,
                                 help: "a Pajek file lists its vertices (*Vertices N) before its ties")
            }
            let relation = try relationName(words)
            if let relation, !relations.contains(relation) { relations.append(relation) }
            section = .ties(directed: keyword.hasPrefix("*arcs"), list: keyword.hasSuffix("list"),
                            relation: relation, name: head.text)
        case "*matrix":
            throw text.error("*Matrix sections are not supported", at: head.position,
                             help: "write the ties as *Arcs or *Edges, or save the matrix as a UCINET DL file (.dl)")
        default:
            let help = Suggestion.closest(to: keyword, among: Self.sections).map { "did you mean \"\($0)\"?" }
                ?? "a .net network has *Vertices, then *Arcs, *Edges, *Arcslist or *Edgeslist"
            throw text.error("unknown section \"\(head.text)\"", at: head.position, help: help)
        }
    }

    /// The relation of a `*Arcs :2 "advice"` section: its name, else its number; nil without one.
    private func relationName(_ words: [TextWord]) throws -> String? {
        guard words.count >= 2 else { return nil }
        let marker = words[1]
        guard !marker.quoted, marker.text.hasPrefix(":"), marker.text.count > 1 else {
            throw text.error("unexpected \"\(marker.text)\" after \(words[0].text)", at: marker.position,
                             help: "a relation is written \(words[0].text) :1 \"name\"")
        }
        if words.count >= 4 {
            throw text.error("unexpected \"\(words[3].text)\" after the relation's name", at: words[3].position,
                             help: "quote a name with spaces: \(words[0].text) \(marker.text) \"its name\"")
        }
        return words.count >= 3 ? words[2].text : String(marker.text.dropFirst())
    }

    private mutating func readVertex(_ words: [TextWord]) throws {
        let number = try vertexNumber(words[0], what: "a vertex line starts with the vertex's number")
        if let earlier = vertices[number] {
            throw text.error("vertex \(number) is listed twice", at: words[0].position,
                             help: "the first is at line \(earlier.line)")
        }
        var coordinates: [Double] = []
        for word in words.dropFirst(2) {
            guard coordinates.count < 3, let value = word.number else { break }
            coordinates.append(value)
        }
        vertices[number] = Vertex(label: words.count >= 2 ? words[1].text : nil, coordinates: coordinates,
                                  line: words[0].line)
    }

    private mutating func readTies(_ words: [TextWord], directed: Bool, list: Bool, relation: String?,
                                   section: String) throws {
        let kind = directed ? "an arc" : "an edge"
        let source = try vertexNumber(words[0], what: "\(kind) starts with a vertex number")
        if list {
            for word in words.dropFirst() {
                let target = try vertexNumber(word, what: "\(section) lists vertex numbers")
                ties.append(Tie(source: source, target: target, directed: directed, relation: relation))
            }
            return
        }
        guard words.count >= 2 else {
            throw text.error("\(kind) needs two vertex numbers, as in 1 2", at: words[0].end)
        }
        let target = try vertexNumber(words[1], what: "\(kind) joins two vertex numbers")
        var weight: Double?
        var tieRelation = relation
        if words.count >= 3 {
            let word = words[2]
            if let value = word.number {
                if let problem = EdgeWeight.problem(value) {
                    throw text.error(problem, at: word.position, help: EdgeWeight.help)
                }
                weight = value
            } else if word.keyword.map({ !Self.drawingOptions.contains($0) }) ?? true {
                throw text.error("\(kind) weight should be a number, not \"\(word.text)\"",
                                 at: word.position)
            }
            // A tie's label (`l "advice"`, as PlaceLab writes its relation) is its relation.
            if relation == nil, let at = words.dropFirst(2).firstIndex(where: { $0.keyword == "l" }), at + 1 < words.count {
                tieRelation = words[at + 1].text
                if !relations.contains(words[at + 1].text) { relations.append(words[at + 1].text) }
            }
        }
        ties.append(Tie(source: source, target: target, directed: directed, weight: weight, relation: tieRelation))
    }

    /// A vertex number between 1 and the `*Vertices` count.
    private func vertexNumber(_ word: TextWord, what: String) throws -> Int {
        let count = vertexCount ?? 0
        guard let number = word.integer else {
            throw text.error("\(what), not \"\(word.text)\"", at: word.position,
                             help: "vertices are numbered 1…\(count) in the order *Vertices lists them")
        }
        guard number >= 1, number <= count else {
            throw text.error("unknown vertex \(number): *Vertices declares \(count == 0 ? "none" : "1…\(count)")",
                             at: word.position, help: "*Vertices \(count) is at line \(verticesLine)")
        }
        return number
    }

    func network(name: String) throws -> Network {
        let count = vertexCount ?? 0
        let labels = (0..<count).map { vertices[$0 + 1]?.label }
        let labelled = labels.compactMap { $0 }.filter { !$0.isEmpty }
        let labelsAreIDs = count > 0 && labelled.count == count && Set(labelled).count == count
        let ids = labelsAreIDs ? labelled : (0..<count).map { String($0 + 1) }

        var nodeColumns = [
            Dataset.Column(name: "id", type: .text, description: "node identifier", values: ids.map(Value.text)),
            Dataset.Column(name: "label", type: .text, description: "who the node is",
                           values: labels.map { label in
                               guard !labelsAreIDs, let label, !label.isEmpty else { return .null }
                               return .text(label)
                           }),
        ]
        let dimensions = vertices.values.map(\.coordinates.count).max() ?? 0
        for (axis, column) in ["x", "y", "z"].prefix(dimensions).enumerated() {
            let values: [Value] = (0..<count).map { index in
                guard let coordinates = vertices[index + 1]?.coordinates, axis < coordinates.count else { return .null }
                return .number(coordinates[axis])
            }
            nodeColumns.append(Dataset.Column(name: column, type: .number, description: "drawing coordinate",
                                              values: values))
        }
        if let firstModeCount {
            nodeColumns.append(Dataset.Column(name: "mode", type: .integer, description: "mode of a two-mode network",
                                              values: (0..<count).map { .integer($0 < firstModeCount ? 1 : 2) }))
        }

        let directed = ties.contains(where: \.directed)
        var sources: [Value] = [], targets: [Value] = [], kinds: [Value] = [], weights: [Value] = []
        func add(_ from: Int, _ to: Int, _ tie: Tie) {
            sources.append(.text(ids[from - 1]))
            targets.append(.text(ids[to - 1]))
            kinds.append(tie.relation.map(Value.text) ?? .null)
            weights.append(tie.weight.map(Value.number) ?? .null)
        }
        let cancellation = Cancellation.current
        for tie in ties {
            try cancellation.check()
            add(tie.source, tie.target, tie)
            // In a directed network an edge is a tie both ways.
            if directed, !tie.directed, tie.source != tie.target { add(tie.target, tie.source, tie) }
        }
        let edgeColumns = [
            Dataset.Column(name: "source", type: .text, values: sources),
            Dataset.Column(name: "target", type: .text, values: targets),
            Dataset.Column(name: "relation", type: .text, values: kinds),
            Dataset.Column(name: "weight", type: weights.allSatisfy(\.isNull) ? .empty : .number, values: weights),
        ]
        let path = text.path
        var network = Network(
            name: name, origin: path, directed: directed,
            nodes: Dataset(name: name, origin: path, columns: nodeColumns, key: "id"),
            edges: Dataset(name: name + ".edges", origin: path, columns: edgeColumns),
            relations: relations, title: title)
        if let illustrativeNote { network.markIllustrative(illustrativeNote) }
        return network
    }
}
