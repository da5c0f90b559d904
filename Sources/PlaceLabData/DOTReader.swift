import PlaceLabCore

/// Reads a Graphviz DOT file (as PlaceLab's `export`, NetworkX's `write_dot` and Gephi write
/// it) into a network laid out like the bundled ones.
///
/// The grammar is Graphviz's: `[strict] graph|digraph [ID] { … }` holding node statements
/// `a [k=v, …]`, edge statements `a -> b -> c [k=v]` (`--` in a `graph`), attribute
/// statements (`node [...]`, `edge [...]`, `graph [...]`, `k=v`) and subgraphs, whose nodes
/// are the network's (an edge to a subgraph ties every node in it). IDs are names, numerals,
/// "quoted strings" (joined with `+`) or <HTML strings>; comments are `//`, `/* */` and `#`
/// lines. A node's `label` is its label; an edge's relation is its `relation` attribute, else
/// its `label`; its `weight` must be a number. Columns whose every value is a whole number
/// are integer, numbers number, true/false boolean. A graph `comment` that holds an
/// illustrative note (as PlaceLab writes it) marks the network illustrative.
public enum DOTReader {
    public static func read(path: String, name: String) throws -> Network {
        let file = try TextBytes.read(path: path)
        if file.isBlank {
            throw file.error("\"\(path)\" is empty: a DOT file holds graph { … } or digraph { … }", at: 0)
        }
        var parser = DOTParser(file: file, name: name)
        return try parser.parse()
    }
}

/// A token of DOT: an ID (with whether it was quoted), an edge operator, or punctuation.
private struct DOTToken {
    enum Kind: Equatable { case id, quotedID, arrow, line, symbol }
    var kind: Kind
    var text: String
    var offset: Int
}

private struct DOTParser {
    let file: TextBytes
    var assembly: NetworkAssembly
    var tokens: [DOTToken] = []
    var position = 0
    var directed = false
    var nodeDefaults: [(String, String, Int)] = []
    var edgeDefaults: [(String, String, Int)] = []
    var graphAttributes: [String: String] = [:]

    init(file: TextBytes, name: String) {
        self.file = file
        assembly = NetworkAssembly(path: file.path, name: name, directed: false)
    }

    // MARK: Tokens

