import PlaceLabCore

/// Renders a table in the chosen output mode.
///
/// How each mode shows a null: box, table and line print `null` painted `.muted` (so colour
/// dims it and plain text still shows something); markdown leaves the cell empty; csv and tsv
/// leave the field empty; json writes `null`. Lists read `a, b, c` in text modes and are arrays
/// in json. Rows shorter than the column list are padded with nulls; extra cells are ignored.
public enum TableRenderer {
    public static func render(_ table: Table, _ options: RenderOptions) -> String {
        switch options.mode {
        case .csv: return DelimitedRenderer.csv(table)
        case .tsv: return DelimitedRenderer.tsv(table)
        case .json: return JSONRenderer.render(table)
        case .box, .table, .markdown, .line: break
        }
        // With nothing to lay out, still say so, so a result never prints as silence.
        guard !table.columns.isEmpty else {
            let lines = [options.style.paint("(no columns)", .muted)]
                + Footer.noteLines(table.notes, options)
            return lines.joined(separator: "\n") + "\n"
        }
        let slice = TableSlice(table, maxRows: options.maxRows)
        switch options.mode {
        case .box: return GridRenderer.render(slice, options, frame: .unicode)
        case .table: return GridRenderer.render(slice, options, frame: .ascii)
        case .markdown: return MarkdownRenderer.render(slice, options)
        default: return LineRenderer.render(slice, options)
        }
    }
}
