import PlaceLabCore

/// The stated/inferred marks of bundled data, carried through a query: `with basis` shows
/// them as columns, and a value the source hedges gets a note under the result.
extension Frame {
    /// The suffix of the column `with basis` adds after each field that carries provenance.
    static let basisSuffix = "_basis"

    /// Keeps the provenance of the items that are plain fields (`select name, p = phase`),
    /// for the rows this frame had selected; computed items carry none.
    mutating func keepProvenance(of items: [Expression], from source: Frame) {
        for (index, item) in items.enumerated() {
            guard case .field(let name, _) = item, let facts = source.provenance[name.lowercased()] else { continue }
            provenance[names[index].lowercased()] = source.rows.map { facts[$0] }
        }
        if !provenance.isEmpty { rowKeys = source.rowKeys.map { keys in source.rows.map { keys[$0] } } }
    }

    /// The frame with a `FIELD_basis` column after each field whose values carry provenance:
    /// `stated`, `inferred` or `illustrative`, with the source's hedge when it has one
    /// (`stated (some signs)`, so an export keeps it), null where the value is unknown.
    package func withBasis(origin: String, at span: Span) throws -> Frame {
        let compact = compacted()
        guard compact.names.contains(where: { compact.provenance[$0.lowercased()] != nil }) else {
            throw Diagnostic("no field of \(origin) carries a stated/inferred mark", at: span,
                             help: "the bundled datasets carry them; put with basis before select of computed fields, group, aggregate or join")
        }
        var names: [String] = []
        var types: [ValueType] = []
        var columns: [[Value]] = []
        var flags: [Bool] = []
        let taken = Set(compact.names.map { $0.lowercased() })
        for (index, name) in compact.names.enumerated() {
            names.append(name)
            types.append(compact.types[index])
            columns.append(compact.columns[index].values)
            flags.append(compact.isInferred(index))
            let basisName = name + Frame.basisSuffix
            guard let facts = compact.provenance[name.lowercased()], !taken.contains(basisName.lowercased()) else { continue }
            names.append(basisName)
            types.append(.text)
            columns.append(zip(compact.columns[index], facts).map { value, fact in
                guard !value.isNull, let fact else { return .null }
                return .text(fact.qualified(fact.basis.rawValue))
            })
            flags.append(false)
        }
        var frame = Frame(names: names, types: types, columns: columns, notes: compact.notes)
        frame.markInferred(flags)
        frame.provenance = compact.provenance
        frame.rowKeys = compact.rowKeys
        return frame
    }

    /// "tower_hamlets phase: embedding (some signs), the source's hedge" for each value shown
    /// whose source hedges it, so a query never shows a hedged value bare.
    func hedgeNotes() -> [String] {
        var notes: [String] = []
        for (index, name) in names.enumerated() {
            guard let facts = provenance[name.lowercased()] else { continue }
            for (position, row) in rows.enumerated() {
                guard let fact = facts[row], fact.qualifier != nil, !columns[index][row].isNull else { continue }
                let who = rowKeys.map { $0[row].plainText } ?? "row \(position + 1)"
                notes.append("\(who) \(name): \(fact.qualified(columns[index][row].plainText)), the source's hedge")
            }
        }
        return notes
    }
}
