import PlaceLabCore
import PlaceLabLanguage
import PlaceLabRender

/// The session's data as the figure that `plot` draws.
extension LifecycleSVG {
    /// The figure for `plot lifecycle` with these words, each a case; no words means every case.
    /// Throws a did-you-mean for a name that is not a case.
    static func plotting(_ words: [Word], in session: Session) throws -> LifecycleSVG {
        let phaseRows = try session.requireDataset("lifecycle", for: "plot").factRows
        let cases = try session.requireDataset("cases", for: "plot")
        let lookup = TopicLookup(cases, nameColumn: "name")
        var rows: [FactRow] = words.isEmpty ? cases.factRows : []
        let phaseLookup = TopicLookup(try session.requireDataset("lifecycle", for: "plot"), nameColumn: "name")
        for word in words {
            if case .notFound = lookup.find(word.text), case .found(let phase) = phaseLookup.find(word.text) {
                throw Diagnostic("\"\(word.text)\" is a phase: plot lifecycle draws every phase, and takes cases",
                                 at: word.span, help: "plot triangle \(phase) to \(phase).svg draws the phase's triangle")
            }
            let id = try lookup.resolve([word], kind: "case")
            if !rows.contains(where: { $0.key == id }) { rows.append(cases.factRow(key: id)!) }
        }
        var placed: [Placed] = []
        var unplaced: [String] = []
        for row in rows {
            let name = row.text("name") ?? row.key
            if let phase = row.text("phase"), let index = phaseRows.firstIndex(where: { $0.key == phase }) {
                // A hedged phase keeps its hedge on the figure: "Tower Hamlets (some signs)".
                placed.append(Placed(name: row.provenance("phase")?.qualified(name) ?? name, phase: index,
                                     inferred: row.isInferred("phase")))
            } else {
                unplaced.append(name)
            }
        }
        let sources = SeedSources(session.catalog.dataset("sources"))
        let files = phaseRows.compactMap { $0.provenance("name")?.source } + rows.compactMap { $0.provenance("phase")?.source }
        var seen = Set<String>()
        let cited = files.filter { seen.insert($0).inserted }.map(sources.citation)
        let phases = phaseRows.enumerated().map { index, row in
            Phase(number: row.text("number") ?? String(index), name: row.text("name") ?? row.key)
        }
        let subject = words.isEmpty ? nil : rows.map { $0.text("name") ?? $0.key }.joined(separator: ", ")
        return LifecycleSVG(phases: phases, placed: placed, unplaced: unplaced, subject: subject,
                            notes: [LifecycleCommand.reverseNote(phaseRows, sources)], sources: cited)
    }
}
