import Foundation
import PlaceLabCore
import PlaceLabRender

/// `lifecycle [CASE]`: the phases of local social innovation as a chart of value over time,
/// with the strategic triangle's corners phase by phase; with a case, its phase marked.
struct LifecycleCommand: Command {
    let name = "lifecycle"
    let category = CommandCategory.models
    let summary = "chart the innovation lifecycle and the triangle's corners, or a case's phase"
    let usage = "lifecycle [CASE]"
    let details = """
        With no case, charts the phases of the "lifecycle" dataset in their order (0–4): value \
        for the public rising over time through the phases — the curve's shape is the source's \
        figure redrawn, not data — and under it, for each phase, how much each corner of the \
        strategic triangle (authority, organisational capacity, value) matters, in the source's \
        words shortened, and that at each transition the process may go into reverse.
        With a case (its id, name or another name), marks the case's recorded phase on the \
        chart with the phrase it rests on, or says plainly that the sources do not place it.
        The chart fits 80 columns: box-drawing characters in box mode, ASCII otherwise. In csv, \
        tsv, json and line mode the same content is a table, one row per phase. \
        "lifecycle | …" still queries the dataset itself.
        """
    let examples = [
        CommandExample("lifecycle", "the five phases charted, with the corners of the triangle in each"),
        CommandExample("lifecycle tower hamlets", "the chart with one case's phase marked"),
        CommandExample("lifecycle | select number, name, authority", "the dataset itself, queried"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .caseName : .none
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let phases = try session.requireDataset("lifecycle", for: name).factRows
        let place = invocation.words.isEmpty ? nil : try session.resolveCase(invocation.words, for: name)
        let sources = SeedSources(session.catalog.dataset("sources"))
        let marked = place?.text("phase").flatMap { phase in phases.firstIndex { $0.key == phase } }
        if session.wantsTableView {
            session.emit(table(phases, place, marked, sources))
            return
        }
        let diagram = session.diagram
        var out = diagram.heading("The lifecycle of local social innovation"
                                  + (place.map { ": \($0.title)" } ?? "")) + "\n"
        out += LifecycleChart(phases: phases, marked: marked, glyphs: diagram.glyphs, width: diagram.width).text
        out += diagram.paragraph("Value for the public over time (left to right), through the phases in order. "
                                 + "The curve's shape redraws the source's lifecycle figure: it is not data. "
                                 + "Only the order of the phases comes from \"lifecycle\".")
        if let place {
            out += "\n"
            if let marked {
                out += diagram.field("\(place.text("name") ?? place.key):",
                                     "\(diagram.glyphs.marker) phase \(phases[marked].text("number") ?? "?") "
                                     + (place.provenance("phase")?.qualified(phases[marked].text("name") ?? phases[marked].key)
                                        ?? phases[marked].text("name") ?? phases[marked].key), labelWidth: 16)
                out += diagram.field("Basis:", place.citeQuote("phase", sources), labelWidth: 16)
                if let note = place.provenance("phase")?.note { out += diagram.field("Why:", note, labelWidth: 16) }
            } else {
                out += diagram.paragraph("The sources do not place \(place.title) in the lifecycle, so no phase "
                                         + "is marked. \"diagnose \(place.key)\" says what evidence would.")
            }
        }
        out += "\n" + diagram.heading("The strategic triangle, phase by phase")
        out += diagram.paragraph("How much each corner matters, in the source's words shortened "
                                 + "(\"mode csv\" shows them whole).")
        for (index, phase) in phases.enumerated() {
            let mark = index == marked ? "  " + diagram.glyphs.marker + " " + (place?.key ?? "") : ""
            out += "\n" + diagram.style.paint("\(phase.text("number") ?? "?") \(phase.text("name") ?? phase.key)", .strong)
                + mark + "\n"
            for corner in LifecycleCorners.columns {
                out += diagram.field(corner + ":", LifecycleCorners.wording(phase, corner), indent: 4)
            }
        }
        out += "\n" + diagram.paragraph(LifecycleCommand.reverseNote(phases, sources))
        let files = Set(phases.compactMap { $0.provenance("name")?.source }).sorted()
        out += files.map { diagram.paragraph("Source: " + sources.reference(file: $0)) }.joined()
        session.emitDiagram(out)
    }

    /// "At each transition the process may go into reverse", from the phases' `may_reverse`.
    static func reverseNote(_ phases: [FactRow], _ sources: SeedSources) -> String {
        let reversible = phases.filter { $0.value("may_reverse") == .bool(true) }
        guard let first = reversible.first else { return "The data records no transition that may go into reverse." }
        let into = reversible.count == phases.count - 1 ? "At each transition" :
            "At the transitions into " + reversible.map { $0.text("name") ?? $0.key }.joined(separator: ", ")
        return into + " the process may go into reverse [\(first.citeQuote("may_reverse", sources))]."
    }

    private func table(_ phases: [FactRow], _ place: FactRow?, _ marked: Int?, _ sources: SeedSources) -> Table {
        var columns = ["number", "phase", "name", "authority", "capacity", "value", "may_reverse", "source"]
        if place != nil { columns.append("case_here") }
        let rows: [[Value]] = phases.enumerated().map { index, phase in
            var row: [Value] = [phase.value("number"), .text(phase.key), phase.marked("name")]
            row += LifecycleCorners.columns.map { phase.marked($0) }
            row += [phase.value("may_reverse"), phase.provenance("name").map { .text(sources.id(file: $0.source)) } ?? .null]
            if place != nil { row.append(.bool(index == marked)) }
            return row
        }
        var notes = ["authority, capacity, value: how much each corner of the strategic triangle matters, "
                     + "in PlaceLab's words; \"(inferred)\" marks PlaceLab's reading"]
        if let place {
            let hedge = place.provenance("phase")?.qualifier.map { ", with the source's hedge: \($0)" } ?? ""
            notes.append(marked != nil ? "case_here: the phase of \(place.title)\(hedge) [\(place.citeQuote("phase", sources))]"
                                       : "the sources do not place \(place.title) in the lifecycle")
        }
        return Table(columns: columns, rows: rows, notes: notes)
    }
}

/// The corners of the strategic triangle as the lifecycle describes them, phase by phase.
enum LifecycleCorners {
    static let columns = ["authority", "capacity", "value"]

