import PlaceLabCore

/// Reads a headerless edge list, one tie a line, ends separated by blanks: what NetworkX's
/// `write_edgelist` writes (`a b {'weight': 2, 'relation': 'advice'}`, or `a b 2` with
/// `data=["weight"]`), igraph's NCOL format (`a b 2.5`) and plain `a b` lists.
///
/// A third word is the weight and must be a number; a `{…}` holds the tie's attributes as a
/// Python dict (strings, numbers, True/False/None), `weight` among them. `#` starts a comment.
/// The nodes are the ends in the order they first appear. Self-loops and repeated ties are
/// kept. The file does not say whether ties are directed: it is undirected unless loaded with
/// `load network FILE directed`.
public enum PlainEdgeListReader {
    public static func read(path: String, name: String, directed: Bool) throws -> Network {
        let text = try NetworkText.read(path: path)
        var assembly = NetworkAssembly(path: path, name: name, directed: directed)
        var sawRelation = false
        for line in 1...text.lineCount {
            let raw = text.text(ofLine: line)
            // A comment ends the line's data.
            var dataPart = Substring(raw)
            if let hash = raw.firstIndex(of: "#"), !raw[..<hash].contains("{") { dataPart = raw[..<hash] }
            var dictionary: Substring?
            if let brace = dataPart.firstIndex(of: "{") {
                dictionary = dataPart[brace...]
                dataPart = dataPart[..<brace]
            }
            guard !dataPart.allSatisfy(\.isWhitespace) else {
                if let dictionary {
                    throw text.error("a tie needs two ends before its attributes", at: (line, column(of: dictionary.startIndex, in: raw)))
                }
                continue
            }
            let words = try text.words(ofLine: line).filter { $0.column <= dataPart.count }
            guard words.count >= 2 else {
                throw text.error("a tie needs two ends, as in: alice bob", at: words.first.map(\.end) ?? (line, 1),
                                 help: "a headerless edge list has one tie a line: SOURCE TARGET [WEIGHT]")
            }
            if words.count > 3 {
                throw text.error("unexpected \"\(words[3].text)\": a line holds SOURCE TARGET [WEIGHT]",
                                 at: words[3].position,
                                 help: "quote names with spaces: \"Anna B\" \"Carl D\"")
            }
            let edge = assembly.addEdge(assembly.addNode(words[0].text), assembly.addNode(words[1].text))
            if words.count == 3 {
                guard let weight = words[2].number else {
                    throw text.error("a weight should be a number, not \"\(words[2].text)\"", at: words[2].position,
                                     help: "the third word of a line is the tie's weight")
                }
                assembly.setEdge(edge, "weight", .number(weight))
            }
            if let dictionary {
                let start = column(of: dictionary.startIndex, in: raw)
                var parser = PythonDict(text: Array(dictionary), line: line, column: start, file: text)
                for (key, value, position) in try parser.parse() {
                    if key == "weight" {
                        guard value.isNumeric, case let number = value.numberValue, number.isFinite else {
                            throw text.error("a weight should be a number, not \(value.plainText)", at: position)
                        }
                        assembly.setEdge(edge, "weight", .number(number))
                    } else {
                        if key == "relation" { sawRelation = true }
                        assembly.setEdge(edge, key, value)
                    }
                }
            }
        }
        guard assembly.edgeCount > 0 else {
            throw text.error("no ties in this file: an edge list has one tie a line, as in: alice bob", at: (1, 1))
        }
        return assembly.network(relation: sawRelation ? "relation" : nil)
    }

    /// Whether the file's first line of data is words separated by blanks alone (no comma or
    /// tab, so not CSV or TSV).
    static func looksHeaderless(path: String) throws -> Bool {
        let text = try NetworkText.read(path: path)
        for line in 1...text.lineCount {
            let raw = text.text(ofLine: line)
            let data = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            if data.allSatisfy(\.isWhitespace) { continue }
            return !data.contains(",") && !data.contains("\t")
        }
        return false
    }

    private static func column(of index: String.Index, in line: String) -> Int {
        line.distance(from: line.startIndex, to: index) + 1
    }
}

private extension Value {
    var numberValue: Double {
        switch self {
        case .integer(let number): Double(number)
        case .number(let number): number
        default: .nan
        }
    }
}

/// A Python dict literal as `repr` writes one: `{'weight': 2, 'relation': 'advice', 'ok': True}`.
private struct PythonDict {
    let text: [Character]
    let line: Int
    let column: Int
    let file: NetworkText
    var index = 0

    init(text: [Character], line: Int, column: Int, file: NetworkText) {
        self.text = text
        self.line = line
        self.column = column
        self.file = file
    }

    private var position: (line: Int, column: Int) { (line, column + index) }

    private func error(_ message: String) -> Diagnostic {
        file.error(message, at: position, help: "attributes are written as NetworkX writes them: {'weight': 2, 'relation': 'advice'}")
    }

    private mutating func skipSpace() {
        while index < text.count, text[index].isWhitespace { index += 1 }
    }

    private mutating func expect(_ character: Character) throws {
        skipSpace()
        guard index < text.count, text[index] == character else {
            throw error(index < text.count ? "expected \"\(character)\", found \"\(text[index])\"" : "expected \"\(character)\" before the line ends")
        }
        index += 1
    }

    mutating func parse() throws -> [(String, Value, (line: Int, column: Int))] {
        var items: [(String, Value, (line: Int, column: Int))] = []
        try expect("{")
        skipSpace()
        if index < text.count, text[index] == "}" {
            index += 1
            return try finish(items)
        }
        while true {
            skipSpace()
            guard case .text(let key) = try value() else { throw error("a key should be a 'string'") }
            try expect(":")
            skipSpace()
            let at = position
            items.append((key, try value(), at))
            skipSpace()
            if index < text.count, text[index] == "," {
                index += 1
                continue
            }
            try expect("}")
            return try finish(items)
        }
    }

    private mutating func finish(_ items: [(String, Value, (line: Int, column: Int))]) throws
        -> [(String, Value, (line: Int, column: Int))] {
        skipSpace()
        guard index == text.count else { throw error("unexpected \"\(text[index])\" after the attributes") }
        return items
    }

    private mutating func value() throws -> Value {
        skipSpace()
        guard index < text.count else { throw error("a value is missing before the line ends") }
        let first = text[index]
        if first == "'" || first == "\"" {
            index += 1
            var out = ""
            while index < text.count, text[index] != first {
                if text[index] == "\\", index + 1 < text.count {
                    index += 1
                    switch text[index] {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    default: out.append(text[index])
                    }
                } else {
                    out.append(text[index])
                }
                index += 1
            }
            guard index < text.count else { throw error("a string is not closed") }
            index += 1
            return .text(out)
        }
        let start = index
        while index < text.count, !",}:".contains(text[index]), !text[index].isWhitespace { index += 1 }
        let word = String(text[start..<index])
        switch word {
        case "True": return .bool(true)
        case "False": return .bool(false)
        case "None": return .null
        case "inf": return .number(.infinity)
        case "-inf": return .number(-.infinity)
        case "nan": return .number(.nan)
        default: break
        }
        if let integer = Int(word) { return .integer(integer) }
        if let number = Double(word), !word.isEmpty, !word.allSatisfy({ $0.isNumber || $0 == "-" }) { return .number(number) }
        index = start
        throw error(word.allSatisfy({ $0.isNumber || $0 == "-" }) && !word.isEmpty
                    ? "\(word) is too large for a whole number"
                    : "\"\(word)\" is not a value: use a 'string', a number, True, False or None")
    }
}
