import Foundation
import PlaceLabCore

/// Writes a network for other tools: GraphML (which NetworkX, Gephi, igraph and yEd read) and
/// a pair of CSV files (an edge list and a nodes table) that `EdgeListReader` reads back. An
/// illustrative network's note goes with it: a graph key `illustrative_note` in GraphML.
public enum NetworkWriter {
    /// The network as GraphML: a key for every node column but `id` and every edge column but
    /// `source` and `target` that holds a value, typed from the column (integer → long, number → double,
    /// boolean → boolean, anything else → string); nulls are left out.
    public static func graphML(_ network: Network) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns \
            http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """
        let graphFields = [("title", network.title), ("description", network.description),
                           (Dataset.illustrativeNoteColumn, network.illustrativeNote)]
            .compactMap { name, text in text.map { (name, $0) } }
        for (index, field) in graphFields.enumerated() {
            out += "  <key id=\"g\(index)\" for=\"graph\" attr.name=\"\(attribute(field.0))\" attr.type=\"string\"/>\n"
        }
        let nodeKeys = keys(for: network.nodes, skipping: ["id"], prefix: "n", domain: "node", into: &out)
        let edgeKeys = keys(for: network.edges, skipping: ["source", "target"], prefix: "e", domain: "edge",
                            into: &out)
        let edgeDefault = network.directed ? "directed" : "undirected"
        out += "  <graph id=\"\(attribute(network.name))\" edgedefault=\"\(edgeDefault)\">\n"
        for (index, field) in graphFields.enumerated() {
            out += "    <data key=\"g\(index)\">\(text(field.1))</data>\n"
        }

        let ids = network.nodes.column(named: "id")?.values ?? network.nodes.columns.first?.values ?? []
        for row in ids.indices {
            out += "    <node id=\"\(attribute(ids[row].plainText))\""
            out += element(data: nodeKeys, row: row, indent: "      ", closing: "node")
        }
        let sources = network.edges.column(named: "source")?.values ?? []
        let targets = network.edges.column(named: "target")?.values ?? []
        for row in sources.indices where row < targets.count {
            out += "    <edge source=\"\(attribute(sources[row].plainText))\" "
                + "target=\"\(attribute(targets[row].plainText))\""
            out += element(data: edgeKeys, row: row, indent: "      ", closing: "edge")
        }
        out += "  </graph>\n</graphml>\n"
        return out
    }

    /// The network as CSV: an edge list with a header (`source,target,relation,weight,…`) and a
    /// nodes table (`id,label,…`). Nulls are empty cells. An illustrative network's note fills
    /// a last column `illustrative_note` in both files, which `EdgeListReader` turns back into
    /// the note.
    public static func edgeListCSV(_ network: Network) -> (edges: String, nodes: String) {
        (csv(noted(network.edges, network.illustrativeNote)), csv(noted(network.nodes, network.illustrativeNote)))
    }

    /// The dataset with a column carrying `note` on every row, when there is a note.
    static func noted(_ dataset: Dataset, _ note: String?) -> Dataset {
        guard let note, dataset.column(named: Dataset.illustrativeNoteColumn) == nil else { return dataset }
        var copy = dataset
        copy.columns.append(Dataset.Column(name: Dataset.illustrativeNoteColumn, type: .text,
                                           values: [Value](repeating: .text(note), count: dataset.rowCount)))
        return copy
    }

    // MARK: - GraphML

    private struct Key {
        var id: String
        var column: Dataset.Column
    }

    private static func keys(for dataset: Dataset, skipping: Set<String>, prefix: String, domain: String,
                             into out: inout String) -> [Key] {
        var keys: [Key] = []
        // A column with no value gets no key: a typed key with nothing in it reads back as
        // empty strings in igraph (weight='' on every edge of an unweighted graph).
        for column in dataset.columns where !skipping.contains(column.name) && column.values.contains(where: { !$0.isNull }) {
            let key = Key(id: "\(prefix)\(keys.count)", column: column)
            out += "  <key id=\"\(key.id)\" for=\"\(domain)\" attr.name=\"\(attribute(column.name))\" "
                + "attr.type=\"\(graphMLType(column.type))\"/>\n"
            keys.append(key)
        }
        return keys
    }

    /// The rest of a `<node …` or `<edge …` element: its data, or `/>` when it has none.
    private static func element(data keys: [Key], row: Int, indent: String, closing: String) -> String {
        var body = ""
        for key in keys where row < key.column.vector.count {
            let value = key.column.vector[row]
            if value.isNull { continue }
            body += "\(indent)<data key=\"\(key.id)\">\(text(graphMLText(value)))</data>\n"
        }
        return body.isEmpty ? "/>\n" : ">\n" + body + String(indent.dropLast(2)) + "</\(closing)>\n"
    }

    static func graphMLType(_ type: ValueType) -> String {
        switch type {
        case .integer: "long"
        case .number: "double"
        case .boolean: "boolean"
        case .text, .list, .phase, .empty, .date: "string"
        }
    }

    /// A value as GraphML (XML Schema) writes it: numbers read back exactly, `INF`, `NaN`.
    static func graphMLText(_ value: Value) -> String {
        switch value {
        case .number(let number):
            if number.isNaN { return "NaN" }
            if number.isInfinite { return number < 0 ? "-INF" : "INF" }
            return String(number)
        default:
            return value.plainText
        }
    }

    /// Text content of an element (see `XMLText`).
    static func text(_ string: String) -> String { XMLText.content(string) }

    /// An attribute value in double quotes (see `XMLText`).
    static func attribute(_ string: String) -> String { XMLText.attribute(string) }

    // MARK: - CSV

    private static func csv(_ dataset: Dataset) -> String {
        var out = dataset.columns.map { cell($0.name) }.joined(separator: ",") + "\n"
        for row in 0..<dataset.rowCount {
            out += dataset.columns.map { row < $0.vector.count ? cell($0.vector[row].plainText) : "" }
                .joined(separator: ",")
            out += "\n"
        }
        return out
    }

    /// A CSV field, quoted when it holds a comma, quote, line break or edge spaces.
    private static func cell(_ text: String) -> String {
        let needsQuotes = text.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || text.first == " " || text.last == " " || text.first == "\t" || text.last == "\t"
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
