import PlaceLabCore

/// Writes a network as a Pajek `.net` file, which `PajekReader` reads back.
///
/// Pajek has room for less than PlaceLab keeps: a vertex has a number, one quoted label and
/// coordinates, so the label written is the node's id (its label and other attributes are
/// left out), and numeric `x` and `y` (and `z`) columns become coordinates. Ties go in one
/// `*Arcs` (directed) or `*Edges` (undirected) section, in order, with their weights; a tie's
/// relation is its label, `1 2 1 l "advice"`, which igraph reads as the edge's `label` and
/// NetworkX as its `l` (neither reads `*Arcs :1 "advice"` sections). A tie with a relation
/// and no weight has weight 1, Pajek's default, written so that NetworkX finds the label. A
/// double quote in an id, which Pajek cannot hold, is written as a single quote. The title, if any, is the
/// `*Network` line; an illustrative network's note is the first line, a `%` comment.
public enum PajekWriter {
    public static func pajek(_ network: Network) -> String {
        var out = ""
        if let note = network.illustrativeNote {
            out += "% " + oneLine(Network.illustrativePrefix + note) + "\n"
        }
        if let title = network.title { out += "*Network \(label(title))\n" }
        let ids = (network.nodes.column(named: "id")?.values ?? network.nodes.columns.first?.values ?? [])
            .map(\.plainText)
        var numbers: [String: Int] = [:]
        for (index, id) in ids.enumerated() where numbers[id] == nil { numbers[id] = index + 1 }

        let axes = ["x", "y", "z"].prefix { name in
            network.nodes.column(named: name).map { $0.type == .number || $0.type == .integer } ?? false
        }.compactMap { network.nodes.column(named: $0)?.values }
        out += "*Vertices \(ids.count)\n"
        for (index, id) in ids.enumerated() {
            out += "\(index + 1) \(label(id))"
            // Coordinates only when the vertex has all of them: Pajek reads them by position.
            let coordinates = axes.compactMap { index < $0.count ? number($0[index]) : nil }
            if axes.count >= 2, coordinates.count == axes.count {
                out += " " + coordinates.joined(separator: " ")
            }
            out += "\n"
        }

        let sources = network.edges.column(named: "source")?.values ?? []
        let targets = network.edges.column(named: "target")?.values ?? []
        let weights = network.edges.column(named: "weight")?.values ?? []
        let kinds = network.edges.column(named: "relation")?.values ?? []
        let hasRelations = kinds.contains { !$0.isNull }
        out += network.directed ? "*Arcs\n" : "*Edges\n"
        for row in sources.indices where row < targets.count {
            guard let from = numbers[sources[row].plainText], let to = numbers[targets[row].plainText] else { continue }
            out += "\(from) \(to)"
            let weight = row < weights.count ? number(weights[row]) : nil
            let relation = row < kinds.count && !kinds[row].isNull ? kinds[row].plainText : nil
            // A tie's label follows its weight, which NetworkX needs in place: 1 is Pajek's default.
            if let weight {
                out += " \(weight)"
            } else if hasRelations {
                out += " 1"
            }
            if let relation { out += " l \(label(relation))" }
            out += "\n"
        }
        return out
    }

    /// A Pajek label: always in double quotes, which it cannot itself hold.
    private static func label(_ text: String) -> String {
        "\"" + oneLine(text).replacingOccurrences(of: "\"", with: "'") + "\""
    }

    private static func number(_ value: Value) -> String? {
        switch value {
        case .integer(let number): String(number)
        case .number(let number) where number.isFinite: Value.format(number)
        default: nil
        }
    }

    private static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}
