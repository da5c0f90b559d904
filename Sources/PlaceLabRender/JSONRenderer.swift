import PlaceLabCore

/// The `json` mode: `[`, one object per row on its own line with keys in column order, `]`;
/// an empty table is `[]`. Notes are left out, except that rows of an illustrative network
/// are wrapped as `{"note":"illustrative network: …","rows":[…]}` so the label travels
/// with the data (`load` reads both shapes).
package enum JSONRenderer {
    package static func render(_ table: Table) -> String {
        let array = rows(table)
        guard let note = illustrativeNote(table) else { return array + "\n" }
        return "{\"note\":" + string(note) + ",\"rows\":" + array + "}\n"
    }

    /// The table's illustrative notes as one text, nil when it has none.
    static func illustrativeNote(_ table: Table) -> String? {
        let notes = table.notes.filter { $0.hasPrefix(Network.illustrativePrefix) }
        return notes.isEmpty ? nil : notes.joined(separator: " / ")
    }

    private static func rows(_ table: Table) -> String {
        guard !table.rows.isEmpty else { return "[]" }
        let keys = table.columnNames.map(string)
        let objects = table.rows.map { row in
            let members = keys.indices.map { index in
                keys[index] + ":" + value(index < row.count ? row[index] : .null)
            }
            return "{" + members.joined(separator: ",") + "}"
        }
        return "[\n" + objects.joined(separator: ",\n") + "\n]"
    }

    /// One value as JSON; non-finite numbers, which JSON cannot spell, become the strings
    /// "NaN", "inf" and "-inf" (as PlaceLab writes them elsewhere), never a silent null.
    static func value(_ value: Value) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .integer(let number): String(number)
        case .number(let number): number.isFinite ? Value.format(number) : "\"" + Value.format(number) + "\""
        case .text(let text): string(text)
        case .list(let items): "[" + items.map(Self.value).joined(separator: ",") + "]"
        }
    }

    /// A JSON string literal: quote, backslash and control characters escaped.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{8}": out += "\\b"
            case "\u{C}": out += "\\f"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16, uppercase: false)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }
}