    /// The corner's wording for the phase, shortened, marked when inferred or not described.
    /// `full` keeps the whole wording, for tables that export.
    static func wording(_ phase: FactRow, _ corner: String, marked: Bool = true, full: Bool = false) -> String {
        guard let text = phase.text(corner) else { return "not described (the source says nothing here)" }
        return (full ? text : short(text)) + (marked && phase.isInferred(corner) ? " (inferred)" : "")
    }

    /// The wording's head clause ("particularly important" of "particularly important — above
    /// all …"), or the wording cut at a word when it has no separate head.
    static func short(_ text: String) -> String {
        let separators = [" — ", "; ", ": "]
        let heads = separators.compactMap { text.range(of: $0)?.lowerBound }
        if let end = heads.min() { return String(text[..<end]) }
        return ModelText.cut(text, to: 60)
    }

    /// How strongly the wording says the corner matters, 1 (weak) to 5: PlaceLab's reading of
    /// the source's words, the first phrase found deciding ("reduces in importance" before
    /// "important"). The same scale draws the phases in `plot triangle`.
    static let strengths: [(phrase: String, weight: Int)] = [
        ("reduces in importance", 1), ("even more critical", 5), ("particularly important", 5), ("critical", 4),
        ("greater need", 4), ("remains important", 3), ("important", 3), ("in balance", 3),
        ("begins to be created", 2), ("has to be created", 1), ("limited", 1), ("little", 1),
    ]

    /// What each step of the scale stands for, for a legend.
    static let scale: [(weight: Int, words: String)] = [
        (1, "limited, little, reducing or still to be built"), (2, "beginning"), (3, "important or in balance"),
        (4, "critical, a greater need"), (5, "particularly important, even more critical"),
    ]

    /// The wording's place on the 1–5 scale; nil when it is missing or uses none of the phrases.
    static func weight(_ text: String?) -> Int? {
        guard let text = text?.lowercased() else { return nil }
        return strengths.first { text.contains($0.phrase) }?.weight
    }

    enum Emphasis: Equatable {
        /// One or more corners ranked above the rest.
        case leading([String])
        /// Every described corner equally: the balance of embedding.
        case balanced
        /// No corner described as mattering: the latent phase.
        case none
    }

    static func emphasis(_ phase: FactRow) -> Emphasis {
        let weights = columns.map { (corner: $0, weight: weight(phase.text($0))) }
        let known = weights.compactMap { entry in entry.weight.map { (entry.corner, $0) } }
        // Only the weakest step everywhere (the latent phase) ranks nothing.
        guard let top = known.map(\.1).max(), top > 1 else { return .none }
        let leaders = known.filter { $0.1 == top }.map(\.0)
        if leaders.count == known.count, known.count > 1 { return .balanced }
        return .leading(leaders)
    }
}

/// Value over time through the phases, drawn in at most `width` columns: an S-shaped rise (the
/// source's figure redrawn, not data) with the phases marked 0–4 along the time axis.
struct LifecycleChart {
    let phases: [FactRow]
    let marked: Int?
    let glyphs: TextDiagram.Glyphs
    /// The columns the chart may take.
    var width = TextDiagram.width

