import Foundation
import PlaceLabCore
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Reads a GEXF file (as Gephi, NetworkX's `write_gexf` and PlaceLab's `export` write it)
/// into a network laid out like the bundled ones.
///
/// `<attributes class="node|edge">` declare typed attributes (integer/long → integer,
/// float/double → number, boolean → boolean, anything else → text) with optional defaults;
/// `<attvalue for= value=>` gives a node's or edge's value. A node's `label` fills the label
/// column. An edge's `weight` is its weight; its relation is its `relation` attribute, else its
/// `kind`. `defaultedgetype` sets the direction (missing: undirected); an edge whose `type`
/// differs from a directed graph's default is a tie both ways. The illustrative note PlaceLab
/// writes into `<meta><description>` is read back; so is a title before it.
public enum GEXFReader {
    public static func read(path: String, name: String) throws -> Network {
        let data = try FileBytes.contents(of: path)
        // As for GraphML: bytes that are not UTF-8 text never reach libxml2, and entity
        // declarations (which could expand a few kilobytes into gigabytes) are refused.
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
            throw Diagnostic("\"\(path)\" is empty: a GEXF file holds <gexf><graph>…</graph></gexf>",
                             place: FilePlace(path: path, line: 1, column: 1, lineText: lines.text(ofLine: 1)))
        }
        try XMLEntityCheck.check(text, lines: lines)
        let scan = GEXFScan(lines: lines, path: path, name: name)
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.delegate = scan
        let finished = parser.parse()
        if scan.interrupted { throw Interrupted() }
        if let failure = scan.failure { throw failure }
        if !finished || parser.parserError != nil {
            throw lines.error("not well-formed XML", at: (max(parser.lineNumber, 1), max(parser.columnNumber, 1)))
        }
        guard scan.rootClosed else {
            throw lines.error("not well-formed XML: the file ends before <gexf> is closed", at: lines.end)
        }
        guard scan.sawGraph else {
            throw lines.error("no <graph> in this file: GEXF keeps its nodes and edges inside <graph>", at: (1, 1))
        }
        return try scan.finish()
    }
}

/// Walks a GEXF file's elements as the parser reports them.
final class GEXFScan: NSObject, XMLParserDelegate {
    private struct Attribute {
        var title: String
        var type: String
        var defaultText: String?
    }

    private struct PendingEdge {
        var source: String
        var target: String
        var bothWays: Bool
        var mark: XMLMark
        var values: [(String, Value)]
    }

    let lines: SourceLines
    private var assembly: NetworkAssembly
    private(set) var failure: Diagnostic?
    /// Set when Ctrl-C stopped the parser, checked at each element.
    private(set) var interrupted = false
    private let cancellation = Cancellation.current
    private(set) var rootClosed = false
    private(set) var sawGraph = false
    private var depth = 0
    private var stack: [String] = []
    private var attributeClass: String?
    private var attributes: [String: [String: Attribute]] = ["node": [:], "edge": [:]]
    private var openAttribute: (kind: String, id: String)?
    private var text = ""
    private var currentNode: Int?
    private var currentEdge: Int?
    private var pending: [PendingEdge] = []
    private var nodeMarks: [Int: XMLMark] = [:]
    private var metaDescription: String?
    private var defaultDirected = false

    init(lines: SourceLines, path: String, name: String) {
        self.lines = lines
        assembly = NetworkAssembly(path: path, name: name, directed: false)
    }

    private func fail(_ parser: XMLParser, _ diagnostic: Diagnostic) {
        guard failure == nil else { return }
        failure = diagnostic
        parser.abortParsing()
    }

    private func mark(_ parser: XMLParser, _ element: String) -> XMLMark {
        XMLMark(line: max(parser.lineNumber, 1), column: max(parser.columnNumber, 1), element: element)
    }

