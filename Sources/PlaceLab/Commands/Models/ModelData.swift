import Foundation
import PlaceLabCore
import PlaceLabRender

/// One row of a bundled dataset, read fact by fact: its values and where each comes from.
struct FactRow {
    let dataset: Dataset
    let index: Int

    /// The row's key (`id`), as text.
    var key: String { text(dataset.key ?? "id") ?? "" }

    func value(_ column: String) -> Value {
        dataset.column(named: column)?.vector[index] ?? .null
    }

    /// The value as text; nil when unknown.
    func text(_ column: String) -> String? {
        let value = value(column)
        return value.isNull ? nil : value.plainText
    }

    /// A list's items as text (a single value counts as a one-item list).
    func list(_ column: String) -> [String] {
        switch value(column) {
        case .null: []
        case .list(let items): items.map(\.plainText)
        case let other: [other.plainText]
        }
    }

    func provenance(_ column: String) -> Provenance? {
        dataset.column(named: column)?.provenance?[index]
    }

    func isInferred(_ column: String) -> Bool {
        provenance(column)?.basis == .inferred
    }

    /// The value for a table cell: as it is when stated, as text ending "(inferred)" when we
    /// concluded it, and with the source's hedge when it has one ("embedding (some signs)").
    func marked(_ column: String, joiner: String = ", ") -> Value {
        let value = value(column)
        var cell = value
        if case .list(let items) = value { cell = .text(items.map(\.plainText).joined(separator: joiner)) }
        if !value.isNull, let fact = provenance(column), fact.qualifier != nil {
            cell = .text(fact.qualified(cell.plainText))
        }
        guard !value.isNull, isInferred(column) else { return cell }
        return .text(cell.plainText + " (inferred)")
    }

    /// A note for the table footer when the cell carries one: "id column (inferred): why".
    func footnote(_ column: String) -> String? {
        guard let fact = provenance(column), !value(column).isNull, let note = fact.note else { return nil }
        return "\(key) \(column)" + (fact.basis == .stated ? "" : " (\(fact.basis.rawValue))") + ": " + note
    }
}

extension Dataset {
    var factRows: [FactRow] { (0..<rowCount).map { FactRow(dataset: self, index: $0) } }

    func factRow(key: String) -> FactRow? {
        factRows.first { $0.key == key }
    }
}

extension Session {
    /// A dataset a command reads, or a diagnostic saying it is not loaded.
    func requireDataset(_ name: String, for command: String) throws -> Dataset {
        guard let dataset = catalog.dataset(name) else {
            throw Diagnostic("\(command) needs the \"\(name)\" dataset, which is not loaded",
                             help: "it is bundled as datasets/\(name).yaml; start a new session or use --data DIR")
        }
        return dataset
    }
}

/// The seed documents (the `sources` dataset), for citing a fact's file by its title.
struct SeedSources {
    let rows: [FactRow]

    init(_ dataset: Dataset?) {
        rows = dataset?.factRows ?? []
    }

    func row(file: String) -> FactRow? {
        rows.first { $0.text("file") == file }
    }

    /// The seed's id (`nesta_2008`), or the file name when the seed is not listed.
    func id(file: String) -> String {
        row(file: file)?.key ?? file
    }

    /// `jrf_three_cities: “Public sector …”, 2008 — 002_….txt`; a missing title is said to be missing.
    func reference(file: String) -> String {
        guard let row = row(file: file) else { return file }
        var parts = [row.text("title").map { "“\($0)”" } ?? "no title given"]
        if let year = row.text("year") { parts.append(year + (row.isInferred("year") ? " (inferred)" : "")) }
        return "\(row.key): " + parts.joined(separator: ", ") + " — " + file
    }

    /// `NESTA, 2008 — nesta_2008 (004_….txt)`: who published the seed and when, for a figure's
    /// source line; the title leads when the seed gives one.
    func citation(file: String) -> String {
        guard let row = row(file: file) else { return file }
        let who = [row.text("title").map { "“\($0)”" }, row.text("publisher"), row.text("year")].compactMap { $0 }
        return (who.isEmpty ? "" : who.joined(separator: ", ") + " — ") + "\(row.key) (\(file))"
    }
}

enum ModelText {
    /// The text cut at a word boundary to at most `limit` characters, with "…" when cut.
    static func cut(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        let head = text.prefix(limit - 1)
        let atSpace = head.lastIndex(of: " ").map { head[..<$0] } ?? head
        return atSpace.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces)) + "…"
    }

    /// "five", or the digits past ten.
    static func count(_ number: Int) -> String {
        let words = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        return words.indices.contains(number) ? words[number] : String(number)
    }

    /// The text as lines of at most `width` columns, each ending in a line break.
    static func wrap(_ text: String, width: Int = TextDiagram.width) -> String {
        TextWrap.wrap(text, width: width).map { $0 + "\n" }.joined()
    }

}
