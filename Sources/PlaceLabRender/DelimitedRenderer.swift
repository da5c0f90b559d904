import PlaceLabCore

/// The `csv` and `tsv` modes: a header line, then one line per row, nulls empty.
/// Pure data: every row, every column, no notes or footers.
enum DelimitedRenderer {
    /// RFC 4180: fields with a comma, quote, CR or LF are quoted, quotes doubled; `\n` line ends.
    static func csv(_ table: Table) -> String {
        render(table, separator: ",") { field in
            guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
            var quoted = "\""
            for character in field {
                if character == "\"" { quoted.append("\"") }
                quoted.append(character)
            }
            return quoted + "\""
        }
    }

    /// Fields as they are, quoted only when they hold a tab or a line break (see `TSVField`).
    static func tsv(_ table: Table) -> String {
        render(table, separator: "\t") { TSVField.printed($0) }
    }

    private static func render(_ table: Table, separator: String,
                               field: (String) -> String) -> String {
        guard !table.columns.isEmpty else { return "" }
        let count = table.columns.count
        var lines = [table.columnNames.map(field).joined(separator: separator)]
        for row in table.rows {
            let cells = (0..<count).map { $0 < row.count ? row[$0].plainText : "" }
            lines.append(cells.map(field).joined(separator: separator))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
