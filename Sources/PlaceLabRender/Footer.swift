import PlaceLabCore

/// The lines under a table: what was left out, how many rows there were, and the notes.
package enum Footer {
    /// Row counts are worth a line only past this many rows, as in DuckDB.
    static let countThreshold = 20

    /// Footer lines, each painted `.muted` and wrapped (not cut: the hints must stay whole)
    /// to `maxWidth`.
    /// `countRows` adds `(N rows)` when the table is long, cut or empty; an empty table
    /// always gets it, so there is never silence where a result should be.
    static func lines(_ slice: TableSlice, hiddenColumns: Int, _ options: RenderOptions,
                      countRows: Bool = true) -> [String] {
        var lines: [String] = []
        if slice.hiddenRows > 0 {
            lines.append("… \(counted(slice.hiddenRows, "more row")) (`last` shows all)")
        }
        if hiddenColumns > 0 {
            // Named, so "select" can ask for the one that matters.
            let names = slice.columns.suffix(hiddenColumns).map(CellText.singleLine).joined(separator: ", ")
            lines.append("… \(counted(hiddenColumns, "more column")): \(names) (use \"mode line\" or select fewer)")
        }
        let long = slice.totalRows > countThreshold || slice.hiddenRows > 0
        if slice.totalRows == 0 || (countRows && long) {
            lines.append("(\(counted(slice.totalRows, "row")))")
        }
        return lines.flatMap { wrapped($0, prefix: "", indent: "  ", options) }
            + noteLines(slice.notes, options)
    }

    /// Each note as `note: …`; its own lines keep the note's indent, wrapped ones get two spaces.
    package static func noteLines(_ notes: [String], _ options: RenderOptions) -> [String] {
        notes.flatMap { note in
            CellText.lines(note).enumerated().flatMap { index, line in
                wrapped(line, prefix: index == 0 ? "note: " : "      ", indent: "  ", options)
            }
        }
    }

    /// `prefix + text`, wrapped to `maxWidth` with `indent` before continuation lines, muted.
    private static func wrapped(_ text: String, prefix: String, indent: String,
                                _ options: RenderOptions) -> [String] {
        let pieces = options.maxWidth.map { width in
            TextWrap.wrap(prefix + text, width: max(1, width - DisplayWidth.of(indent)), firstWidth: width)
        } ?? [prefix + text]
        return pieces.enumerated().map { index, piece in
            options.style.paint((index == 0 ? "" : indent) + piece, .muted)
        }
    }

    /// "1 row", "2 rows", "0 rows".
    static func counted(_ count: Int, _ noun: String) -> String {
        "\(count) \(noun)\(count == 1 ? "" : "s")"
    }
}
