import Foundation
import PlaceLabCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a GraphML file (as NetworkX, Gephi, yEd and igraph write it) into a network laid out
/// like the bundled ones: nodes `id`, `label`, then attributes; edges `source`, `target`,
/// `relation`, `weight`, then any other edge attributes.
///
/// Keys (`<key for= attr.name= attr.type=>` with an optional `<default>`) type the columns:
/// string → text, int/long → integer, float/double → number, boolean → boolean. A node key
/// named `label` (else `name`) fills the label column; an edge key named `weight` fills the
/// weight, and one named `relation`, `type` or `label` (first found) the relation. A graph
/// without `edgedefault` is undirected, as NetworkX reads it. Nested graphs are flattened. A
/// graph key `illustrative_note` (as `NetworkWriter` writes it) marks the network illustrative.
public enum GraphMLReader {
    public static func read(path: String, name: String) throws -> Network {
        let data = try FileBytes.contents(of: path)
        return try read(data: data, path: path, name: name)
    }

    static func read(data: Data, path: String, name: String) throws -> Network {
        // NUL bytes before the root element crash libxml2's push parser (found by libFuzzer):
        // refuse a file that is not UTF-8 text before the parser sees it, as the other readers do.
        let notText: Diagnostic? = data.withUnsafeBytes { raw in
            guard let base = raw.bindMemory(to: UInt8.self).baseAddress else { return nil }
            return FileBytes.firstNonTextByte(base, count: raw.count).map {
                FileBytes.notText(path: path, base, count: raw.count, offset: $0)
            }
        }
        if let notText { throw notText }
        let text = String(decoding: data, as: UTF8.self)
        let lines = SourceLines(text: text, path: path)
        if text.allSatisfy({ $0.isWhitespace || $0 == "\u{FEFF}" }) {
            throw Diagnostic("\"\(path)\" is empty: a GraphML file holds <graphml><graph>…</graph></graphml>",
                             place: FilePlace(path: path, line: 1, column: 1, lineText: lines.text(ofLine: 1)))
        }
        try XMLEntityCheck.check(text, lines: lines)
        let scan = GraphMLScan(lines: lines)
        // From a stream, which Foundation feeds to libxml2 in chunks: given all the data at once,
        // libxml2 refuses files over 10 MB ("huge input lookup") once it has read them through.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.shouldResolveExternalEntities = false
        parser.delegate = scan
        let finished = parser.parse()
        if scan.interrupted { throw Interrupted() }
        if let failure = scan.failure { throw failure }
        if !finished || parser.parserError != nil {
            throw lines.error("not well-formed XML", at: (max(parser.lineNumber, 1), max(parser.columnNumber, 1)))
        }
        // A stream that ends inside the root element is not always reported: check it here.
        if !scan.rootClosed {
            let what = scan.openElement.map { "<\($0)> is closed" } ?? "its root element is closed"
            throw lines.error("not well-formed XML: the file ends before \(what)", at: lines.end)
        }
        return try GraphMLBuilder(scan: scan, lines: lines, name: name).build()
    }
}

// MARK: - Positions

/// A file's lines, split only when an error needs one, for `FilePlace`s and carets.
final class SourceLines {
    let path: String
    private let text: String
    private var split: [[Character]]?

    init(text: String, path: String) {
        self.text = text
        self.path = path
    }

    private var lines: [[Character]] {
        if let split { return split }
        var result: [[Character]] = []
        var current: [Character] = []
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\r" {
                result.append(current)
                current = []
            } else {
                current.append(character)
            }
        }
        result.append(current)
        split = result
        return result
    }

    /// Just past the last character of the file.
    var end: (line: Int, column: Int) {
        (lines.count, (lines.last?.count ?? 0) + 1)
    }

    func characters(ofLine line: Int) -> [Character]? {
        line >= 1 && line <= lines.count ? lines[line - 1] : nil
    }

    func text(ofLine line: Int) -> String? {
        characters(ofLine: line).map { String($0) }
    }

    func place(_ position: (line: Int, column: Int)) -> FilePlace {
        FilePlace(path: path, line: position.line, column: position.column, lineText: text(ofLine: position.line))
    }

    func error(_ message: String, at position: (line: Int, column: Int), help: String? = nil) -> Diagnostic {
        Diagnostic(message, help: help, place: place(position))
    }
}

