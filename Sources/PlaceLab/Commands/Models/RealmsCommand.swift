import PlaceLabCore

/// `realms [CASE]`: the three realms of civic leadership and their overlaps (the innovation
/// zones) as a text diagram; with a case, which realms lead there and which zones are active.
struct RealmsCommand: Command {
    let name = "realms"
    let category = CommandCategory.models
    let summary = "draw the three realms of civic leadership and their overlaps, or a case's"
    let usage = "realms [CASE]"
    let details = """
        With no case, draws the realms of civic leadership from the "realms" dataset as boxes, \
        each with where its legitimacy comes from, and lists their overlaps, the innovation \
        zones, from "zones". The source's Figure A, which draws the overlaps, is not in the \
        seeds, so which overlaps count as zones is PlaceLab's reading, and says so.
        With a case (its id, name or another name), the realms its data records are drawn with \
        double lines, with the phrase that record rests on, and the zones are those whose \
        realms are all among the case's.
        In csv, tsv, json and line mode the same content is a table: one row per realm and zone. \
        "realms | …" still queries the dataset itself.
        """
    let examples = [
        CommandExample("realms", "the three realms, their legitimacy and the zones where they overlap"),
        CommandExample("realms swindon", "the realms that lead in one case, and its active zones"),
        CommandExample("realms | select id, legitimacy", "the dataset itself, queried"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .caseName : .none
    }

    private struct Content {
        let realms: [FactRow]
        let zones: [FactRow]
        let place: FactRow?
        let sources: SeedSources

        var leading: [String] { place?.list("realms") ?? [] }

        func isActive(_ zone: FactRow) -> Bool {
            let needed = zone.list("realms")
            return place != nil && !needed.isEmpty && needed.allSatisfy(leading.contains)
        }

        func realmName(_ id: String) -> String {
            realms.first { $0.key == id }?.text("name") ?? id
        }
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let realms = try session.requireDataset("realms", for: name)
        let zones = try session.requireDataset("zones", for: name)
        let place = invocation.words.isEmpty ? nil : try session.resolveCase(invocation.words, for: name)
        let content = Content(realms: realms.factRows, zones: zones.factRows, place: place,
                              sources: SeedSources(session.catalog.dataset("sources")))
        if session.wantsTableView {
            session.emit(table(content))
        } else {
            session.emitDiagram(text(content, session.diagram))
        }
    }

    private func text(_ content: Content, _ diagram: TextDiagram) -> String {
        let place = content.place
        var out = diagram.heading(place.map { "Realms of civic leadership in \($0.title)" }
                                  ?? "The \(ModelText.count(content.realms.count)) realms of civic leadership")
        out += "\n"
        out += diagram.boxes(content.realms.map { realm in
            var body: [String] = []
            if place != nil { body.append(content.leading.contains(realm.key) ? "* LEADS in this case" : "(not recorded here)") }
            body.append("legitimacy: " + shortLegitimacy(realm))
            return (title: realm.text("name") ?? realm.key, body: body, heavy: content.leading.contains(realm.key))
        })
        if place == nil {
            out += "\n" + diagram.heading("Where each realm's legitimacy comes from")
            for realm in content.realms {
                out += diagram.item((realm.text("name") ?? realm.key) + ": " + (realm.text("legitimacy") ?? "not recorded")
                                    + " [\(realm.cite("legitimacy", content.sources, note: true))]")
            }
        }
        if let place {
            out += "\n"
            let leading = content.leading
            if leading.isEmpty {
                out += diagram.paragraph("The sources record no realms for \(place.title).")
            } else {
                out += diagram.field("Realms:", leading.map(content.realmName).joined(separator: ", "))
                out += diagram.field("Basis:", place.citeQuote("realms", content.sources))
                if let note = place.provenance("realms")?.note { out += diagram.field("Why:", note) }
            }
        }
        out += "\n"
        let shown = place == nil ? content.zones : content.zones.filter(content.isActive)
        out += diagram.heading(place == nil ? "Where they overlap: the innovation zones"
                                            : "Innovation zones active in \(place!.text("name") ?? place!.key)")
        if place != nil, shown.isEmpty {
            out += diagram.paragraph(content.leading.count < 2
                ? "None: a zone is where two or more realms overlap, and the data records "
                  + (content.leading.isEmpty ? "no realm" : "only one realm") + " for this case."
                : "None of the zones has all its realms among this case's.", indent: 2)
        }
        for zone in shown {
            let realms = zone.list("realms").map(content.realmName).joined(separator: " + ")
            let isZone = zone.value("innovation_zone") == .bool(true)
            out += diagram.item((zone.text("name") ?? zone.key) + " (\(zone.key))" + (isZone ? "" : " — not counted as a zone"))
            out += diagram.field("Realms:", realms, indent: 4, labelWidth: 8)
            out += diagram.field("What:", (zone.text("description") ?? "not recorded")
                                 + " [\(zone.cite("description", content.sources))]", indent: 4, labelWidth: 8)
        }
        out += "\n"
        out += diagram.paragraph(caution(content))
        if place != nil {
            let others = content.zones.count - shown.count
            if others > 0 { out += diagram.paragraph("\"realms\" alone lists all \(plural(content.zones.count, "overlap")).") }
        }
        return out
    }

    /// "Election", "Appointment": the legitimacy up to its first colon, cut short.
    private func shortLegitimacy(_ realm: FactRow) -> String {
        guard let text = realm.text("legitimacy") else { return "not recorded" }
        let head = text.split(separator: ":", maxSplits: 1).first.map(String.init) ?? text
        return ModelText.cut(head, to: 40).lowercased() + (realm.isInferred("legitimacy") ? " (inferred)" : "")
    }

    /// The caution about Figure A, from the zones' own notes.
    private func caution(_ content: Content) -> String {
        let inferred = content.zones.filter { $0.isInferred("innovation_zone") }.count
        let source = content.zones.first?.provenance("innovation_zone").map { content.sources.id(file: $0.source) } ?? "the source"
        guard inferred > 0 else { return "Every overlap listed is an innovation zone as \(source) states it." }
        return "Note: \(source) calls the areas of overlap innovation zones (“"
            + (content.zones.first?.provenance("innovation_zone")?.quote ?? "") + "”), but its Figure A, which "
            + "shows them, is not in the seeds: which overlaps count is inferred (\(inferred) of "
            + "\(content.zones.count) marked inferred in \"zones\")."
    }

    private func table(_ content: Content) -> Table {
        var columns = ["kind", "id", "name", "detail", "basis", "source"]
        if content.place != nil { columns.insert("in_case", at: 3) }
        var rows: [[Value]] = []
        for realm in content.realms {
            var row: [Value] = [.text("realm"), .text(realm.key), realm.marked("name"), realm.marked("legitimacy"),
                                realm.provenance("legitimacy").map { .text($0.basis.rawValue) } ?? .null,
                                realm.provenance("legitimacy").map { .text(content.sources.id(file: $0.source)) } ?? .null]
            if content.place != nil { row.insert(.bool(content.leading.contains(realm.key)), at: 3) }
            rows.append(row)
        }
        for zone in content.zones {
            let detail = zone.list("realms").joined(separator: " + ")
            var row: [Value] = [.text("zone"), .text(zone.key), zone.marked("name"), .text(detail),
                                zone.provenance("innovation_zone").map { .text($0.basis.rawValue) } ?? .null,
                                zone.provenance("innovation_zone").map { .text(content.sources.id(file: $0.source)) } ?? .null]
            if content.place != nil { row.insert(.bool(content.isActive(zone)), at: 3) }
            rows.append(row)
        }
        var notes = [caution(content)]
        if let place = content.place {
            notes.append("in_case: the realm is recorded for \(place.title), or all the zone's realms are")
            if place.provenance("realms") != nil { notes.append("realms of \(place.key): " + place.citeQuote("realms", content.sources)) }
        }
        return Table(columns: columns, rows: rows, notes: notes)
    }
}
