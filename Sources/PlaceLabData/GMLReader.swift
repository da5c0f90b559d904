import Foundation
import PlaceLabCore

/// Reads a GML file (as NetworkX's `write_gml`, igraph and Cytoscape write it) into a network
/// laid out like the bundled ones.
///
/// `graph [ directed 1 node [ id 0 label "a" … ] edge [ source 0 target 1 … ] ]`: keys and
/// values, values being integers, reals (`INF`, `NAN` too), "strings" (with `&quot;`,
/// `&amp;` and `&#…;` entities) or nested lists. As NetworkX reads it, node ids are the
/// labels when every node has a distinct one, else the numeric ids. A node's other keys are
/// attributes, an edge's `weight` its weight, its `relation` (else `label`) its relation; nested
/// lists (such as `graphics`) are left out. A graph key `illustrative_note` marks the network
/// illustrative.
public enum GMLReader {
    public static func read(path: String, name: String) throws -> Network {
        let file = try TextBytes.read(path: path)
        if file.isBlank {
            throw file.error("\"\(path)\" is empty: a GML file holds graph [ node [ … ] edge [ … ] ]", at: 0)
        }
        var parser = GMLParser(file: file)
        let root = try parser.list(top: true)
        return try GMLBuilder(file: file, name: name).build(root, end: parser.endOffset)
    }
}

/// A GML value: a number, a string, or a list of key–value pairs; with where it starts.
struct GMLItem {
    enum Value {
        case integer(Int)
        case real(Double)
        case string(String)
        case list([GMLItem])
    }
    var key: String
    var keyOffset: Int
    var value: Value
    var valueOffset: Int
}

private struct GMLParser {
    let file: TextBytes
    var index: Int
    /// Checked at each key: the loop over the file.
    private let cancellation = Cancellation.current
    var depth = 0

    init(file: TextBytes) {
        self.file = file
        index = file.start
    }

    var endOffset: Int { file.bytes.count }

