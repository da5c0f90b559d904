/// The text, alignment and paint of the cells of a grid, and the layout that fits them.
struct GridCells {
    struct Cell {
        var text: String
        var alignRight: Bool
        var role: TextStyle.Role?
    }

    let header: [Cell]
    let body: [[Cell]]
    let layout: ColumnLayout

    /// Cells for box and table: each on one line, nulls as a muted `null`.
    init(_ slice: TableSlice, maxWidth: Int?) {
        self.init(slice, maxWidth: maxWidth) { value in
            value.isNull ? ("null", .muted) : (CellText.singleLine(value.plainText), nil)
        }
    }

    /// Cells whose text `display` chooses (and `name` for the header); widths come from
    /// that text. `alignByColumn` aligns every cell as its column, as markdown renders it;
    /// otherwise each number is right-aligned on its own.
    init(_ slice: TableSlice, maxWidth: Int?, alignByColumn: Bool = false,
         name: (String) -> String = CellText.singleLine,
         display: (Value) -> (text: String, role: TextStyle.Role?)) {
        let header = slice.columns.indices.map { column in
            Cell(text: name(slice.columns[column]), alignRight: slice.numericColumns[column], role: .header)
        }
        let body = slice.rows.map { row in
            row.indices.map { column in
                let shown = display(row[column])
                let right = alignByColumn ? slice.numericColumns[column]
                    : slice.alignsRight(row[column], column: column)
                return Cell(text: shown.text, alignRight: right, role: shown.role)
            }
        }
        // Width at least 1, so an empty column still has a visible slot.
        let headerWidths = header.map { DisplayWidth.of($0.text) }
        let natural = headerWidths.indices.map { column in
            body.reduce(max(1, headerWidths[column])) { max($0, DisplayWidth.of($1[column].text)) }
        }
        self.header = header
        self.body = body
        layout = ColumnLayout.fit(natural: natural, header: headerWidths, maxWidth: maxWidth)
    }

    /// One line's cells, cut to the shown columns and their widths, painted with `style`.
    /// `truncate` cuts text that is too wide; markdown passes one that keeps escapes whole.
    func fitted(_ cells: [Cell], style: TextStyle,
                truncate: (String, Int) -> String = DisplayWidth.truncate) -> [String] {
        zip(cells, layout.widths).map { cell, width in
            ColumnLayout.cell(cell.text, width: width, alignRight: cell.alignRight,
                              truncate: truncate) { text in
                cell.role.map { style.paint(text, $0) } ?? text
            }
        }
    }
}