    private mutating func tokenize() throws {
        let bytes = file.bytes
        var index = file.start
        var atLineStart = true
        func isNameByte(_ byte: UInt8) -> Bool {
            (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F || byte >= 0x80
                || (byte >= 0x30 && byte <= 0x39)
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                atLineStart = true
                index += 1
                continue
            }
            if byte == 0x20 || byte == 0x09 || byte == 0x0C || byte == 0x0B {
                index += 1
                continue
            }
            // `#` at a line's start is a preprocessor line: skipped, as Graphviz does.
            if byte == UInt8(ascii: "#"), atLineStart {
                while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                continue
            }
            atLineStart = false
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "/") {
                while index < bytes.count, bytes[index] != 0x0A, bytes[index] != 0x0D { index += 1 }
                continue
            }
            if byte == UInt8(ascii: "/"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "*") {
                let start = index
                index += 2
                while index + 1 < bytes.count, !(bytes[index] == UInt8(ascii: "*") && bytes[index + 1] == UInt8(ascii: "/")) {
                    index += 1
                }
                guard index + 1 < bytes.count else {
                    throw file.error("a /* comment is not closed", at: start, help: "end it with */")
                }
                index += 2
                continue
            }
            let start = index
            switch byte {
            case UInt8(ascii: "\""):
                var text: [UInt8] = []
                index += 1
                while true {
                    guard index < bytes.count else {
                        throw file.error("a quoted string is not closed", at: start, help: "end it with \"")
                    }
                    let next = bytes[index]
                    if next == UInt8(ascii: "\"") { break }
                    if next == UInt8(ascii: "\\"), index + 1 < bytes.count {
                        let escaped = bytes[index + 1]
                        if escaped == UInt8(ascii: "\"") {
                            text.append(escaped)
                            index += 2
                            continue
                        }
                        if escaped == 0x0A {  // a line continued
                            index += 2
                            continue
                        }
                        if escaped == UInt8(ascii: "n") || escaped == UInt8(ascii: "l") || escaped == UInt8(ascii: "r") {
                            text.append(0x0A)
                            index += 2
                            continue
                        }
                        if escaped == UInt8(ascii: "\\") {
                            text.append(escaped)
                            index += 2
                            continue
                        }
                    }
                    text.append(next)
                    index += 1
                }
                index += 1
                let value = String(decoding: text, as: UTF8.self)
                // "a" + "b" is one string.
                if let last = tokens.last, last.kind == .symbol, last.text == "+", tokens.count >= 2,
                   tokens[tokens.count - 2].kind == .quotedID {
                    tokens.removeLast()
                    tokens[tokens.count - 1].text += value
                } else {
                    tokens.append(DOTToken(kind: .quotedID, text: value, offset: start))
                }
            case UInt8(ascii: "<"):
                var depth = 0
                repeat {
                    guard index < bytes.count else {
                        throw file.error("an <HTML> string is not closed", at: start, help: "end it with >")
                    }
                    if bytes[index] == UInt8(ascii: "<") { depth += 1 }
                    if bytes[index] == UInt8(ascii: ">") { depth -= 1 }
                    index += 1
                } while depth > 0
                tokens.append(DOTToken(kind: .quotedID, text: file.text((start + 1)..<(index - 1)), offset: start))
            case UInt8(ascii: "-") where index + 1 < bytes.count
                && (bytes[index + 1] == UInt8(ascii: ">") || bytes[index + 1] == UInt8(ascii: "-")):
                tokens.append(DOTToken(kind: bytes[index + 1] == UInt8(ascii: ">") ? .arrow : .line,
                                       text: file.text(index..<(index + 2)), offset: start))
                index += 2
            case UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "="),
                 UInt8(ascii: ";"), UInt8(ascii: ","), UInt8(ascii: ":"), UInt8(ascii: "+"):
                tokens.append(DOTToken(kind: .symbol, text: String(UnicodeScalar(byte)), offset: start))
                index += 1
            default:
                let isNumeral = byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".") || (byte >= 0x30 && byte <= 0x39)
                if isNumeral {
                    index += 1
                    while index < bytes.count, (bytes[index] >= 0x30 && bytes[index] <= 0x39) || bytes[index] == UInt8(ascii: ".") {
                        index += 1
                    }
                } else if isNameByte(byte) {
                    while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
                } else {
                    throw file.error("unexpected character \"\(file.text(index..<(index + 1)))\"", at: start,
                                     help: "quote names that hold other characters: \"like this\"")
                }
                tokens.append(DOTToken(kind: .id, text: file.text(start..<index), offset: start))
            }
        }
    }

    // MARK: Grammar

    private var current: DOTToken? { position < tokens.count ? tokens[position] : nil }

    private var endOffset: Int { file.bytes.count }

    private func expected(_ what: String, help: String? = nil) -> Diagnostic {
        if let current {
            return file.error("expected \(what), found \"\(current.text)\"", at: current.offset, help: help)
        }
        return file.error("expected \(what), but the file ends", at: endOffset, help: help)
    }

    private mutating func accept(_ symbol: String) -> Bool {
        guard let current, current.kind == .symbol, current.text == symbol else { return false }
        position += 1
        return true
    }

    private func isKeyword(_ token: DOTToken?, _ word: String) -> Bool {
        guard let token, token.kind == .id else { return false }
        return token.text.lowercased() == word
    }

    /// graph : [strict] (graph | digraph) [ID] '{' stmt_list '}'
    mutating func parse() throws -> Network {
        try tokenize()
        if isKeyword(current, "strict") { position += 1 }
        if isKeyword(current, "digraph") {
            directed = true
        } else if !isKeyword(current, "graph") {
            throw expected("graph or digraph", help: "a DOT file starts with graph { … } or digraph { … }")
        }
        position += 1
        assembly.directed = directed
        if let current, current.kind == .id || current.kind == .quotedID { position += 1 }
        guard accept("{") else { throw expected("\"{\"") }
        _ = try statements()
        guard accept("}") else { throw expected("\"}\" to close the graph") }
        if let current {
            throw file.error("unexpected \"\(current.text)\" after the graph's closing }", at: current.offset,
                             help: "PlaceLab reads one graph per DOT file")
        }
        if let comment = graphAttributes["comment"], comment.hasPrefix(Network.illustrativePrefix) {
            assembly.illustrativeNote = String(comment.dropFirst(Network.illustrativePrefix.count))
        }
        let relation = edgeAttributeNames.contains("relation") ? "relation"
            : edgeAttributeNames.contains("label") ? "label" : nil
        return try typed(assembly.network(relation: relation))
    }

    private var edgeAttributeNames: Set<String> = []
    private var weightOffsets: [Int: Int] = [:]

    /// stmt_list : [stmt [';'] stmt_list]; the nodes the statements name, for subgraphs.
    private mutating func statements() throws -> [Int] {
        var named: [Int] = []
        var seen: Set<Int> = []
        let cancellation = Cancellation.current
        while let token = current, !(token.kind == .symbol && token.text == "}") {
            try cancellation.check()
            for node in try statement() where seen.insert(node).inserted { named.append(node) }
            _ = accept(";")
        }
        return named
    }

    /// stmt : node_stmt | edge_stmt | attr_stmt | ID '=' ID | subgraph
    private mutating func statement() throws -> [Int] {
        guard let token = current else { throw expected("a statement or \"}\"") }
        if token.kind == .id, ["graph", "node", "edge"].contains(token.text.lowercased()),
           position + 1 < tokens.count, tokens[position + 1].text == "[", tokens[position + 1].kind == .symbol {
            position += 1
            let attributes = try attributeLists()
            switch token.text.lowercased() {
            case "node": nodeDefaults += attributes
            case "edge": edgeDefaults += attributes
            default: for (key, value, _) in attributes { graphAttributes[key] = value }
            }
            return []
        }
        if token.kind == .id || token.kind == .quotedID, position + 1 < tokens.count,
           tokens[position + 1].kind == .symbol, tokens[position + 1].text == "=" {
            position += 2
            guard let value = current, value.kind == .id || value.kind == .quotedID else {
                throw expected("a value after \"=\"")
            }
            position += 1
            graphAttributes[token.text] = value.text
            return []
        }
        // node_stmt or edge_stmt: an end, then -> or -- and more ends.
        var groups: [[Int]] = [try endpoint()]
        var operators: [DOTToken] = []
        while let op = current, op.kind == .arrow || op.kind == .line {
            guard directed == (op.kind == .arrow) else {
                throw file.error("\"\(op.text)\" in a \(directed ? "digraph" : "graph")", at: op.offset,
                                 help: directed ? "a digraph's edges are written a -> b" : "a graph's edges are written a -- b")
            }
            position += 1
            operators.append(op)
            groups.append(try endpoint())
        }
        let attributes = try attributeLists()
        if operators.isEmpty {
            if let only = groups.first, only.count == 1, isNodeStatement {
                for (key, value, _) in attributes {
                    assembly.setNode(only[0], key, .text(value))
                }
            }
            return groups[0]
        }
        for step in 0..<(groups.count - 1) {
            for source in groups[step] {
                for target in groups[step + 1] {
                    let edge = assembly.addEdge(source, target)
                    for (key, value, offset) in edgeDefaults + attributes {
                        edgeAttributeNames.insert(key)
                        assembly.setEdge(edge, key, .text(value))
                        if key == "weight" { weightOffsets[edge] = offset }
                    }
                }
            }
        }
        return groups.flatMap { $0 }
    }

    private var subgraphDepth = 0

    /// Set by `endpoint` when the last end read was a plain node (not a subgraph).
    private var isNodeStatement = false

    /// node_id [port] | subgraph: the nodes it stands for.
    private mutating func endpoint() throws -> [Int] {
        if isKeyword(current, "subgraph") || (current?.kind == .symbol && current?.text == "{") {
            if isKeyword(current, "subgraph") {
                position += 1
                if let current, current.kind == .id || current.kind == .quotedID { position += 1 }
            }
            let opening = current?.offset ?? endOffset
            guard accept("{") else { throw expected("\"{\" to open the subgraph") }
            // Nesting is recursion: a bound keeps a hostile file from exhausting the stack.
            guard subgraphDepth < 100 else {
                throw file.error("subgraphs nested more than 100 deep", at: opening)
            }
            subgraphDepth += 1
            defer { subgraphDepth -= 1 }
            let nodes = try statements()
            guard accept("}") else { throw expected("\"}\" to close the subgraph") }
            isNodeStatement = false
            return nodes
        }
        guard let token = current, token.kind == .id || token.kind == .quotedID else {
            throw expected("a node name")
        }
        position += 1
        // A port (`a:n`, `a:port:sw`) names a place on the node's shape, not another node.
        while accept(":") {
            guard let port = current, port.kind == .id || port.kind == .quotedID else { throw expected("a port name") }
            position += 1
        }
        isNodeStatement = true
        // As in Graphviz, `node [...]` defaults go to every node created after them.
        if let known = assembly.node(token.text) { return [known] }
        let node = assembly.addNode(token.text)
        for (key, value, _) in nodeDefaults { assembly.setNode(node, key, .text(value)) }
        return [node]
    }

    /// attr_list : '[' [a_list] ']' [attr_list]
    private mutating func attributeLists() throws -> [(String, String, Int)] {
        var result: [(String, String, Int)] = []
        while accept("[") {
            while let token = current, !(token.kind == .symbol && token.text == "]") {
                guard token.kind == .id || token.kind == .quotedID else { throw expected("an attribute name") }
                position += 1
                guard accept("=") else { throw expected("\"=\" after \(token.text)") }
                guard let value = current, value.kind == .id || value.kind == .quotedID else {
                    throw expected("a value for \(token.text)")
                }
                position += 1
                result.append((token.text, value.text, value.offset))
                _ = accept(",") || accept(";")
            }
            guard accept("]") else { throw expected("\"]\" to close the attribute list") }
        }
        return result
    }

    /// Text attributes typed by their values, and weights checked to be numbers.
    private func typed(_ network: Network) throws -> Network {
        var network = network
        network.nodes.columns = network.nodes.columns.map { Self.retyped($0) }
        network.edges.columns = network.edges.columns.map { $0.name == "weight" ? $0 : Self.retyped($0) }
        // NetworkX numbers a multigraph's parallel ties with `key`: not data.
        network.edges.columns.removeAll { $0.name == "key" && $0.type == .integer }
        // The weight came through the assembly only when numeric: recheck the raw texts.
        for edge in 0..<assembly.edgeCount {
            guard case .text(let text)? = assembly.edgeValue(edge, "weight") else { continue }
            guard Double(text).map(\.isFinite) ?? false else {
                throw file.error("an edge weight should be a number, not \"\(text)\"", at: weightOffsets[edge] ?? 0)
            }
        }
        if let index = network.edges.columns.firstIndex(where: { $0.name == "weight" }) {
            let values: [Value] = (0..<assembly.edgeCount).map { edge in
                guard case .text(let text)? = assembly.edgeValue(edge, "weight") else { return .null }
                return Double(text).map(Value.number) ?? .null
            }
            network.edges.columns[index].values = values
            network.edges.columns[index].type = values.allSatisfy(\.isNull) ? .empty : .number
        }
        return network
    }

    /// A column of texts as integer, number or boolean when every value reads as one.
    static func retyped(_ column: Dataset.Column) -> Dataset.Column {
        guard column.type == .text, !["id", "label", "source", "target", "relation"].contains(column.name) else {
            return column
        }
        let texts = column.values.compactMap { value -> String? in
            if case .text(let text) = value { return text }
            return nil
        }
        guard !texts.isEmpty else { return column }
        var copy = column
        if texts.allSatisfy({ Int($0) != nil && !($0.count > 1 && $0.hasPrefix("0")) }) {
            copy.type = .integer
            copy.values = column.values.map { value in
                if case .text(let text) = value { return .integer(Int(text)!) }
                return value
            }
        } else if texts.allSatisfy({ Double($0).map(\.isFinite) ?? false }) {
            copy.type = .number
            copy.values = column.values.map { value in
                if case .text(let text) = value { return .number(Double(text)!) }
                return value
            }
        } else if texts.allSatisfy({ ["true", "false"].contains($0.lowercased()) }) {
            copy.type = .boolean
            copy.values = column.values.map { value in
                if case .text(let text) = value { return .bool(text.lowercased() == "true") }
                return value
            }
        }
        return copy
    }
}
