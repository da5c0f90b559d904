import Foundation
import PlaceLabCore

/// Writes a network in Graphviz's DOT language: a `digraph` or `graph` named after the network.
///
/// Node ids are always quoted. A node's `label` is its label column; its other columns become
/// attributes of the same name (nulls left out). An edge's relation is its `label`, its weight
/// `weight`, and its other columns attributes. An illustrative network starts with a comment
/// line holding its note, keeps the note in the graph's `comment` attribute (which parsers
/// keep) and carries a short graph `label`, so that a drawing says it is illustrative.
public enum DOTWriter {
    public static func dot(_ network: Network) -> String {
        var out = ""
        if let title = network.title { out += "// \(oneLine(title))\n" }
        if let note = network.illustrativeNote {
            out += "// \(oneLine(Network.illustrativePrefix + note))\n"
        }
        out += "\(network.directed ? "digraph" : "graph") \(quoted(network.name)) {\n"
        if let note = network.illustrativeNote {
            out += "  comment=\(quoted(Network.illustrativePrefix + note));\n"
            out += "  label=\(quoted("\(network.name): illustrative network, not data from the source"));\n"
        }

        let ids = network.nodes.column(named: "id")?.values ?? network.nodes.columns.first?.values ?? []
        let nodeColumns = network.nodes.columns.filter { $0.name != "id" }.map { (identifier($0.name), $0) }
        for row in ids.indices {
            out += "  \(quoted(ids[row].plainText))\(attributeList(nodeColumns, row: row));\n"
        }

        let sources = network.edges.column(named: "source")?.values ?? []
        let targets = network.edges.column(named: "target")?.values ?? []
        let arrow = network.directed ? "->" : "--"
        // The relation is the edge's label; a column that is itself named `label` then gives way.
        var edgeColumns: [(String, Dataset.Column)] = []
        for column in network.edges.columns where !["source", "target"].contains(column.name) {
            if column.name == "relation" {
                edgeColumns.append(("label", column))
            } else if column.name != "label" || network.edges.column(named: "relation") == nil {
                edgeColumns.append((identifier(column.name), column))
            }
        }
        for row in sources.indices where row < targets.count {
            out += "  \(quoted(sources[row].plainText)) \(arrow) \(quoted(targets[row].plainText))"
                + "\(attributeList(edgeColumns, row: row));\n"
        }
        out += "}\n"
        return out
    }

    /// ` [name=value, …]` for the row's non-null values, or nothing. Names come as written.
    private static func attributeList(_ columns: [(String, Dataset.Column)], row: Int) -> String {
        var items: [String] = []
        for (name, column) in columns where row < column.vector.count {
            let value = column.vector[row]
            if value.isNull { continue }
            items.append("\(name)=\(self.value(value))")
        }
        return items.isEmpty ? "" : " [" + items.joined(separator: ", ") + "]"
    }

    /// A number as a DOT numeral where it is one (not `1e-07`, `inf`), anything else as a quoted string.
    private static func value(_ value: Value) -> String {
        let text = value.plainText
        return value.isNumeric && isNumeral(text) ? text : quoted(text)
    }

    /// DOT's numeral: `-?(.[0-9]+ | [0-9]+(.[0-9]*)?)`.
    static func isNumeral(_ text: String) -> Bool {
        var digits = 0
        var dots = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "-") where index == 0: continue
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): dots += 1
            default: return false
            }
        }
        return digits > 0 && dots <= 1
    }

    private static let keywords: Set<String> = ["node", "edge", "graph", "digraph", "subgraph", "strict"]

    /// An attribute name: bare when DOT allows it, else quoted.
    static func identifier(_ name: String) -> String {
        let plain = name.range(of: #"^[A-Za-z_][A-Za-z0-9_]*$"#, options: .regularExpression) != nil
        return plain && !keywords.contains(name.lowercased()) ? name : quoted(name)
    }

    /// A DOT double-quoted string: quotes and backslashes escaped, line breaks as `\n`.
    static func quoted(_ text: String) -> String {
        let plain = !text.utf8.contains { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0x0A || $0 == 0x0D }
        if plain { return "\"" + text + "\"" }
        var out = "\""
        for character in text {
            switch character {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n", "\r\n", "\r": out += "\\n"
            default: out.append(character)
            }
        }
        return out + "\""
    }

    /// Text for a `//` comment: line breaks become spaces.
    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
