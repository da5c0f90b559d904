/// Writes a table to a file as the csv, tsv and json modes print it, so that `load` reads it
/// back with the same columns and values.
///
/// Notes that say the rows come from an illustrative network go with them: in csv and tsv a
/// last column `illustrative_note` holds the note (several notes joined by " / ") on every
/// row; json has it as a top-level "note", as the json mode prints it. `load` turns either
/// back into the note.
public enum TableWriter {
    public static func text(_ table: Table, as format: ExportFormat) -> String {
        switch format {
        case .tsv: return DelimitedRenderer.tsv(noted(table))
        case .json: return JSONRenderer.render(table)
        default: return DelimitedRenderer.csv(noted(table))
        }
    }

    /// The table with its illustrative notes as a column.
    static func noted(_ table: Table) -> Table {
        let notes = table.notes.filter { $0.hasPrefix(Network.illustrativePrefix) }
            .map { String($0.dropFirst(Network.illustrativePrefix.count)) }
        guard !notes.isEmpty, !table.columnNames.contains(Dataset.illustrativeNoteColumn) else { return table }
        let note = Value.text(notes.joined(separator: " / "))
        return Table(columns: table.columnNames + [Dataset.illustrativeNoteColumn],
                     rows: table.rows.map { $0 + [note] }, notes: table.notes)
    }
}
