import PlaceLabCore

/// Writes a table to a file as the csv, tsv and json modes print it, so that `load` reads it
/// back with the same columns and values.
///
/// Notes that say the rows come from an illustrative network go with them: in csv and tsv a
/// last column `illustrative_note` holds the note (several notes joined by " / ") on every
/// row; json has it as a top-level "note", as the json mode prints it. `load` turns either
/// back into the note.
public enum TableWriter {
    public static func text(_ table: Table, as format: ExportFormat) throws -> String {
        switch format {
        case .tsv: return try ianaTSV(noted(table))
        case .json: return JSONRenderer.render(table)
        default: return DelimitedRenderer.csv(noted(table))
        }
    }

    /// The table with its illustrative notes as a column.
    package static func noted(_ table: Table) -> Table {
        let notes = table.notes.filter { $0.hasPrefix(Network.illustrativePrefix) }
            .map { String($0.dropFirst(Network.illustrativePrefix.count)) }
        guard !notes.isEmpty, !table.columnNames.contains(Dataset.illustrativeNoteColumn) else { return table }
        let note = Value.text(notes.joined(separator: " / "))
        return Table(columns: table.columnNames + [Dataset.illustrativeNoteColumn],
                     rows: table.rows.map { $0 + [note] }, notes: table.notes)
    }

    /// TSV as IANA registers it (see `TSVField`): a value holding a tab or a line break, or
    /// starting with a quote, is refused, naming its row and column, rather than escaped or
    /// quoted in a way other programs (pandas, R, spreadsheets) would read differently.
    static func ianaTSV(_ table: Table) throws -> String {
        let names = table.columnNames
        for (index, name) in names.enumerated() {
            guard let problem = TSVField.problem(in: name) else { continue }
            throw Diagnostic("column \(index + 1)'s name \"\(name.debugDescription.dropFirst().dropLast())\" holds \(problem), which TSV cannot hold as it is",
                             help: "rename the column with select, or export to .csv, which quotes it")
        }
        var out = names.joined(separator: "\t") + "\n"
        for (rowIndex, row) in table.rows.enumerated() {
            var cells: [String] = []
            for index in names.indices {
                let text = index < row.count ? row[index].plainText : ""
                if let problem = TSVField.problem(in: text) {
                    throw Diagnostic("row \(rowIndex + 1), column \"\(names[index])\" holds \(problem), which TSV cannot hold as it is",
                                     help: "export to .csv, which quotes such values, or replace it in the query")
                }
                cells.append(text)
            }
            out += cells.joined(separator: "\t") + "\n"
        }
        return out
    }
}
