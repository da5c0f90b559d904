import PlaceLabCore

/// What `actions` and `factors` share: a short bundled list from one study, shown whole, or
/// filtered to what a case's data records (a `…_seen` column of `cases`, if one is ever added).
struct ModelList: Sendable {
    /// The dataset and command name: `actions`.
    let dataset: String
    /// `leadership actions`, `critical factors`.
    let plural: String
    /// The `cases` column that would list a case's entries, with evidence: `actions_seen`.
    let seenColumn: String

    func run(_ invocation: Invocation, in session: Session) throws {
        let list = try session.requireDataset(dataset, for: dataset)
        let sources = SeedSources(session.catalog.dataset("sources"))
        guard !invocation.words.isEmpty else {
            session.emit(overview(list, sources))
            return
        }
        let cases = try session.requireDataset("cases", for: dataset)
        let id = try TopicLookup(cases, nameColumn: "name").resolve(invocation.words, kind: "case")
        let place = cases.factRow(key: id)!
        let seen = place.list(seenColumn)
        if seen.isEmpty {
            session.emit(text: nothingRecorded(place, list, sources, width: session.diagramWidth))
        } else {
            session.emit(recorded(seen, place, list, sources))
        }
    }

    private func overview(_ list: Dataset, _ sources: SeedSources) -> Table {
        var notes = [list.title ?? list.name]
        var files: [String] = []
        let rows: [[Value]] = list.factRows.map { row in
            let file = row.provenance("name")?.source
            if let file, !files.contains(file) { files.append(file) }
            notes += ["name", "description"].compactMap { row.footnote($0) }
            return [row.value("order"), .text(row.key), row.marked("name"), row.value("description"),
                    row.provenance("description").map { .text($0.basis.rawValue) } ?? .null,
                    file.map { .text(sources.id(file: $0)) } ?? .null]
        }
        notes += files.map { "source " + sources.reference(file: $0) }
        notes.append("\"\(dataset) CASE\" shows what a case's data records")
        return Table(columns: ["#", "id", "name", "description", "basis", "source"], rows: rows, notes: notes + list.notes)
    }

    private func recorded(_ seen: [String], _ place: FactRow, _ list: Dataset, _ sources: SeedSources) -> Table {
        let fact = place.provenance(seenColumn)
        let rows: [[Value]] = seen.map { key in
            let row = list.factRow(key: key)
            return [row?.value("order") ?? .null, .text(key), row?.marked("name") ?? .null,
                    fact.map { .text("“\($0.quote)”") } ?? .null,
                    fact.map { .text(sources.id(file: $0.source)) } ?? .null,
                    fact.map { .text($0.basis.rawValue) } ?? .null]
        }
        var notes = ["\(plural) recorded for \(place.text("name") ?? place.key) (\(place.key))"]
        if let footnote = place.footnote(seenColumn) { notes.append(footnote) }
        if let file = fact?.source { notes.append("source " + sources.reference(file: file)) }
        return Table(columns: ["#", "id", "name", "evidence", "source", "basis"], rows: rows,
                     notes: notes + place.dataset.notes + list.notes)
    }

    private func nothingRecorded(_ place: FactRow, _ list: Dataset, _ sources: SeedSources, width: Int) -> String {
        let who = "\(place.text("name") ?? place.key) (\(place.key))"
        let listStudy = list.factRows.first?.provenance("name").map { sources.id(file: $0.source) }
        let caseStudy = place.text("study")
        let all = "The \(ModelText.count(list.rowCount)) \(plural) (see \"\(dataset)\")"
        var out: String
        if let listStudy, listStudy == caseStudy {
            let group = place.text("kind") == "unnamed_group"
            out = "The data records no \(plural) for \(who) in particular. \(all) are what its study, \(listStudy), "
                + (group ? "concludes from this group of cases as a whole; it does not say which were seen where."
                         : "found across its cases together; it does not say which were seen in this one.")
        } else {
            out = "The sources record no \(plural) for \(who): none of them is linked to this case. "
                + "\(all) come from \(listStudy ?? "a source not recorded"); this case comes from "
                + "\(caseStudy ?? "a study not recorded")."
        }
        let file = "my_\(dataset).csv"
        let hint = "To record your own reading, keep it in a dataset of your own: for instance \(file), with "
            + "the columns case, \(dataset == "actions" ? "action" : "factor"), evidence, source. Then:"
        let after = "datasets/README.md describes the formats, and how a YAML file gives each value its source, "
            + "quote and basis."
        return ModelText.wrap(out, width: width) + "\n" + ModelText.wrap(hint, width: width)
            + "    placelab> load \(file)\n    placelab> my_\(dataset) | where case == \"\(place.key)\"\n"
            + ModelText.wrap(after, width: width)
    }
}
