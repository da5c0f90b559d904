import Foundation
import PlaceLabCore
import PlaceLabRender

/// One glossary topic laid out for reading: as text, as Markdown, or as a one-row table.
struct ExplainCard {
    let row: FactRow
    let sources: SeedSources
    let style: TextStyle
    /// The columns the text card may take.
    var width = TextDiagram.width

    private var definition: Provenance? { row.provenance("definition") }

    /// "stated", or "inferred — why".
    private var basis: String {
        guard let fact = definition else { return "unknown" }
        return fact.basis.rawValue + (fact.note.map { " — " + $0 } ?? "")
    }

    /// The aliases or links, with the reason when they are PlaceLab's own.
    private func listed(_ column: String, _ items: [String]) -> String? {
        guard !items.isEmpty else { return nil }
        var text = items.joined(separator: ", ")
        if let fact = row.provenance(column), fact.basis != .stated {
            text += " (\(fact.basis.rawValue)" + (fact.note.map { ": " + $0 } ?? "") + ")"
        }
        return text
    }

    private var fields: [(label: String, text: String)] {
        var out: [(String, String)] = [("Basis", basis)]
        out.append(("Also called", listed("aliases", row.list("aliases")) ?? "no other names recorded"))
        if let fact = definition {
            out.append(("Source", sources.reference(file: fact.source)))
            out.append(("Quote", "“\(fact.quote)”"))
        } else {
            out.append(("Source", "not recorded"))
        }
        if let links = listed("see_also", row.list("see_also")) { out.append(("See also", links)) }
        return out
    }

    private var title: String {
        (row.text("term") ?? row.key) + (row.isInferred("term") ? " (inferred)" : "")
    }

    var text: String {
        var out = style.paint(title, .header) + "  (\(row.key))\n"
        out += TextWrap.wrap(row.text("definition") ?? "No definition recorded.", width: width - 2).map { "  " + $0 + "\n" }.joined()
        out += "\n"
        for field in fields {
            let label = (field.label + ":").padded(to: 13)
            let lines = TextWrap.wrap(field.text, width: width - 17)
            out += "  " + style.paint(label, .strong) + lines[0] + "\n"
            out += lines.dropFirst().map { String(repeating: " ", count: 15) + $0 + "\n" }.joined()
        }
        return out
    }

    var markdown: String {
        var out = "### \(title) (`\(row.key)`)\n\n" + (row.text("definition") ?? "No definition recorded.") + "\n\n"
        for field in fields {
            out += "- **\(field.label):** \(field.text)\n"
        }
        return out + "\n"
    }

    var table: Table {
        let fact = definition
        let cells: [Value] = [
            .text(row.key), row.marked("term"), row.value("definition"),
            fact.map { .text($0.basis.rawValue) } ?? .null, fact?.note.map(Value.text) ?? .null,
            row.marked("aliases", joiner: "; "),
            fact.map { .text(sources.id(file: $0.source)) } ?? .null, fact.map { .text($0.source) } ?? .null,
            fact.map { .text($0.quote) } ?? .null, row.marked("see_also"),
        ]
        let columns = ["id", "term", "definition", "basis", "note", "aliases", "source", "file", "quote", "see_also"]
        return Table(columns: columns, rows: [cells], notes: row.dataset.notes)
    }
}
