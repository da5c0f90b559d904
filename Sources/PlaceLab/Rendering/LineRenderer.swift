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
            zip(names, row).flatMap { name, value in
                let label = ColumnLayout.cell(name, width: nameWidth, alignRight: true,
                                              paint: { style.paint($0, .header) })
                let lines = valueLines(value, width: valueWidth)
                let role: TextStyle.Role? = value.isNull ? .muted : nil
                return lines.enumerated().map { index, line in
                    let painted = role.map { style.paint(line, $0) } ?? line
                    // No trailing space after "=" when the value is empty.
                    if index == 0 { return line.isEmpty ? label + " =" : label + " = " + painted }
                    return indent + painted
                }
            }
        }
        let footer = Footer.lines(slice, hiddenColumns: 0, options, countRows: false)
        if !footer.isEmpty { blocks.append(footer) }
        return blocks.map { $0.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// A value's lines: its own line breaks kept, each wrapped to `width` when there is one.
    private static func valueLines(_ value: Value, width: Int?) -> [String] {
        let lines = value.isNull ? ["null"] : CellText.lines(value.plainText)
        guard let width else { return lines }
        return lines.flatMap { TextWrap.wrap($0, width: width) }
    }
}
