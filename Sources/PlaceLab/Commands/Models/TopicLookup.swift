import PlaceLabCore
import PlaceLabLanguage

/// Finds one entry of a small list by id, name or alias, case-insensitively, or by a unique
/// prefix: what `explain`, `actions` and `factors` use to read a topic or a case as typed.
struct TopicLookup: Sendable {
    /// One thing that can be looked up, with every name it answers to (its id first).
    struct Entry: Sendable, Equatable {
        let id: String
        let names: [String]
    }

    enum Outcome: Sendable, Equatable {
        case found(String)
        /// Several entries fit equally well; their ids, in list order.
        case ambiguous([String])
        case notFound
    }

    let entries: [Entry]

    /// Exact names win over prefixes, and prefixes of a whole name over prefixes of a later
    /// word in it (`triangle` finds the strategic triangle); `_`, `-` and spaces are alike.
    func find(_ query: String) -> Outcome {
        let wanted = TopicLookup.words(query)
        guard !wanted.isEmpty else { return .notFound }
        let key = wanted.joined(separator: " ")
        let tiers: [(String) -> Bool] = [
            { $0 == key },
            { $0.hasPrefix(key) },
            { $0.contains(" " + key) },
        ]
        for tier in tiers {
            let ids = entries.filter { $0.names.contains { tier(TopicLookup.words($0).joined(separator: " ")) } }.map(\.id)
            if ids.count == 1 { return .found(ids[0]) }
            if ids.count > 1 { return .ambiguous(ids) }
        }
        return .notFound
    }

    /// Every name, for did-you-mean.
    var allNames: [String] { entries.flatMap(\.names) }

    /// The lowercased words of a name: letters and digits, everything else separates.
    static func words(_ text: String) -> [String] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
}

extension TopicLookup {
    /// The rows of a bundled dataset, found by key, by `nameColumn`, by `aliases` and, for
    /// cases, by the `areas` within them (`Knowle West` finds Bristol).
    init(_ dataset: Dataset, nameColumn: String) {
        entries = dataset.factRows.map { row in
            Entry(id: row.key, names: [row.key] + [row.text(nameColumn)].compactMap { $0 } + row.list("aliases")
                  + row.list("areas"))
        }
    }

    /// The id the words name, or a diagnostic: a did-you-mean when nothing fits, the
    /// candidates when several do. `kind` is the singular noun ("topic", "case"); `plural` its
    /// plural when adding "s" is wrong ("phases and cases").
    func resolve(_ words: [Word], kind: String, plural kinds: String? = nil) throws -> String {
        let text = words.map(\.text).joined(separator: " ")
        let span = words[0].span.union(words[words.count - 1].span)
        switch find(text) {
        case .found(let id):
            return id
        case .ambiguous(let ids):
            let shown = ids.count > 12 ? ids.prefix(12).joined(separator: ", ") + " and \(ids.count - 12) more"
                                       : ids.joined(separator: ", ")
            throw Diagnostic("\"\(text)\" could be any of \(plural(ids.count, kind, kinds))", at: span,
                             help: "say which: \(shown)")
        case .notFound:
            throw Diagnostic.unknown(kind, text, at: span, among: allNames)
        }
    }
}
