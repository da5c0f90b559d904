import Foundation
import PlaceLabCore
import PlaceLabRender

/// One case laid out for reading (`show CASE`): as a text card, a Markdown card, or a
/// table of facets for csv, tsv, json and line.
struct ShowCard {
    let facts: CaseFacts
    let sources: SeedSources
    let withSources: Bool
    let style: TextStyle
    /// The columns the text card may take.
    var width = TextDiagram.width

    /// The facets in card order, with their labels.
    static let layout: [(facet: String, label: String)] = [
        ("name", "Place"), ("kind", "Kind"), ("study", "Study"), ("country", "Country"), ("scope", "Scope"),
        ("programmes", "Programmes"), ("areas", "Areas"), ("partners", "Partners"),
        ("research_partners", "Researchers"), ("phase", "Phase"), ("stage_described", "Stage described"),
        ("authority", "Authority"), ("capacity", "Capacity"), ("value", "Value"),
        ("realms", "Realms"), ("zones", "Innovation zones"), ("layers", "Layers"),
        ("network", "Network"), ("bundled network", "Bundled network"), ("numbers", "Numbers"),
        ("summary", "Summary"),
    ]

    var entries: [(label: String, fact: CaseFact)] {
        ShowCard.layout.compactMap { item in
            if item.facet == "bundled network" {
                return facts.bundledNetworkFact.map { (item.label, $0) }
            }
            let fact = item.facet == "network" ? facts.column("network") : facts.fact(item.facet)
            return (item.label, fact)
        }
    }

    /// The value as the card shows it: estimates out of 5, lists with commas, unknown as such.
    static func shown(_ fact: CaseFact) -> String {
        guard let text = fact.text else {
            let unknown = fact.isEstimate ? "unknown (no teaching estimate)" : "unknown"
            return fact.note.map { unknown + ". " + $0 } ?? unknown
        }
        return fact.isEstimate ? "\(text) of 5" : text
    }

    private func marker(_ fact: CaseFact) -> String {
        fact.text == nil ? "" : "[\(fact.basisText)]"
    }

    /// Where the fact comes from: the seed's reference, the network file, or nothing recorded.
    private func source(_ fact: CaseFact) -> String? {
        if let file = fact.provenance?.source { return sources.reference(file: file) }
        if fact.facet == "bundled network", let network = facts.network {
            return URL(fileURLWithPath: network.origin).lastPathComponent
        }
        return nil
    }

    private func sourceID(_ fact: CaseFact) -> String? {
        if let file = fact.provenance?.source { return sources.id(file: file) }
        if fact.facet == "bundled network", let network = facts.network {
            return URL(fileURLWithPath: network.origin).lastPathComponent
        }
        return nil
    }

    private var title: String { "\(facts.name)  (\(facts.row.key))" }

    static let legend = "[stated] the source says it; [inferred] PlaceLab's reading of the source; "
        + "[inferred teaching estimate] a 0–5 score PlaceLab gives for sorting and discussion, not a "
        + "measurement; [illustrative] built by PlaceLab to show what a source describes only in words; unknown: the seeds do not give it."

    var text: String {
        var out = style.paint(title, .header) + "\n\n"
        for (label, fact) in entries {
            let head = (label + ":").padded(to: 19)
            let body = ShowCard.shown(fact) + (fact.text == nil ? "" : " " + marker(fact))
            out += field(head, body, style: .strong)
            if withSources {
                let indent = String(repeating: " ", count: 19)
                if fact.text == nil { continue }
                out += field(indent, "source: " + (source(fact) ?? "not recorded"))
                if let quote = fact.provenance?.quote { out += field(indent, "quote:  “\(quote)”") }
                if let note = fact.note { out += field(indent, "why:    " + note) }
            }
        }
        out += "\n" + TextWrap.wrap(ShowCard.legend, width: width - 2).map { "  " + style.paint($0, .muted) + "\n" }.joined()
        if !withSources {
            let hint = "show \(facts.row.key) --sources lists each fact's source, quote and reasoning."
            out += TextWrap.wrap(hint, width: width - 2).map { "  " + style.paint($0, .muted) + "\n" }.joined()
        }
        return out
    }

    private func field(_ head: String, _ body: String, style role: TextStyle.Role? = nil) -> String {
        let lines = TextWrap.wrap(body, width: width - 2 - DisplayWidth.of(head))
        let shownHead = role.map { style.paint(head, $0) } ?? head
        return "  " + shownHead + lines[0] + "\n"
            + lines.dropFirst().map { "  " + String(repeating: " ", count: head.count) + $0 + "\n" }.joined()
    }

    var markdown: String {
        var out = "### \(facts.name) (`\(facts.row.key)`)\n\n"
        for (label, fact) in entries {
            out += "- **\(label):** \(ShowCard.shown(fact))" + (fact.text == nil ? "" : " _(\(fact.basisText))_") + "\n"
            guard withSources, fact.text != nil else { continue }
            out += "  - source: \(source(fact) ?? "not recorded")\n"
            if let quote = fact.provenance?.quote { out += "  - quote: “\(quote)”\n" }
            if let note = fact.note { out += "  - why: \(note)\n" }
        }
        return out + "\n" + ShowCard.legend + "\n"
    }

    var table: Table {
        var columns = ["facet", "value", "basis", "source"]
        if withSources { columns += ["file", "quote", "note"] }
        let rows: [[Value]] = entries.map { _, fact in
            var cells: [Value] = [.text(fact.facet), fact.text.map(Value.text) ?? .null, .text(fact.basisText),
                                  sourceID(fact).map(Value.text) ?? .null]
            if withSources {
                cells += [fact.provenance.map { .text($0.source) } ?? .null,
                          fact.provenance.map { .text($0.quote) } ?? .null,
                          fact.note.map(Value.text) ?? .null]
            }
            return cells
        }
        let notes = ["\(facts.name) (\(facts.row.key)); authority, capacity and value are inferred teaching "
                     + "estimates (0–5), not measurements; null = unknown"]
        return Table(columns: columns, rows: rows, notes: notes)
    }
}