/// Where the XML parser was when it reported an element: the end of its start tag.
struct XMLMark {
    var line: Int
    var column: Int
    var element: String
}

extension SourceLines {
    /// Where the start tag reported at `mark` begins (its `<`), searching back from the mark.
    func tagStart(_ mark: XMLMark) -> (line: Int, column: Int) {
        let opener = Array("<" + mark.element)
        var line = mark.line
        var from = mark.column  // 1-based; search at and before it
        while line >= 1, line > mark.line - 200 {
            guard let characters = characters(ofLine: line) else { break }
            var index = min(from, characters.count) - 1
            while index >= 0 {
                if characters[index] == "<", matches(opener, in: characters, at: index) {
                    return (line, index + 1)
                }
                index -= 1
            }
            line -= 1
            from = Int.max
        }
        return (mark.line, max(mark.column, 1))
    }

    private func matches(_ opener: [Character], in characters: [Character], at index: Int) -> Bool {
        guard index + opener.count <= characters.count,
              Array(characters[index..<(index + opener.count)]) == opener else { return false }
        guard index + opener.count < characters.count else { return true }
        let next = characters[index + opener.count]
        return next.isWhitespace || next == ">" || next == "/"
    }

    /// The start of an attribute's value (just inside its quote) in the tag at `mark`, or the
    /// tag's start when it has no such attribute.
    func attribute(_ name: String, of mark: XMLMark) -> (line: Int, column: Int) {
        let scanned = scanTag(mark)
        return scanned.attributes[name] ?? scanned.start
    }

    /// The first non-blank character after the start tag at `mark`: where its text begins.
    func content(of mark: XMLMark) -> (line: Int, column: Int) {
        let scanned = scanTag(mark)
        guard let end = scanned.end else { return scanned.start }
        var line = end.line
        var index = end.column  // 0-based index just past `>`
        while let characters = characters(ofLine: line), line <= end.line + 50 {
            while index < characters.count {
                if characters[index] == "<" { return (end.line, end.column + 1) }
                if !characters[index].isWhitespace { return (line, index + 1) }
                index += 1
            }
            line += 1
            index = 0
        }
        return (end.line, end.column + 1)
    }

    /// Walks the start tag at `mark`: its attributes' value positions and where its `>` is.
    private func scanTag(_ mark: XMLMark) -> (start: (line: Int, column: Int),
                                              attributes: [String: (line: Int, column: Int)],
                                              end: (line: Int, column: Int)?) {
        let start = tagStart(mark)
        var attributes: [String: (line: Int, column: Int)] = [:]
        var line = start.line
        var index = start.column - 1 + 1 + mark.element.count  // past `<name`
        var characters = self.characters(ofLine: line) ?? []

        func current() -> Character? {
            while index >= characters.count {
                guard line < start.line + 200, let next = self.characters(ofLine: line + 1) else { return nil }
                line += 1
                index = 0
                characters = next
                if characters.isEmpty { continue }
            }
            return characters[index]
        }
        func skipSpace() {
            while let character = current(), character.isWhitespace { index += 1 }
        }

        while true {
            skipSpace()
            guard let character = current() else { return (start, attributes, nil) }
            if character == ">" { return (start, attributes, (line, index + 1)) }
            if character == "/" { index += 1; continue }
            var attributeName = ""
            while let next = current(), !next.isWhitespace, next != "=", next != ">", next != "/" {
                attributeName.append(next)
                index += 1
            }
            skipSpace()
            guard current() == "=" else { continue }
            index += 1
            skipSpace()
            guard let quote = current(), quote == "\"" || quote == "'" else { continue }
            index += 1
            _ = current()
            attributes[attributeName] = (line, index + 1)
            while let next = current(), next != quote { index += 1 }
            index += 1
        }
    }
}

// MARK: - Scanning