    private mutating func skipSpace() {
        let bytes = file.bytes
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0B || byte == 0x0C {
                index += 1
            } else if byte == UInt8(ascii: "#") {
                while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
            } else {
                return
            }
        }
    }

    /// list : (key value)* — up to `]` inside a list, to the end at the top.
    mutating func list(top: Bool, opening: Int = 0) throws -> [GMLItem] {
        var items: [GMLItem] = []
        let bytes = file.bytes
        while true {
            try cancellation.check()
            skipSpace()
            guard index < bytes.count else {
                if top { return items }
                throw file.error("this list is not closed: the file ends before its \"]\"", at: opening,
                                 help: "every [ needs a ] after the list's keys and values")
            }
            if bytes[index] == UInt8(ascii: "]") {
                guard !top else { throw file.error("\"]\" without a \"[\" to close", at: index) }
                index += 1
                return items
            }
            let keyStart = index
            while index < bytes.count, Self.isKeyByte(bytes[index]) { index += 1 }
            guard index > keyStart else {
                throw file.error("expected a key, found \"\(file.text(index..<(index + 1)))\"", at: index,
                                 help: "GML is written key value, as in: node [ id 1 label \"a\" ]")
            }
            let key = file.text(keyStart..<index)
            skipSpace()
            guard index < bytes.count else {
                throw file.error("the key \"\(key)\" has no value", at: index)
            }
            let valueStart = index
            let value = try self.value(after: key)
            items.append(GMLItem(key: key, keyOffset: keyStart, value: value, valueOffset: valueStart))
        }
    }

    private static func isKeyByte(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
    }

    private mutating func value(after key: String) throws -> GMLItem.Value {
        let bytes = file.bytes
        let start = index
        switch bytes[index] {
        case UInt8(ascii: "["):
            index += 1
            depth += 1
            guard depth <= 100 else { throw file.error("lists nested more than 100 deep", at: start) }
            defer { depth -= 1 }
            return .list(try list(top: false, opening: start))
        case UInt8(ascii: "\""):
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += 1 }
            guard index < bytes.count else {
                throw file.error("a string is not closed", at: start, help: "end it with \"")
            }
            index += 1
            return .string(Self.unescaped(file.text((start + 1)..<(index - 1))))
        default:
            while index < bytes.count, !(bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A
                                         || bytes[index] == 0x0D || bytes[index] == UInt8(ascii: "]")) {
                index += 1
            }
            let word = file.text(start..<index)
            guard !word.isEmpty else {
                throw file.error("the key \"\(key)\" has no value", at: start,
                                 help: "GML is written key value, as in: graph [ node [ id 1 ] ]")
            }
            if let integer = Int(word) { return .integer(integer) }
            if !word.isEmpty, word.drop(while: { $0 == "-" || $0 == "+" }).allSatisfy(\.isASCIIDigitLike) {
                throw file.error("\(word) is too large for a whole number", at: start,
                                 help: "PlaceLab's integers hold up to 9223372036854775807; write it as a \"string\"")
            }
            switch word.uppercased() {
            case "INF", "+INF": return .real(.infinity)
            case "-INF": return .real(-.infinity)
            case "NAN", "+NAN", "-NAN": return .real(.nan)
            default: break
            }
            if let real = Double(word), word.first.map({ $0.isNumber || $0 == "-" || $0 == "+" || $0 == "." }) ?? false {
                return .real(real)
            }
            throw file.error("\"\(word)\" is not a value: the value of \(key) should be a number, a \"string\" or a [list]",
                             at: start)
        }
    }

    /// GML strings escape with HTML entities: `&quot;`, `&amp;`, `&lt;`, `&gt;`, `&#39;`, `&#x27;`.
    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            guard let semicolon = rest[amp...].prefix(12).firstIndex(of: ";") else {
                out += rest[amp...]
                return out
            }
            let entity = rest[rest.index(after: amp)..<semicolon]
            let named = ["quot": "\"", "amp": "&", "lt": "<", "gt": ">", "apos": "'"]
            if let replacement = named[String(entity)] {
                out += replacement
            } else if entity.hasPrefix("#x") || entity.hasPrefix("#X"),
                      let code = UInt32(entity.dropFirst(2), radix: 16), let scalar = UnicodeScalar(code) {
                out.unicodeScalars.append(scalar)
            } else if entity.hasPrefix("#"), let code = UInt32(entity.dropFirst()), let scalar = UnicodeScalar(code) {
                out.unicodeScalars.append(scalar)
            } else {
                out += rest[amp...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return out + rest
    }
}

private extension Character {
    var isASCIIDigitLike: Bool { ("0"..."9").contains(self) }
}

/// Turns the parsed `graph [ … ]` into a network.
private struct GMLBuilder {
    let file: TextBytes
    let name: String

