import PlaceLabCore

/// The `markdown` mode: a GitHub-flavoured Markdown table, padded so the source reads well too.
enum MarkdownRenderer {
    /// Never fitted to a terminal: a Markdown row is one line, and a handout must not lose
    /// what a cut would hide. Numbers are rounded per column, as on the terminal.
    static func render(_ slice: TableSlice, _ options: RenderOptions) -> String {
        let cells = GridCells(slice, maxWidth: nil, alignByColumn: true, name: escape) { value, column in
            (value.isNull ? "" : escape(slice.numberColumns[column].text(value)), nil)
        }
        let widths = cells.layout.widths
        let frame = GridFrame.ascii
        let alignment = zip(widths, cells.header).map { width, header in
            header.alignRight ? String(repeating: "-", count: width + 1) + ":"
                : String(repeating: "-", count: width + 2)
        }
        let shown = RowBudget.fit(slice, rowHeights: cells.body.map { _ in 1 }, frameLines: 3,
                                  maxHeight: options.maxHeight) { Footer.lines($0, hiddenColumns: 0, options).count }
        var lines = [frame.row(cells.lines(cells.header, style: options.style, truncate: truncate)[0]),
                     "|" + alignment.joined(separator: "|") + "|"]
        for row in cells.body.prefix(shown.rows.count) {
            lines.append(frame.row(cells.lines(row, style: options.style, truncate: truncate)[0]))
        }
        let footer = Footer.lines(shown, hiddenColumns: 0, options)
        // GFM keeps reading plain lines as table rows until a blank line, so one must come first.
        if !footer.isEmpty { lines += [""] + footer }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Cell text with `\` and `|` escaped and line breaks as `<br>`.
    static func escape(_ text: String) -> String {
        CellText.lines(text).map { line in
            var escaped = ""
            for character in line {
                if character == "\\" || character == "|" { escaped.append("\\") }
                escaped.append(character)
            }
            return escaped
        }.joined(separator: "<br>")
    }

    /// Like `DisplayWidth.truncate`, but never splits `\|`, `\\` or `<br>`, which would
    /// change what the cell means.
    static func truncate(_ escaped: String, to width: Int) -> String {
        guard DisplayWidth.of(escaped) > width else { return escaped }
        guard width > 0 else { return "" }
        var result = ""
        var used = 0
        for atom in atoms(escaped) {
            let atomWidth = DisplayWidth.of(atom)
            if used + atomWidth > width - 1 { break }
            result += atom
            used += atomWidth
        }
        return result + "…"
    }

    /// Escaped text split into the pieces `truncate` must keep whole.
    private static func atoms(_ escaped: String) -> [String] {
        var atoms: [String] = []
        var rest = Substring(escaped)
        while let first = rest.first {
            if first == "\\", rest.count > 1 {
                atoms.append(String(rest.prefix(2)))
                rest = rest.dropFirst(2)
            } else if rest.hasPrefix("<br>") {
                atoms.append("<br>")
                rest = rest.dropFirst(4)
            } else {
                atoms.append(String(first))
                rest = rest.dropFirst()
            }
        }
        return atoms
    }
}