/// Collects a GraphML file's keys, nodes and edges as written, checking only what needs the
/// file's order (duplicate ids, structure); `GraphMLBuilder` then types and resolves them.
final class GraphMLScan: NSObject, XMLParserDelegate {
    struct Key {
        var id: String
        var domain: String
        var name: String
        var type: String
        var isGraphics: Bool
        var defaultText: String?
        var defaultMark: XMLMark?
        var mark: XMLMark
    }

    struct DataItem {
        var key: String
        var text: String
        var mark: XMLMark
    }

    struct NodeItem {
        var id: String
        var mark: XMLMark
        var data: [DataItem] = []
        /// A yEd label (`<y:NodeLabel>` inside graphics data), used when no key names the label.
        var graphicsLabel: String?
    }

    struct EdgeItem {
        var source: String
        var target: String
        var directed: Bool?
        var mark: XMLMark
        var data: [DataItem] = []
    }

    private enum Context {
        case graphml, key(Int), defaultValue(Int), graph(top: Bool), node(Int), edge(Int), data, other
    }

    static let types = ["string", "int", "long", "float", "double", "boolean"]
    static let domains = ["node", "edge", "graph", "all", "graphml", "hyperedge", "port", "endpoint"]

    let lines: SourceLines
    private(set) var failure: Diagnostic?
    private(set) var keys: [Key] = []
    private(set) var nodes: [NodeItem] = []
    private(set) var edges: [EdgeItem] = []
    private(set) var graphData: [DataItem] = []
    private(set) var graphMark: XMLMark?
    private(set) var rootMark: XMLMark?
    /// Whether `</graphml>` was read.
    private(set) var rootClosed = false
    private(set) var edgeDefaultDirected = false
    /// Set when Ctrl-C stopped the parser, checked at each element.
    private(set) var interrupted = false
    private let cancellation = Cancellation.current

    private var keyIndex: [String: Int] = [:]
    private var nodeIndex: [String: Int] = [:]
    private var contexts: [Context] = []
    private var elementNames: [String] = []
    /// The `<data>` being read: its owner, key and text so far, and its depth in the tree.
    private var openData: (owner: Context, item: DataItem, depth: Int)?
    private var defaultText = ""
    /// Depth of an open `<y:NodeLabel>` inside graphics data, and its text.
    private var graphicsLabel: (depth: Int, text: String)?

    init(lines: SourceLines) {
        self.lines = lines
    }

    func nodeMark(of id: String) -> XMLMark? {
        nodeIndex[id].map { nodes[$0].mark }
    }

    var nodeIDs: [String] { nodes.map(\.id) }

    func key(_ id: String) -> Key? {
        keyIndex[id].map { keys[$0] }
    }

    private func fail(_ parser: XMLParser, _ diagnostic: Diagnostic) {
        guard failure == nil else { return }
        failure = diagnostic
        parser.abortParsing()
    }