    func build(_ root: [GMLItem], end: Int) throws -> Network {
        let graphs = root.filter { $0.key == "graph" }
        guard let graph = graphs.first, case .list(let items) = graph.value else {
            throw file.error("no graph [ … ] in this file", at: root.first?.keyOffset ?? file.start,
                             help: "a GML file holds graph [ node [ id 1 ] edge [ source 1 target 2 ] ]")
        }
        if graphs.count > 1 {
            throw file.error("a second graph: PlaceLab reads one network per GML file", at: graphs[1].keyOffset)
        }
        var directed = false
        var note: String?
        var title: String?
        var nodes: [(id: Int, offset: Int, label: String?, attributes: [GMLItem])] = []
        var edges: [GMLItem] = []
        var firstNode: [Int: Int] = [:]
        for item in items {
            switch (item.key, item.value) {
            case ("directed", .integer(let flag)): directed = flag != 0
            case (Dataset.illustrativeNoteColumn, .string(let text)): note = text
            case ("label", .string(let text)), ("name", .string(let text)): title = text
            case ("node", .list(let fields)):
                guard let idItem = fields.first(where: { $0.key == "id" }) else {
                    throw file.error("a node needs an id", at: item.keyOffset, help: "as in: node [ id 1 label \"a\" ]")
                }
                guard case .integer(let id) = idItem.value else {
                    throw file.error("a node's id should be a whole number", at: idItem.valueOffset)
                }
                if let earlier = firstNode[id] {
                    throw file.error("duplicate node id \(id)", at: idItem.valueOffset,
                                     help: "the first is at line \(file.place(nodes[earlier].offset).line)")
                }
                firstNode[id] = nodes.count
                var label: String?
                if let labelItem = fields.first(where: { $0.key == "label" }) {
                    label = Self.text(labelItem.value)
                }
                nodes.append((id, idItem.valueOffset, label,
                              fields.filter { $0.key != "id" && $0.key != "label" }))
            case ("edge", .list(let fields)):
                edges.append(item)
                _ = fields
            case ("node", _), ("edge", _):
                throw file.error("\(item.key) should be followed by [ … ]", at: item.valueOffset)
            default:
                break
            }
        }
        // NetworkX's rule: labels are the ids when every node has one and none repeats.
        let labels = nodes.compactMap(\.label)
        let labelsAreIDs = !nodes.isEmpty && labels.count == nodes.count && Set(labels).count == labels.count
        var assembly = NetworkAssembly(path: file.path, name: name, directed: directed)
        assembly.illustrativeNote = note
        assembly.title = title
        for node in nodes {
            let index = assembly.addNode(labelsAreIDs ? node.label! : String(node.id))
            if !labelsAreIDs, let label = node.label { assembly.setNode(index, "label", .text(label)) }
            for attribute in node.attributes {
                guard let value = Self.value(attribute.value) else { continue }
                assembly.setNode(index, attribute.key, value)
            }
        }
        var sawRelation = false
        var sawLabel = false
        for edge in edges {
            guard case .list(let fields) = edge.value else { continue }
            var ends: [Int] = []
            for end in ["source", "target"] {
                guard let item = fields.first(where: { $0.key == end }) else {
                    throw file.error("an edge needs a \(end)", at: edge.keyOffset)
                }
                guard case .integer(let id) = item.value, let node = firstNode[id] else {
                    throw file.error("unknown node \(Self.text(item.value) ?? "") as the \(end) of an edge",
                                     at: item.valueOffset,
                                     help: "an edge's \(end) is a node's id (node [ id … ])")
                }
                ends.append(node)
            }
            let index = assembly.addEdge(ends[0], ends[1])
            for attribute in fields where attribute.key != "source" && attribute.key != "target" {
                if attribute.key == "weight" {
                    switch attribute.value {
                    case .integer(let number): assembly.setEdge(index, "weight", .number(Double(number)))
                    case .real(let number) where number.isFinite: assembly.setEdge(index, "weight", .number(number))
                    default:
                        throw file.error("an edge weight should be a finite number", at: attribute.valueOffset)
                    }
                    continue
                }
                // NetworkX writes a multigraph's edge keys: they number the ties, they are not data.
                if attribute.key == "key" { continue }
                guard let value = Self.value(attribute.value) else { continue }
                if attribute.key == "relation" { sawRelation = true }
                if attribute.key == "label" { sawLabel = true }
                assembly.setEdge(index, attribute.key, value)
            }
        }
        return assembly.network(relation: sawRelation ? "relation" : sawLabel ? "label" : nil)
    }

    static func value(_ value: GMLItem.Value) -> Value? {
        switch value {
        case .integer(let number): .integer(number)
        case .real(let number): .number(number)
        case .string(let text): .text(text)
        case .list: nil
        }
    }

    static func text(_ value: GMLItem.Value) -> String? {
        self.value(value)?.plainText
    }
}
