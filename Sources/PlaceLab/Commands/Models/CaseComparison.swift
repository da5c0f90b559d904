import Foundation
import PlaceLabCore
import PlaceLabRender

/// What `compare` shows, from the command or from `… | compare`: one column per case, one
/// row per facet, rows whose values differ marked, and a sentence on what differs most.
struct CaseComparison {
    static let fewest = 2
    static let most = 6

    let cases: [CaseFacts]
    let facets: [String]

    /// The facet names, checked: a did-you-mean for one that is not a facet.
    static func checkFacets(_ named: [(name: String, span: Span?)]) throws -> [String] {
        try named.map { item in
            let key = item.name.lowercased()
            guard CaseFacts.allFacets.contains(key) else {
                var problem = Diagnostic.unknown("facet", item.name, at: item.span, among: CaseFacts.allFacets)
                // Without a near miss, the whole list: there are only twenty.
                problem.help = problem.help ?? "the facets are " + CaseFacts.allFacets.joined(separator: ", ")
                    + (key.hasPrefix("triangle") ? " (the triangle's corners are authority, capacity and value)" : "")
                throw problem
            }
            return key
        }
    }

    /// A diagnostic unless there are 2 to 6 cases.
    static func checkCount(_ count: Int, at span: Span?, what: String) throws {
        guard count < fewest || count > most else { return }
        throw Diagnostic("compare needs \(fewest) to \(most) cases; \(what) \(count)", at: span,
                         help: count < fewest ? "name at least two, as in: compare bristol swindon"
                                              : "compare at most six at a time")
    }

    /// Compares the cases with these ids (already checked to be in `cases`) and shows the result.
    static func run(ids: [String], facets: [String], in session: Session) throws {
        let dataset = try session.requireDataset("cases", for: "compare")
        let catalog = session.catalog
        let cases = ids.map { CaseFacts(dataset.factRow(key: $0)!, catalog: catalog) }
        let comparison = CaseComparison(cases: cases, facets: facets.isEmpty ? CaseFacts.defaultFacets : facets)
        let mode = session.settings.mode
        switch mode {
        case .csv, .tsv, .json, .line:
            session.emit(comparison.table(spreadsheet: true))
            if mode == .line { session.emit(text: comparison.sentence + "\n") }
        case .markdown:
            session.emit(comparison.table(spreadsheet: false))
            session.emit(text: "\n" + comparison.sentence + "\n")
        case .box, .table:
            let table = comparison.table(spreadsheet: false)
            let style = session.resultStyle
            if style.colored {
                // Every facet stays on screen: the rows marked ≠ are what compare is for.
                let options = session.screenOptions(limited: false)
                let text = TableRenderer.render(table, options)
                session.lastResult = table
                // Only the marker column of the grid's rows is painted; the notes stay as they are.
                let painted = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                    guard line.hasPrefix("|") || line.hasPrefix("│"), let mark = line.firstIndex(of: "≠") else { return String(line) }
                    return line[..<mark] + style.paint("≠", .marked) + line[line.index(after: mark)...]
                }
                session.emit(text: painted.joined(separator: "\n"))
            } else {
                session.lastResult = table
                session.emit(table, limited: false)
            }
            session.emit(text: session.screenParagraph(comparison.sentence))
        }
    }

    private func facts(_ facet: String) -> [CaseFact] {
        cases.map { $0.fact(facet) }
    }

    /// Whether the cases' values for a facet are not all the same (unknown counts as a value).
    func differs(_ facet: String) -> Bool {
        Set(facts(facet).map { $0.text ?? "" }).count > 1
    }

    static func label(_ facet: String) -> String {
        CaseFacts.estimates.contains(facet) ? "\(facet) (inferred teaching estimate)" : facet
    }

    /// The cell: the value, whole (a terminal wraps it inside its cell), and "(inferred)" after
    /// a reading PlaceLab concluded (estimates say so in their facet's name).
    private func cell(_ fact: CaseFact, spreadsheet: Bool) -> Value {
        guard var text = fact.text else { return spreadsheet ? .null : .text("unknown") }
        if spreadsheet, fact.isEstimate, let number = Double(text) {
            return Int(exactly: number).map(Value.integer) ?? .number(number)
        }
        if fact.basis == .inferred, !fact.isEstimate { text += " (inferred)" }
        return .text(text)
    }

    /// `spreadsheet`: a `differs` column (true/false) and full values, for csv, tsv, json and
    /// line; otherwise a `≠` marker column.
    func table(spreadsheet: Bool) -> Table {
        let names = cases.map(\.name)
        let columns = spreadsheet ? ["facet"] + names + ["differs"] : ["", "facet"] + names
        let rows: [[Value]] = facets.map { facet in
            let cells = facts(facet).map { cell($0, spreadsheet: spreadsheet) }
            let label = Value.text(CaseComparison.label(facet))
            return spreadsheet ? [label] + cells + [.bool(differs(facet))]
                               : [.text(differs(facet) ? "≠" : "")] + [label] + cells
        }
        var notes = [spreadsheet ? "differs = the cases' values for the facet are not all the same"
                                 : "≠ marks the facets whose values differ"]
        if facets.contains(where: CaseFacts.estimates.contains) {
            notes.append("authority, capacity and value are inferred teaching estimates (0–5) for discussion, not measurements")
        }
        notes.append("(inferred) = PlaceLab's reading of the source; "
                     + (spreadsheet ? "empty" : "unknown") + " = the seeds do not say; \"show CASE --sources\" gives each fact's source")
        if cases.contains(where: { $0.network?.isIllustrative == true }), facets.contains("network") {
            notes.append("(illustrative) networks are built by PlaceLab to show what a source describes only in words; not data")
        }
        return Table(columns: columns, rows: rows, notes: notes)
    }

    /// One plain sentence on what differs most.
    var sentence: String {
        var widest: (facet: String, count: Int)?
        var gap: (facet: String, low: (Double, String), high: (Double, String))?
        for facet in facets {
            let known = zip(cases, facts(facet)).compactMap { place, fact in fact.text.map { (place.name, $0) } }
            if CaseFacts.estimates.contains(facet) {
                let numbers = known.compactMap { name, text in Double(text).map { ($0, name) } }
                guard numbers.count >= 2, let low = numbers.min(by: { $0.0 < $1.0 }),
                      let high = numbers.max(by: { $0.0 < $1.0 }), high.0 > low.0 else { continue }
                if gap == nil || high.0 - low.0 > gap!.high.0 - gap!.low.0 { gap = (facet, low, high) }
            } else {
                let count = Set(known.map(\.1)).count
                if count >= 2, count > (widest?.count ?? 1) { widest = (facet, count) }
            }
        }
        var parts: [String] = []
        if let widest {
            parts.append("\(widest.facet) (\(widest.count) different known values among \(cases.count) cases)")
        }
        if let gap {
            parts.append("the largest gap in the inferred teaching estimates is \(gap.facet), \(Value.format(gap.low.0)) "
                         + "(\(gap.low.1)) against \(Value.format(gap.high.0)) (\(gap.high.1)), a reading, not a measurement")
        }
        guard !parts.isEmpty else {
            return "No facet compared has two different known values for these cases."
        }
        let text = parts.joined(separator: "; ")
        return "What differs most: " + text + "."
    }
}
