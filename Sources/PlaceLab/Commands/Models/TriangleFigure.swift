import PlaceLabCore
import PlaceLabLanguage
import PlaceLabRender

/// The session's data as the figure that `plot` draws.
extension TriangleSVG {
    /// The figure for `plot triangle` with these words, each a phase or a case; no words means
    /// every phase. Throws a did-you-mean for a name that is neither, and when a case has no
    /// estimates to draw.
    static func plotting(_ words: [Word], in session: Session) throws -> TriangleSVG {
        let corners = try session.requireDataset("triangle", for: "plot").factRows.map {
            Corner(id: $0.key, name: $0.text("name") ?? $0.key)
        }
        let phases = try session.requireDataset("lifecycle", for: "plot")
        let cases = try session.requireDataset("cases", for: "plot")
        let phaseIDs = Set(phases.factRows.map(\.key))
        let lookup = TopicLookup(entries: TopicLookup(phases, nameColumn: "name").entries
                                     + TopicLookup(cases, nameColumn: "name").entries)
        var rows: [FactRow] = words.isEmpty ? phases.factRows : []
        for word in words {
            let id = try lookup.resolve([word], kind: "phase or case", plural: "phases and cases")
            let row = phaseIDs.contains(id) ? phases.factRow(key: id)! : cases.factRow(key: id)!
            if rows.contains(where: { $0.key == row.key }) { continue }
            if !phaseIDs.contains(id), corners.allSatisfy({ row.value($0.id).asDouble == nil }) {
                let estimated = cases.factRows.filter { row in corners.contains { row.value($0.id).asDouble != nil } }
                throw Diagnostic("\(row.title) has no teaching estimates of \(corners.map(\.id).joined(separator: ", ")) "
                                 + "in the data, so there is nothing to draw", at: word.span,
                                 help: "cases with estimates: " + estimated.map(\.key).joined(separator: ", "))
            }
            guard rows.count < SVGStyle.palette.count else {
                throw Diagnostic("plot triangle draws at most \(SVGStyle.palette.count) phases and cases at a time",
                                 at: word.span, help: "plot the rest to another file")
            }
            rows.append(row)
        }
        let sources = SeedSources(session.catalog.dataset("sources"))
        let shapes = rows.map { phaseIDs.contains($0.key) ? phaseShape($0, corners) : caseShape($0, corners) }
        let files = rows.flatMap { row in corners.compactMap { row.provenance($0.id)?.source } }
        var seen = Set<String>()
        let cited = files.filter { seen.insert($0).inserted }.map(sources.citation)
        return TriangleSVG(corners: corners, shapes: shapes,
                           subject: words.isEmpty ? "the \(ModelText.count(shapes.count)) phases of the lifecycle" : nil,
                           sources: cited, scale: LifecycleCorners.scale)
    }

    private static func phaseShape(_ phase: FactRow, _ corners: [Corner]) -> Shape {
        let levels = corners.map { LifecycleCorners.weight(phase.text($0.id)).map(Double.init) }
        let details = zip(corners, levels).map { corner, level in
            corner.name + (level.map { " " + Value.format($0) } ?? "") + " · " + LifecycleCorners.wording(phase, corner.id)
        }
        let name = phase.text("name") ?? phase.key
        return Shape(name: name, title: "Phase \(phase.text("number") ?? "?") · \(name)",
                     kind: .phase, levels: levels, details: details)
    }

    private static func caseShape(_ place: FactRow, _ corners: [Corner]) -> Shape {
        let levels = corners.map { place.value($0.id).asDouble }
        let details = zip(corners, levels).map { corner, level in
            corner.name + " " + (level.map { TriangleSVG.levelText($0) + " of 5" } ?? "· no estimate")
        }
        let name = place.text("name") ?? place.key
        return Shape(name: name, title: name + " (inferred)", kind: .estimate, levels: levels, details: details)
    }
}