    private func mark(_ parser: XMLParser, _ element: String) -> XMLMark {
        XMLMark(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1), element: element)
    }

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String] = [:]) {
        guard failure == nil, !interrupted else { return }
        if cancellation.isRequested {
            interrupted = true
            parser.abortParsing()
            return
        }
        let here = mark(parser, elementName)
        let parent = contexts.last
        elementNames.append(elementName)
        if openData != nil {
            if elementName.hasSuffix("NodeLabel"), graphicsLabel == nil {
                graphicsLabel = (elementNames.count, "")
            }
            contexts.append(.other)
            return
        }
        var context = Context.other
        switch (elementName, parent) {
        case ("graphml", nil):
            rootMark = here
            context = .graphml
        case (_, nil):
            fail(parser, lines.error("this is not GraphML: its root element is <\(elementName)>, not <graphml>",
                                     at: lines.tagStart(here)))
            return
        case ("key", .graphml?):
            context = startKey(parser, here, attributes)
        case ("default", .key(let index)?):
            context = .defaultValue(index)
            defaultText = ""
            keys[index].defaultMark = here
        case ("graph", .graphml?):
            if let graphMark {
                fail(parser, lines.error(
                    "a second <graph>: PlaceLab reads one network per GraphML file", at: lines.tagStart(here),
                    help: "the first starts at line \(lines.tagStart(graphMark).line)"))
                return
            }
            graphMark = here
            switch attributes["edgedefault"] {
            case nil, "undirected"?: edgeDefaultDirected = false
            case "directed"?: edgeDefaultDirected = true
            case let other?:
                fail(parser, lines.error(
                    "edgedefault should be \"directed\" or \"undirected\", not \"\(other)\"",
                    at: lines.attribute("edgedefault", of: here),
                    help: Suggestion.closest(to: other, among: ["directed", "undirected"]).map { "did you mean \"\($0)\"?" }))
                return
            }
            context = .graph(top: true)
        case ("graph", .node?):
            context = .graph(top: false)
        case ("node", .graph?):
            context = startNode(parser, here, attributes)
        case ("edge", .graph?):
            context = startEdge(parser, here, attributes)
        case ("hyperedge", _):
            fail(parser, lines.error("hyperedges are not supported: a PlaceLab edge joins two nodes",
                                     at: lines.tagStart(here)))
            return
        case ("data", let owner?):
            switch owner {
            case .graphml, .graph, .node, .edge:
                let key = attributes["key"] ?? ""
                if key.isEmpty {
                    fail(parser, lines.error("<data> needs a key attribute", at: lines.tagStart(here)))
                    return
                }
                openData = (owner, DataItem(key: key, text: "", mark: here), elementNames.count)
                context = .data
            default:
                break
            }
        default:
            break
        }
        if failure == nil { contexts.append(context) }
    }

    private func startKey(_ parser: XMLParser, _ here: XMLMark, _ attributes: [String: String]) -> Context {
        guard let id = attributes["id"], !id.isEmpty else {
            fail(parser, lines.error("a <key> needs an id", at: lines.tagStart(here)))
            return .other
        }
        if let earlier = keyIndex[id] {
            fail(parser, lines.error("duplicate key id \"\(id)\"", at: lines.attribute("id", of: here),
                                     help: "the first is at line \(lines.tagStart(keys[earlier].mark).line)"))
            return .other
        }
        let domain = attributes["for"] ?? "all"
        guard Self.domains.contains(domain) else {
            fail(parser, lines.error(
                "key \"\(id)\" is for \"\(domain)\": it should be for node, edge, graph or all",
                at: lines.attribute("for", of: here),
                help: Suggestion.closest(to: domain, among: Self.domains).map { "did you mean \"\($0)\"?" }))
            return .other
        }
        let type = attributes["attr.type"] ?? "string"
        let isGraphics = attributes["attr.name"] == nil && attributes["yfiles.type"] != nil
        if !isGraphics, !Self.types.contains(type) {
            fail(parser, lines.error(
                "key \"\(id)\" has attr.type \"\(type)\": GraphML types are \(Self.types.joined(separator: ", "))",
                at: lines.attribute("attr.type", of: here),
                help: (Suggestion.closest(to: type, among: Self.types) ?? Self.types.first { type.lowercased().hasPrefix($0) })
                    .map { "did you mean \"\($0)\"?" }))
            return .other
        }
        keyIndex[id] = keys.count
        keys.append(Key(id: id, domain: domain, name: attributes["attr.name"] ?? id, type: type,
                        isGraphics: isGraphics, mark: here))
        return .key(keys.count - 1)
    }

    private func startNode(_ parser: XMLParser, _ here: XMLMark, _ attributes: [String: String]) -> Context {
        guard let id = attributes["id"], !id.isEmpty else {
            fail(parser, lines.error("a <node> needs an id", at: lines.tagStart(here)))
            return .other
        }
        if let earlier = nodeIndex[id] {
            fail(parser, lines.error("duplicate node id \"\(id)\"", at: lines.attribute("id", of: here),
                                     help: "the first is at line \(lines.tagStart(nodes[earlier].mark).line)"))
            return .other
        }
        nodeIndex[id] = nodes.count
        nodes.append(NodeItem(id: id, mark: here))
        return .node(nodes.count - 1)
    }

    private func startEdge(_ parser: XMLParser, _ here: XMLMark, _ attributes: [String: String]) -> Context {
        for end in ["source", "target"] where (attributes[end] ?? "").isEmpty {
            fail(parser, lines.error("an <edge> needs a \(end)", at: lines.tagStart(here)))
            return .other
        }
        var directed: Bool?
        if let flag = attributes["directed"] {
            switch flag {
            case "true": directed = true
            case "false": directed = false
            default:
                fail(parser, lines.error("an edge's directed attribute should be true or false, not \"\(flag)\"",
                                         at: lines.attribute("directed", of: here)))
                return .other
            }
        }
        edges.append(EdgeItem(source: attributes["source"]!, target: attributes["target"]!, directed: directed,
                              mark: here))
        return .edge(edges.count - 1)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        guard failure == nil else { return }
        if let label = graphicsLabel, label.depth == elementNames.count {
            if case .node(let index) = openData?.owner, nodes[index].graphicsLabel == nil {
                let text = label.text.trimmingCharacters(in: .whitespacesAndNewlines)
                if !text.isEmpty { nodes[index].graphicsLabel = text }
            }
            graphicsLabel = nil
        }
        if let open = openData, open.depth == elementNames.count {
            switch open.owner {
            case .node(let index): nodes[index].data.append(open.item)
            case .edge(let index): edges[index].data.append(open.item)
            case .graph(top: true): graphData.append(open.item)
            default: break
            }
            openData = nil
        }
        if case .defaultValue(let index)? = contexts.last {
            keys[index].defaultText = defaultText
        }
        if !contexts.isEmpty { contexts.removeLast() }
        if !elementNames.isEmpty { elementNames.removeLast() }
        if elementNames.isEmpty { rootClosed = true }
    }

    /// The innermost element still open.
    var openElement: String? { elementNames.last }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        append(string)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        append(String(decoding: CDATABlock, as: UTF8.self))
    }

    private func append(_ string: String) {
        guard failure == nil else { return }
        if graphicsLabel != nil {
            graphicsLabel!.text += string
        }
        if let open = openData, open.depth == elementNames.count {
            openData!.item.text += string
        } else if case .defaultValue? = contexts.last {
            defaultText += string
        }
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard failure == nil else { return }
        let code = (parseError as NSError).code
        var position = (line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1))
        let open = elementNames.last
        // A mismatched closing tag is reported after it: point at its `</`.
        if code == 76, let characters = lines.characters(ofLine: position.line) {
            var index = min(position.column, characters.count) - 1
            while index > 0, !(characters[index - 1] == "<" && characters[index] == "/") { index -= 1 }
            if index > 0 { position.column = index }
        }
        fail(parser, lines.error("not well-formed XML: " + Self.describe(code: code, open: open), at: position))
    }

    func parser(_ parser: XMLParser, validationErrorOccurred validationError: Error) {}

    /// libxml2's error codes, as Foundation passes them on, in words.
    static func describe(code: Int, open: String?) -> String {
        switch code {
        case 4: return "no root element (text before the first tag?)"
        case 5: return open.map { "the file ends before <\($0)> is closed" }
            ?? "extra content after the root element"
        case 6, 7, 8: return "a character reference (&#…;) is not valid"
        case 9: return "a character that XML does not allow"
        case 22, 23, 68: return "a name is missing or malformed (a bare \"&\" or \"<\" should be &amp; or &lt;)"
        case 26, 27: return "an undefined entity (only &amp; &lt; &gt; &quot; &apos; are predefined)"
        case 33, 34, 43, 44: return "a quoted string is not closed"
        case 38: return "\"<\" inside an attribute value (use &lt;)"
        case 39, 40, 41: return "an attribute value should be in quotes"
        case 42: return "an attribute appears twice in one tag"
        case 45: return "a comment is not closed (\"-->\")"
        case 63: return "a CDATA section is not closed (\"]]>\")"
        case 65: return "a space is required here"
        case 73: return "a tag is not closed with \">\""
        case 74: return "\"</\" expected"
        case 75: return "\"=\" expected after an attribute name"
        case 76: return open.map { "a closing tag does not match <\($0)>" } ?? "a closing tag does not match"
        case 77: return open.map { "<\($0)> is not closed" } ?? "a tag is not closed"
        case 80: return "\"--\" inside a comment"
        case 85: return "tags are not properly nested"
        case 86: return "extra content after the root element"
        case 31, 32, 81: return "an unknown or unsupported encoding"
        case 64: return "the name \"xml\" is reserved"
        case 89: return "an entity refers to itself (an entity loop)"
        default: return "error \(code) from the XML parser"
        }
    }
}

