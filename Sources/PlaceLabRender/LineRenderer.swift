import PlaceLabCore

/// The `line` mode: one `column = value` line per field, names right-aligned, a blank line
/// between rows. Long values wrap under the value column instead of being cut, since this
/// is the mode people turn to when a table is too wide to show.
enum LineRenderer {
    static func render(_ slice: TableSlice, _ options: RenderOptions) -> String {
        let names = slice.columns.map(CellText.singleLine)
        var nameWidth = names.map(DisplayWidth.of).max() ?? 0
        var valueWidth: Int?
        if let maxWidth = options.maxWidth {
            // Names may take at most half the line; values get the rest after " = ".
            nameWidth = min(nameWidth, max(1, (maxWidth - 3) / 2))
            valueWidth = max(1, maxWidth - nameWidth - 3)
        }
        let indent = String(repeating: " ", count: nameWidth + 3)
        let style = options.style

        var blocks: [[String]] = slice.rows.map { row in
            zip(names, row).enumerated().flatMap { column, pair in
                let (name, value) = pair
                let label = ColumnLayout.cell(name, width: nameWidth, alignRight: true,
                                              paint: { style.paint($0, .header) })
                let lines = valueLines(value, slice.numberColumns[column], width: valueWidth)
                let role: TextStyle.Role? = value.isNull ? .muted : nil
                return lines.enumerated().map { index, line in
                    let painted = role.map { style.paint(line, $0) } ?? line
                    // No trailing space after "=" when the value is empty.
                    if index == 0 { return line.isEmpty ? label + " =" : label + " = " + painted }
                    return indent + painted
                }
            }
        }
        // Each record takes its lines and the blank line after it.
        let shown = RowBudget.fit(slice, rowHeights: blocks.map { $0.count + 1 }, frameLines: 0,
                                  maxHeight: options.maxHeight) { Footer.lines($0, hiddenColumns: 0, options, countRows: false).count }
        blocks = Array(blocks.prefix(shown.rows.count))
        let footer = Footer.lines(shown, hiddenColumns: 0, options, countRows: false)
        if !footer.isEmpty { blocks.append(footer) }
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// A value's lines: its own line breaks kept, each wrapped to `width` when there is one.
    private static func valueLines(_ value: Value, _ number: NumberColumn, width: Int?) -> [String] {
        // One value to a line needs no alignment: integers stay as they are.
        let text = value.isNull ? "null" : value.isWholeInteger ? value.plainText : number.text(value)
        let lines = CellText.lines(text)
        guard let width else { return lines }
        return lines.flatMap { TextWrap.wrap($0, width: width) }
    }
}

private extension Value {
    var isWholeInteger: Bool {
        if case .integer = self { return true }
        return false
    }
}
