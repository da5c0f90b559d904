/// Writes a table to a file as the csv, tsv and json modes print it, so that `load` reads it
/// back with the same columns and values.
///
/// Notes that say the rows come from an illustrative network go with them: a last column
/// `illustrative_note` holds the note (several notes joined by " / ") on every row, and
/// `load` turns it back into the note.
public enum TableWriter {
    public static func text(_ table: Table, as format: ExportFormat) -> String {
        let noted = self.noted(table)
        switch format {
        case .tsv: return DelimitedRenderer.tsv(noted)
        case .json: return JSONRenderer.render(noted)
        default: return DelimitedRenderer.csv(noted)
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