// MARK: - Building

/// Turns a scan into a network: types the data by its keys, resolves edge ends, lays out columns.
struct GraphMLBuilder {
    let scan: GraphMLScan
    let lines: SourceLines
    let name: String

    private typealias Key = GraphMLScan.Key

    func build() throws -> Network {
        guard scan.graphMark != nil else {
            throw lines.error("no <graph> in this file: GraphML keeps its nodes and edges inside <graph>",
                              at: scan.rootMark.map { lines.tagStart($0) } ?? (1, 1))
        }
        var nodeData: [[String: GraphMLScan.DataItem]] = []
        for node in scan.nodes {
            nodeData.append(try collect(node.data, for: "node"))
        }
        var edgeData: [[String: GraphMLScan.DataItem]] = []
        for edge in scan.edges {
            edgeData.append(try collect(edge.data, for: "edge"))
        }
        let graphData = try collect(scan.graphData, for: "graph")

        let nodes = try nodeDataset(nodeData)
        let (edges, relations) = try edgeDataset(edgeData)
        let directed = try direction()

        let graphKeys = scan.keys.filter { ["graph", "all"].contains($0.domain) && !$0.isGraphics }
        func graphText(_ names: [String]) throws -> String? {
            for wanted in names {
                guard let key = graphKeys.first(where: { $0.name.lowercased() == wanted }) else { continue }
                let value = try typed(graphData[key.id], key: key)
                if !value.isNull { return value.plainText }
            }
            return nil
        }
        let path = lines.path
        var network = Network(name: name, origin: path, directed: directed, nodes: nodes, edges: edges,
                              relations: relations, title: try graphText(["title", "name"]),
                              description: try graphText(["description"]))
        if let note = try graphText([Dataset.illustrativeNoteColumn]), !note.isEmpty { network.markIllustrative(note) }
        return network
    }

