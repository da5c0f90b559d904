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

    /// Tabs, line breaks and backslashes escaped as `\t`, `\n`, `\r`, `\\`, so each row stays
    /// one line with exactly one tab between fields.
    static func tsv(_ table: Table) -> String {
        render(table, separator: "\t") { field in
            var escaped = ""
            for scalar in field.unicodeScalars {
                switch scalar {
                case "\\": escaped += "\\\\"
                case "\t": escaped += "\\t"
                case "\n": escaped += "\\n"
                case "\r": escaped += "\\r"
                default: escaped.unicodeScalars.append(scalar)
                }
            }
            return escaped
        }
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
