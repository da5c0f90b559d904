import PlaceLabCore
import PlaceLabData

/// `diagnose CASE`: reads a case against the lifecycle model — the phase its evidence fits,
/// the corner of the strategic triangle that matters most there, and the risks the model names
/// for that phase and the next transition, each line with its basis.
struct DiagnoseCommand: Command {
    let name = "diagnose"
    let category = CommandCategory.models
    let summary = "read a case against the lifecycle: its phase, key corner and risks"
    let usage = "diagnose CASE"
    let details = """
        Reads one case (its id, name or another name) against the lifecycle model: the phase \
        its evidence fits — the phase the data records and the phrase it rests on, or, when the \
        sources do not place the case, what evidence would place it in each phase; which corner \
        of the strategic triangle (authority, organisational capacity, value) matters most in \
        that phase, from the "lifecycle" dataset's wording; and the risks the model names for \
        that phase and for the transition to the next. Every line ends with its basis: stated \
        or inferred, and the seed it comes from.
        Which corner "matters most" is PlaceLab's reading of the source's wording (for instance \
        "particularly important" over "remains important"), and is marked inferred.
        In csv, tsv, json and line mode the same content is a table, one row per finding.
        """
    let examples = [
        CommandExample("diagnose tower_hamlets", "a case the source places: embedding, the balance of the corners, its risks"),
        CommandExample("diagnose highland", "a case in design & discovery, and the risks of moving on to mobilisation"),
        CommandExample("diagnose bristol", "a case the sources do not place, and what evidence would"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .caseName : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        _ = try invocation.word(0, "a case (an id or name, as in \"diagnose swindon\")")
    }

    /// One line of the diagnosis: what it says and what it rests on.
    private struct Finding {
        let aspect: String
        let text: String
        let basis: String
        let source: String?
        let quote: String?
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        _ = try invocation.word(0, "a case (an id or name, as in \"diagnose swindon\")")
        let place = try session.resolveCase(invocation.words, for: name)
        let phases = try session.requireDataset("lifecycle", for: name).factRows
        let sources = SeedSources(session.catalog.dataset("sources"))
        let index = place.text("phase").flatMap { phase in phases.firstIndex { $0.key == phase } }
        let full = session.wantsTableView
        let findings = index.map { placed(place, phases, $0, sources, full) } ?? unplaced(place, phases, sources, full)
        if session.wantsTableView {
            let rows: [[Value]] = findings.map { finding in
                [.text(finding.aspect), .text(finding.text), .text(finding.basis),
                 finding.source.map(Value.text) ?? .null, finding.quote.map(Value.text) ?? .null]
            }
            session.emit(Table(columns: ["aspect", "finding", "basis", "source", "quote"], rows: rows,
                               notes: ["diagnosis of \(place.title) against the lifecycle model"]))
            return
        }
        let diagram = session.diagram
        var out = diagram.heading("Diagnosis: \(place.title)")
        var last = ""
        for finding in findings {
            if finding.aspect != last {
                out += "\n" + diagram.style.paint(finding.aspect, .strong) + "\n"
                last = finding.aspect
            }
            var cite = finding.basis + (finding.source.map { ", " + $0 } ?? "")
            if let quote = finding.quote { cite += ": “" + quote + "”" }
            out += diagram.item(finding.text + " [" + cite + "]")
        }
        out += "\n" + diagram.paragraph("\"lifecycle \(place.key)\" charts the phases"
                                         + (index == nil ? "; \"cases | where phase is null\" lists the cases not placed."
                                                         : " with this case marked."))
        session.emitDiagram(out)
    }

    private func finding(_ aspect: String, _ text: String, _ row: FactRow, _ column: String,
                         _ sources: SeedSources, quote: Bool = true) -> Finding {
        let fact = row.provenance(column)
        return Finding(aspect: aspect, text: text, basis: fact?.basis.rawValue ?? "not recorded",
                       source: fact.map { sources.id(file: $0.source) }, quote: quote ? fact?.quote : nil)
    }

    private func phaseName(_ phase: FactRow) -> String {
        "phase \(phase.text("number") ?? "?") \(phase.text("name") ?? phase.key)"
    }

    private func placed(_ place: FactRow, _ phases: [FactRow], _ index: Int, _ sources: SeedSources,
                        _ full: Bool) -> [Finding] {
        let phase = phases[index]
        var out: [Finding] = []
        let recorded = place.provenance("phase")?.qualified(phaseName(phase)) ?? phaseName(phase)
        var text = "The data records \(recorded) for this case."
        if let note = place.provenance("phase")?.note { text += " Note: " + note }
        out.append(finding("Phase", text, place, "phase", sources))
        if let stage = place.text("stage_described") {
            out.append(finding("Phase", "The source describes its stage as: \(stage)", place, "stage_described", sources))
        }
        out += corners(phase, sources, full)
        out += risks(phase, "Risks in \(phaseName(phase))", sources)
        if index + 1 < phases.count {
            let next = phases[index + 1]
            let aspect = "Next transition: to \(phaseName(next))"
            if next.value("may_reverse") == .bool(true) {
                out.append(finding(aspect, "At this transition the process may go into reverse.", next, "may_reverse", sources))
            }
            out += risks(next, aspect, sources)
        } else {
            out.append(Finding(aspect: "Next transition", text: "None: \(phaseName(phase)) is the last phase of the model; "
                               + "the risks above are those of staying there.",
                               basis: "stated", source: phase.provenance("number").map { sources.id(file: $0.source) },
                               quote: phase.provenance("number")?.quote))
        }
        return out
    }

    /// The corner that matters most, read from the wording, then each corner's wording.
    private func corners(_ phase: FactRow, _ sources: SeedSources, _ full: Bool) -> [Finding] {
        let aspect = "The strategic triangle in \(phaseName(phase))"
        let lead: String
        switch LifecycleCorners.emphasis(phase) {
        case .leading(let corners):
            lead = "Matters most: " + corners.joined(separator: " and ") + " (PlaceLab's reading of the wording below)."
        case .balanced:
            lead = "No one corner: the model asks for the corners in balance (PlaceLab's reading of the wording below)."
        case .none:
            lead = "No corner stands out: the model describes them all as weak here (PlaceLab's reading of the wording below)."
        }
        var out = [Finding(aspect: aspect, text: lead, basis: "inferred",
                           source: phase.provenance("authority").map { "the wording in lifecycle, from " + sources.id(file: $0.source) },
                           quote: nil)]
        for corner in LifecycleCorners.columns {
            let wording = LifecycleCorners.wording(phase, corner, marked: false, full: full)
            if phase.value(corner).isNull {
                out.append(Finding(aspect: aspect, text: "\(corner): \(wording)", basis: "not recorded", source: nil, quote: nil))
            } else {
                out.append(finding(aspect, "\(corner): \(wording)", phase, corner, sources))
            }
        }
        return out
    }

    private func risks(_ phase: FactRow, _ aspect: String, _ sources: SeedSources) -> [Finding] {
        let risks = phase.list("risks")
        guard !risks.isEmpty else {
            return [Finding(aspect: aspect, text: "The model names no risks for \(phaseName(phase)).",
                            basis: "not recorded", source: nil, quote: nil)]
        }
        return risks.enumerated().map { offset, risk in
            finding(aspect, risk, phase, "risks", sources, quote: offset == 0)
        }
    }

    private func unplaced(_ place: FactRow, _ phases: [FactRow], _ sources: SeedSources, _ full: Bool) -> [Finding] {
        let first = phases.first?.provenance("summary").map { sources.id(file: $0.source) }
        let study = place.text("study").map { "its study, \($0), gives no phase" } ?? "no phase is recorded"
        var out = [Finding(aspect: "Phase", text: "The sources do not place this case in the lifecycle (\(study)), "
                           + "so no corner of the triangle or risk of the model can be read for it.",
                           basis: "not recorded", source: nil, quote: nil)]
        if let stage = place.text("stage_described") {
            out.append(finding("Phase", "The source describes its stage only as: \(stage)", place, "stage_described", sources))
        }
        for phase in phases {
            let signs = phase.text("summary") ?? phase.text("drivers") ?? "not described"
            let column = phase.text("summary") != nil ? "summary" : "drivers"
            out.append(Finding(aspect: "What evidence would place it", text: "\(phaseName(phase)): "
                               + (full ? signs : ModelText.cut(signs, to: 150)),
                               basis: phase.provenance(column)?.basis.rawValue ?? "not recorded",
                               source: phase.provenance(column).map { sources.id(file: $0.source) } ?? first, quote: nil))
        }
        return out
    }
}