    /// A node's or edge's data by key id, checking each names a key meant for that element.
    private func collect(_ items: [GraphMLScan.DataItem], for domain: String) throws
        -> [String: GraphMLScan.DataItem] {
        var byKey: [String: GraphMLScan.DataItem] = [:]
        for item in items {
            guard let key = scan.key(item.key) else {
                throw lines.error("unknown key \"\(item.key)\"", at: lines.attribute("key", of: item.mark),
                                  help: Suggestion.closest(to: item.key, among: scan.keys.map(\.id))
                                      .map { "did you mean \"\($0)\"?" } ?? "declare it with <key id=\"\(item.key)\" …>")
            }
            guard key.domain == domain || key.domain == "all" else {
                throw lines.error("key \"\(key.id)\" (\(key.name)) is declared for \(key.domain)s, not \(domain)s",
                                  at: lines.attribute("key", of: item.mark))
            }
            byKey[item.key] = item
        }
        return byKey
    }

    /// Keys that make columns for `domain`: its own, and `all` keys that some element uses or
    /// that carry a default.
    private func columnKeys(for domain: String, data: [[String: GraphMLScan.DataItem]]) -> [Key] {
        scan.keys.filter { key in
            if key.isGraphics { return false }
            if key.domain == domain { return true }
            guard key.domain == "all" else { return false }
            return key.defaultText != nil || data.contains { $0[key.id] != nil }
        }
    }