    /// Element names without a namespace prefix (`viz:color` stays apart from ours).
    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes values: [String: String] = [:]) {
        guard failure == nil, !interrupted else { return }
        if cancellation.isRequested {
            interrupted = true
            parser.abortParsing()
            return
        }
        let here = mark(parser, elementName)
        let parent = stack.last
        stack.append(elementName)
        text = ""
        switch (elementName, parent) {
        case ("gexf", nil):
            break
        case (_, nil):
            fail(parser, lines.error("this is not GEXF: its root element is <\(elementName)>, not <gexf>",
                                     at: lines.tagStart(here)))
        case ("graph", "gexf"?):
            if sawGraph {
                fail(parser, lines.error("a second <graph>: PlaceLab reads one network per GEXF file",
                                         at: lines.tagStart(here)))
                return
            }
            sawGraph = true
            switch values["defaultedgetype"]?.lowercased() {
            case nil, "undirected"?: defaultDirected = false
            case "directed"?, "mutual"?: defaultDirected = true
            case let other?:
                fail(parser, lines.error("defaultedgetype should be directed, undirected or mutual, not \"\(other)\"",
                                         at: lines.attribute("defaultedgetype", of: here)))
            }
            assembly.directed = defaultDirected
        case ("attributes", "graph"?):
            attributeClass = values["class"]?.lowercased() ?? "node"
        case ("attribute", "attributes"?):
            guard let kind = attributeClass, kind == "node" || kind == "edge" else { return }
            guard let id = values["id"], !id.isEmpty else {
                fail(parser, lines.error("an <attribute> needs an id", at: lines.tagStart(here)))
                return
            }
            let title = values["title"] ?? id
            attributes[kind]![id] = Attribute(title: title, type: (values["type"] ?? "string").lowercased())
            openAttribute = (kind, id)
        case ("node", "nodes"?):
            guard let id = values["id"], !id.isEmpty else {
                fail(parser, lines.error("a <node> needs an id", at: lines.tagStart(here)))
                return
            }
            if let earlier = assembly.node(id) {
                fail(parser, lines.error("duplicate node id \"\(id)\"", at: lines.attribute("id", of: here),
                                         help: nodeMarks[earlier].map { "the first is at line \(lines.tagStart($0).line)" }))
                return
            }
            let node = assembly.addNode(id)
            nodeMarks[node] = here
            // NetworkX writes every node's id as its label too: that is no label.
            if let label = values["label"], label != id { assembly.setNode(node, "label", .text(label)) }
            currentNode = node
        case ("edge", "edges"?):
            for end in ["source", "target"] where (values[end] ?? "").isEmpty {
                fail(parser, lines.error("an <edge> needs a \(end)", at: lines.tagStart(here)))
                return
            }
            var edgeValues: [(String, Value)] = []
            if let weight = values["weight"] {
                guard let number = Double(weight.trimmingCharacters(in: .whitespaces)), number.isFinite else {
                    fail(parser, lines.error("an edge weight should be a number, not \"\(weight)\"",
                                             at: lines.attribute("weight", of: here)))
                    return
                }
                edgeValues.append(("weight", .number(number)))
            }
            if let kind = values["kind"] { edgeValues.append(("kind", .text(kind))) }
            if let label = values["label"] { edgeValues.append(("label", .text(label))) }
            let type = values["type"]?.lowercased()
            if let type, !["directed", "undirected", "mutual"].contains(type) {
                fail(parser, lines.error("an edge type should be directed, undirected or mutual, not \"\(type)\"",
                                         at: lines.attribute("type", of: here)))
                return
            }
            pending.append(PendingEdge(source: values["source"]!, target: values["target"]!,
                                       bothWays: type == "undirected" || type == "mutual"
                                           || (type == nil && !defaultDirected), mark: here,
                                       values: edgeValues))
            if type == "directed", !defaultDirected { sawDirectedEdgeInUndirected = true }
            currentEdge = pending.count - 1
        case ("attvalue", "attvalues"?):
            attributeValue(parser, here, values)
        default:
            break
        }
    }

    /// A directed edge in an undirected graph makes the whole network directed.
    private var sawDirectedEdgeInUndirected = false

    private func attributeValue(_ parser: XMLParser, _ here: XMLMark, _ values: [String: String]) {
        let kind = currentNode != nil ? "node" : currentEdge != nil ? "edge" : nil
        guard let kind else { return }
        guard let id = values["for"] ?? values["id"] else {
            fail(parser, lines.error("an <attvalue> needs a for attribute", at: lines.tagStart(here)))
            return
        }
        guard let attribute = attributes[kind]![id] else {
            fail(parser, lines.error("unknown \(kind) attribute \"\(id)\"", at: lines.attribute("for", of: here),
                                     help: "declare it in <attributes class=\"\(kind)\">"))
            return
        }
        let raw = values["value"] ?? ""
        guard let value = Self.value(raw, type: attribute.type) else {
            fail(parser, lines.error("\"\(raw)\" is not a valid \(attribute.type) for \"\(attribute.title)\"",
                                     at: lines.attribute("value", of: here)))
            return
        }
        if let node = currentNode {
            assembly.setNode(node, attribute.title == "id" ? "data_id" : attribute.title, value)
        } else if let edge = currentEdge, attribute.title != "networkx_key" {
            // NetworkX numbers a multigraph's parallel ties with `networkx_key`: not data.
            pending[edge].values.append((attribute.title, value))
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        text += String(decoding: CDATABlock, as: UTF8.self)
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        guard failure == nil else { return }
        stack.removeLast()
        switch elementName {
        case "gexf" where stack.isEmpty: rootClosed = true
        case "description" where stack.last == "meta": metaDescription = text
        case "default":
            if let (kind, id) = openAttribute { attributes[kind]![id]!.defaultText = text }
        case "attribute": openAttribute = nil
        case "attributes": attributeClass = nil
        case "node": currentNode = nil
        case "edge": currentEdge = nil
        default: break
        }
        text = ""
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard failure == nil else { return }
        let code = (parseError as NSError).code
        fail(parser, lines.error("not well-formed XML: " + GraphMLScan.describe(code: code, open: stack.last),
                                 at: (max(parser.lineNumber, 1), max(parser.columnNumber, 1))))
    }

    /// The network, once every element is read: edges resolved to nodes, defaults filled in.
    func finish() throws -> Network {
        if sawDirectedEdgeInUndirected { assembly.directed = true }
        let ids = assembly.ids
        for edge in pending {
            for (end, id) in [("source", edge.source), ("target", edge.target)] where assembly.node(id) == nil {
                throw lines.error("unknown node \"\(id)\" as the \(end) of an edge",
                                  at: lines.attribute(end, of: edge.mark),
                                  help: Suggestion.closest(to: id, among: ids).map { "did you mean \"\($0)\"?" })
            }
            let index = assembly.addEdge(assembly.node(edge.source)!, assembly.node(edge.target)!,
                                         bothWays: assembly.directed && edge.bothWays)
            for (attribute, value) in edge.values {
                assembly.setEdge(index, attribute, value)
            }
        }
        try fillDefaults()
        if let description = metaDescription {
            let paragraphs = description.components(separatedBy: "\n\n")
                .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
            if let note = paragraphs.first(where: { $0.hasPrefix(Network.illustrativePrefix) }) {
                assembly.illustrativeNote = String(note.dropFirst(Network.illustrativePrefix.count))
                if paragraphs.count >= 2, !paragraphs[0].hasPrefix(Network.illustrativePrefix) {
                    assembly.title = paragraphs[0]
                }
            }
        }
        let relation = pending.contains { $0.values.contains { $0.0 == "relation" } } ? "relation"
            : pending.contains { $0.values.contains { $0.0 == "kind" } } ? "kind" : nil
        var network = assembly.network(relation: relation)
        // PlaceLab writes the relation both as `kind` and as an attribute: keep one.
        if relation == "relation", let kind = network.edges.columns.firstIndex(where: { $0.name == "kind" }),
           network.edges.columns[kind].values == network.edges.column(named: "relation")?.values {
            network.edges.columns.remove(at: kind)
        }
        return network
    }

    /// Attribute defaults for nodes and edges that leave a value out.
    private func fillDefaults() throws {
        for (kind, declared) in attributes {
            for attribute in declared.values {
                guard let text = attribute.defaultText, let value = Self.value(text, type: attribute.type) else { continue }
                if kind == "node" {
                    for node in 0..<assembly.nodeCount where !hasNodeValue(node, attribute.title) {
                        assembly.setNode(node, attribute.title, value)
                    }
                } else {
                    for edge in 0..<assembly.edgeCount where assembly.edgeValue(edge, attribute.title) == nil {
                        assembly.setEdge(edge, attribute.title, value)
                    }
                }
            }
        }
    }

    private func hasNodeValue(_ node: Int, _ attribute: String) -> Bool {
        assembly.nodeValue(node, attribute) != nil
    }

    /// `text` read as a GEXF attribute type; nil when it does not fit. Blank non-strings are null.
    static func value(_ text: String, type: String) -> Value? {
        switch type {
        case "integer", "long", "short", "byte", "int":
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            return trimmed.isEmpty ? .null : Int(trimmed).map(Value.integer)
        case "float", "double", "bigdecimal":
            let trimmed = text.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty { return .null }
            switch trimmed {
            case "NaN": return .number(.nan)
            case "INF": return .number(.infinity)
            case "-INF": return .number(-.infinity)
            default: return Double(trimmed).map(Value.number)
            }
        case "boolean":
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "true", "1": return .bool(true)
            case "false", "0": return .bool(false)
            case "": return .null
            default: return nil
            }
        default:
            return .text(text)
        }
    }
}