    private let axis = 6
    private let height = 8

    var text: String {
        let count = max(phases.count, 1)
        let segment = (width - axis - 2) / count
        let plot = segment * count
        let level: [Int] = (0..<plot).map { x in
            let t = (Double(x) + 0.5) / Double(plot)
            return Int(clamping: LifecycleCurve.value(at: t, phases: count) * Double(height - 1) + 0.5, to: 0...height - 1)
        }
        var grid = Array(repeating: Array(repeating: " ", count: plot), count: height)
        for x in 0..<plot {
            let low = x > 0 ? min(level[x], level[x - 1] + 1) : level[x]
            for y in low...level[x] { grid[height - 1 - y][x] = glyphs.point }
        }
        for boundary in 1..<count {
            let x = boundary * segment
            for row in 0..<height where grid[row][x] == " " { grid[row][x] = glyphs.divider }
        }
        if let marked {
            let x = marked * segment + segment / 2
            grid[height - 1 - level[x]][x] = glyphs.marker
        }
        var out = String(repeating: " ", count: axis) + glyphs.up + " value for the public\n"
        for row in grid {
            out += String(repeating: " ", count: axis) + (glyphs.vertical + row.joined()).trimmingTrailingSpaces + "\n"
        }
        var base = Array(repeating: glyphs.horizontal, count: plot)
        for boundary in 1..<count { base[boundary * segment] = glyphs.tick }
        out += String(repeating: " ", count: axis) + glyphs.axisCorner + base.joined() + glyphs.arrow + "\n"
        var numbers = Array(repeating: " ", count: plot)
        for (index, phase) in phases.enumerated() {
            // On a narrow window the segments are too short for "Phase N": the number alone.
            let label = (segment > 7 ? "Phase " : "") + (phase.text("number") ?? String(index))
            let start = index * segment + max(0, (segment - label.count) / 2)
            for (offset, character) in label.enumerated() where start + offset < plot {
                numbers[start + offset] = String(character)
            }
        }
        out += String(repeating: " ", count: axis + 1) + numbers.joined().trimmingTrailingSpaces + "\n"
        // Names wrapped to their segment, on as many lines as the longest needs (at most two).
        // When a name has a word too long for its segment (a narrow window), the names go in
        // a key under the axis instead, so no word is broken.
        let names = phases.map { $0.text("name") ?? $0.key }
        let labels = names.map { TextWrap.wrap($0, width: segment - 1) }
        if labels.contains(where: { $0.count > 2 }) || names.contains(where: { TextWrap.longestWord($0) > segment - 1 }) {
            let key = zip(phases, names).enumerated().map { index, pair in
                "\(pair.0.text("number") ?? String(index))\u{A0}\(pair.1)"
            }.joined(separator: "\u{A0}· ")  // the dot stays with the name before it
            if let marked {
                var pointer = Array(repeating: " ", count: plot)
                pointer[marked * segment + segment / 2] = glyphs.up
                out += String(repeating: " ", count: axis + 1) + pointer.joined().trimmingTrailingSpaces + "\n"
            }
            out += TextWrap.wrap(key, width: width - axis - 1).map { String(repeating: " ", count: axis + 1) + $0 + "\n" }.joined()
            return out + "\n"
        }
        for line in 0..<(labels.map(\.count).max() ?? 0) {
            var names = Array(repeating: " ", count: plot + 1)
            for (index, label) in labels.enumerated() where line < label.count {
                let text = label[line]
                let start = index * segment + max(0, (segment - DisplayWidth.of(text) + 1) / 2)
                for (offset, character) in text.enumerated() where start + offset <= plot {
                    names[start + offset] = String(character)
                }
            }
            out += String(repeating: " ", count: axis + 1) + names.joined().trimmingTrailingSpaces + "\n"
        }
        if let marked {
            var pointer = Array(repeating: " ", count: plot)
            pointer[marked * segment + segment / 2] = glyphs.up
            out += String(repeating: " ", count: axis + 1) + pointer.joined().trimmingTrailingSpaces + "\n"
        }
        return out + "\n"
    }
}

private extension String {
    var trimmingTrailingSpaces: String {
        var out = self
        while out.last == " " { out.removeLast() }
        return out
    }
}