    private func nodeDataset(_ data: [[String: GraphMLScan.DataItem]]) throws -> Dataset {
        let keys = columnKeys(for: "node", data: data)
        let labelKey = keys.first { $0.name.lowercased() == "label" } ?? keys.first { $0.name.lowercased() == "name" }
        let attributeKeys = keys.filter { $0.id != labelKey?.id }
        try checkNames(attributeKeys, reserved: ["id", "label"], what: "node")

        var ids: [Value] = [], labels: [Value] = []
        var attributes = [[Value]](repeating: [], count: attributeKeys.count)
        let cancellation = Cancellation.current
        for (index, node) in scan.nodes.enumerated() {
            try cancellation.check()
            ids.append(.text(node.id))
            var label = Value.null
            if let labelKey {
                let value = try typed(data[index][labelKey.id], key: labelKey)
                if !value.isNull { label = .text(value.plainText) }
            } else if let text = node.graphicsLabel {
                label = .text(text)
            }
            labels.append(label)
            for (column, key) in attributeKeys.enumerated() {
                attributes[column].append(try typed(data[index][key.id], key: key))
            }
        }
        var columns = [
            Dataset.Column(name: "id", type: .text, description: "node identifier", values: ids),
            Dataset.Column(name: "label", type: .text, description: "who the node is", values: labels),
        ]
        for (column, key) in attributeKeys.enumerated() {
            columns.append(Dataset.Column(name: key.name, type: Self.valueType(key.type), values: attributes[column]))
        }
        return Dataset(name: name, origin: lines.path, columns: columns, key: "id")
    }

    private func edgeDataset(_ data: [[String: GraphMLScan.DataItem]]) throws -> (Dataset, [String]) {
        let keys = columnKeys(for: "edge", data: data)
        let weightKey = keys.first { $0.name.lowercased() == "weight" }
        let relationKey = ["relation", "type", "label"].lazy.compactMap { wanted in
            keys.first { $0.name.lowercased() == wanted }
        }.first
        let extraKeys = keys.filter { $0.id != weightKey?.id && $0.id != relationKey?.id }
        try checkNames(extraKeys, reserved: ["source", "target", "relation", "weight"], what: "edge")

        let ids = scan.nodeIDs
        var sources: [Value] = [], targets: [Value] = [], kinds: [Value] = [], weights: [Value] = []
        var extras = [[Value]](repeating: [], count: extraKeys.count)
        var relations: [String] = []
        var seenRelations: Set<String> = []
        let cancellation = Cancellation.current
        for (index, edge) in scan.edges.enumerated() {
            try cancellation.check()
            for (end, id) in [("source", edge.source), ("target", edge.target)] where scan.nodeMark(of: id) == nil {
                let help = Suggestion.closest(to: id, among: ids).map { "did you mean \"\($0)\"?" }
                    ?? (ids.isEmpty ? "the file declares no nodes" : nil)
                throw lines.error("unknown node \"\(id)\" as the \(end) of an edge",
                                  at: lines.attribute(end, of: edge.mark), help: help)
            }
            sources.append(.text(edge.source))
            targets.append(.text(edge.target))
            var relation = Value.null
            if let relationKey {
                let value = try typed(data[index][relationKey.id], key: relationKey)
                if !value.isNull {
                    let text = value.plainText
                    relation = .text(text)
                    if seenRelations.insert(text).inserted { relations.append(text) }
                }
            }
            kinds.append(relation)
            var weight = Value.null
            if let weightKey {
                let item = data[index][weightKey.id]
                switch try typed(item, key: weightKey) {
                case .null: break
                case .integer(let number): weight = .number(Double(number))
                case .number(let number): weight = .number(number)
                case .text(let text):
                    guard let number = Double(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
                        throw weightError(text, item: item, key: weightKey)
                    }
                    weight = .number(number)
                case let other:
                    throw weightError(other.plainText, item: item, key: weightKey)
                }
                if case .number(let number) = weight, let problem = EdgeWeight.problem(number) {
                    let mark = item?.mark ?? weightKey.defaultMark ?? weightKey.mark
                    throw lines.error(problem, at: lines.content(of: mark), help: EdgeWeight.help)
                }
            }
            weights.append(weight)
            for (column, key) in extraKeys.enumerated() {
                extras[column].append(try typed(data[index][key.id], key: key))
            }
        }
        var columns = [
            Dataset.Column(name: "source", type: .text, values: sources),
            Dataset.Column(name: "target", type: .text, values: targets),
            Dataset.Column(name: "relation", type: .text, values: kinds),
            Dataset.Column(name: "weight", type: weights.allSatisfy(\.isNull) ? .empty : .number, values: weights),
        ]
        for (column, key) in extraKeys.enumerated() {
            columns.append(Dataset.Column(name: key.name, type: Self.valueType(key.type), values: extras[column]))
        }
        return (Dataset(name: name + ".edges", origin: lines.path, columns: columns), relations)
    }

