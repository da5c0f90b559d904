import PlaceLabCore

/// Writes a network as GEXF 1.3, the format Gephi opens (NetworkX reads it with `read_gexf`).
///
/// Node columns other than `id` and `label` are declared as node attributes, and edge columns
/// other than `source`, `target` and `weight` as edge attributes (`relation` among them),
/// typed from the column: integer → long, number → double, boolean → boolean, anything else
/// → string. Each node and edge carries its values as `<attvalue>`s; nulls are left out. The
/// weight is the edge's `weight` and the relation also its `kind`, so Gephi keeps ties of
/// different relations between the same pair apart. The title, the description and an
/// illustrative network's note go in `<meta><description>`.
public enum GEXFWriter {
    public static func gexf(_ network: Network) -> String {
        var out = """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>PlaceLab</creator>

            """
        if let description = metaDescription(network) {
            out += "    <description>\(NetworkWriter.text(description))</description>\n"
        }
        out += "  </meta>\n"
        out += "  <graph defaultedgetype=\"\(network.directed ? "directed" : "undirected")\" mode=\"static\">\n"

        let nodeAttributes = attributes(network.nodes, skipping: ["id", "label"])
        let edgeAttributes = attributes(network.edges, skipping: ["source", "target", "weight"])
        declare(nodeAttributes, class: "node", into: &out)
        declare(edgeAttributes, class: "edge", into: &out)

        let ids = network.nodes.column(named: "id")?.values ?? network.nodes.columns.first?.values ?? []
        let labels = network.nodes.column(named: "label")?.values ?? []
        out += "    <nodes>\n"
        for row in ids.indices {
            out += "      <node id=\"\(NetworkWriter.attribute(ids[row].plainText))\""
            if row < labels.count, !labels[row].isNull {
                out += " label=\"\(NetworkWriter.attribute(labels[row].plainText))\""
            }
            out += element(nodeAttributes, row: row, closing: "node")
        }
        out += "    </nodes>\n"

        let sources = network.edges.column(named: "source")?.values ?? []
        let targets = network.edges.column(named: "target")?.values ?? []
        let weights = network.edges.column(named: "weight")?.values ?? []
        let relations = network.edges.column(named: "relation")?.values ?? []
        out += "    <edges>\n"
        for row in sources.indices where row < targets.count {
            out += "      <edge id=\"\(row)\" source=\"\(NetworkWriter.attribute(sources[row].plainText))\" "
                + "target=\"\(NetworkWriter.attribute(targets[row].plainText))\""
            if row < weights.count, weights[row].isNumeric {
                out += " weight=\"\(NetworkWriter.graphMLText(weights[row]))\""
            }
            if row < relations.count, !relations[row].isNull {
                out += " kind=\"\(NetworkWriter.attribute(relations[row].plainText))\""
            }
            out += element(edgeAttributes, row: row, closing: "edge")
        }
        out += "    </edges>\n  </graph>\n</gexf>\n"
        return out
    }

    /// The title, the description and the illustrative note, a paragraph each.
    static func metaDescription(_ network: Network) -> String? {
        let parts = [network.title, network.description,
                     network.illustrativeNote.map { Network.illustrativePrefix + $0 }].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }

    private struct Attribute {
        var id: Int
        var column: Dataset.Column
    }

    private static func attributes(_ dataset: Dataset, skipping: Set<String>) -> [Attribute] {
        dataset.columns.filter { !skipping.contains($0.name) && $0.values.contains { !$0.isNull } }.enumerated()
            .map { Attribute(id: $0.offset, column: $0.element) }
    }

    private static func declare(_ attributes: [Attribute], class kind: String, into out: inout String) {
        guard !attributes.isEmpty else { return }
        out += "    <attributes class=\"\(kind)\">\n"
        for attribute in attributes {
            out += "      <attribute id=\"\(attribute.id)\" title=\"\(NetworkWriter.attribute(attribute.column.name))\" "
                + "type=\"\(type(attribute.column.type))\"/>\n"
        }
        out += "    </attributes>\n"
    }

    /// The rest of a `<node …` or `<edge …` element: its attvalues, or `/>` when it has none.
    private static func element(_ attributes: [Attribute], row: Int, closing: String) -> String {
        var values = ""
        for attribute in attributes where row < attribute.column.vector.count {
            let value = attribute.column.vector[row]
            if value.isNull { continue }
            values += "          <attvalue for=\"\(attribute.id)\" "
                + "value=\"\(NetworkWriter.attribute(NetworkWriter.graphMLText(value)))\"/>\n"
        }
        guard !values.isEmpty else { return "/>\n" }
        return ">\n        <attvalues>\n" + values + "        </attvalues>\n      </\(closing)>\n"
    }

    static func type(_ type: ValueType) -> String {
        switch type {
        case .integer: "long"
        case .number: "double"
        case .boolean: "boolean"
        case .text, .list, .phase, .empty, .date: "string"
        }
    }
}