    private func weightError(_ text: String, item: GraphMLScan.DataItem?, key: Key) -> Diagnostic {
        let mark = item?.mark ?? key.defaultMark ?? key.mark
        return lines.error("an edge weight should be a number, not \"\(text)\"", at: lines.content(of: mark))
    }

    /// Column names must not repeat or take the place of the fixed columns.
    private func checkNames(_ keys: [Key], reserved: [String], what: String) throws {
        var seen: [String: Key] = [:]
        for key in keys {
            let lowered = key.name.lowercased()
            if reserved.contains(lowered) {
                throw lines.error(
                    "\(what) attribute \"\(key.name)\" (key \"\(key.id)\") clashes with the \(what)s' \(lowered) column",
                    at: lines.attribute("attr.name", of: key.mark), help: "rename the attribute in the file")
            }
            if let earlier = seen[lowered] {
                throw lines.error(
                    "two \(what) keys are named \"\(key.name)\": \"\(earlier.id)\" and \"\(key.id)\"",
                    at: lines.attribute("attr.name", of: key.mark))
            }
            seen[lowered] = key
        }
    }

    /// One network is directed or not: edges that say otherwise than the rest are an error.
    private func direction() throws -> Bool {
        guard let first = scan.edges.first else { return scan.edgeDefaultDirected }
        let firstDirected = first.directed ?? scan.edgeDefaultDirected
        for edge in scan.edges.dropFirst() where (edge.directed ?? scan.edgeDefaultDirected) != firstDirected {
            let kind = firstDirected ? "directed" : "undirected"
            let other = firstDirected ? "undirected" : "directed"
            let position = edge.directed != nil ? lines.attribute("directed", of: edge.mark) : lines.tagStart(edge.mark)
            throw lines.error(
                "edge \(edge.source) – \(edge.target) is \(other) but earlier edges are \(kind)",
                at: position,
                help: "a PlaceLab network is all directed or all undirected; the first edge is at line \(lines.tagStart(first.mark).line)")
        }
        return firstDirected
    }

    /// A data value (or the key's default, or null) typed as its key declares.
    private func typed(_ item: GraphMLScan.DataItem?, key: Key) throws -> Value {
        let text: String
        let mark: XMLMark
        if let item {
            (text, mark) = (item.text, item.mark)
        } else if let defaultText = key.defaultText, let defaultMark = key.defaultMark {
            (text, mark) = (defaultText, defaultMark)
        } else {
            return .null
        }
        if let value = Self.value(text, type: key.type) { return value }
        let shown = text.count > 40 ? String(text.prefix(40)) + "…" : text
        let help: String? = item == nil ? nil
            : "key \"\(key.id)\" declares attr.type=\"\(key.type)\" at line \(lines.tagStart(key.mark).line)"
        throw lines.error("\"\(shown)\" is not a valid \(key.type) for \"\(key.name)\"",
                          at: lines.content(of: mark), help: help)
    }

    /// `text` read as a GraphML `type`; nil when it does not fit. Blank non-string values are null.
    static func value(_ text: String, type: String) -> Value? {
        if type == "string" { return .text(text) }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return .null }
        switch type {
        case "int", "long":
            return Int(trimmed).map(Value.integer)
        case "float", "double":
            return Double(trimmed).map(Value.number)
        case "boolean":
            switch trimmed.lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            default: return nil
            }
        default:
            return .text(text)
        }
    }

    static func valueType(_ type: String) -> ValueType {
        switch type {
        case "int", "long": .integer
        case "float", "double": .number
        case "boolean": .boolean
        default: .text
        }
    }
}
