import PlaceLabCore

/// The text, alignment and paint of the cells of a grid, and the layout that fits them.
/// On a terminal, long text wraps inside its cell at word boundaries (as psql's wrapped
/// format does) rather than being cut; the first column and short values keep their width.
struct GridCells {
    struct Cell {
        var text: String
        var alignRight: Bool
        var role: TextStyle.Role?
    }

    let header: [Cell]
    let body: [[Cell]]
    let layout: ColumnLayout

    /// Text up to this wide is a short value: it keeps its whole width, like a key.
    static let shortValueWidth = 12
    /// Columns that name what a row is about, kept whole wherever they stand.
    static let keyNames: Set<String> = ["id", "name", "node", "source", "target"]
    /// A text column is never squeezed below its longest word, up to this many columns.
    static let longestWordFloor = 16

    /// Cells for box and table: each on one line, numbers rounded per column, nulls as a
    /// muted `null`.
    init(_ slice: TableSlice, maxWidth: Int?) {
        self.init(slice, maxWidth: maxWidth) { value, column in
            value.isNull ? ("null", .muted) : (CellText.singleLine(slice.numberColumns[column].text(value)), nil)
        }
    }

    /// Cells whose text `display` chooses (and `name` for the header); widths come from
    /// that text. `alignByColumn` aligns every cell as its column, as markdown renders it;
    /// otherwise each number is right-aligned on its own.
    init(_ slice: TableSlice, maxWidth: Int?, alignByColumn: Bool = false,
         name: (String) -> String = CellText.singleLine,
         display: (Value, Int) -> (text: String, role: TextStyle.Role?)) {
        let header = slice.columns.indices.map { column in
            Cell(text: name(slice.columns[column]), alignRight: slice.numericColumns[column], role: .header)
        }
        let body = slice.rows.map { row in
            row.indices.map { column in
                let shown = display(row[column], column)
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
        // Without a width to fit (files and pipes) every column keeps its natural width.
        let floors = maxWidth == nil ? natural : natural.indices.map { column -> Int in
            // The identifying first column is never wrapped, nor an id, name or node inside a
            // word: they are what one types next. Numbers never are, though their
            // headers may (in_degree over two lines); other headers wrap at words.
            if column == 0 { return natural[column] }
            if GridCells.keyNames.contains(slice.columns[column].lowercased()) {
                // An id stays whole; a name of several words may wrap between them.
                return body.reduce(TextWrap.longestWord(header[column].text)) {
                    max($0, TextWrap.longestWord($1[column].text, softBreaks: false))
                }
            }
            let headerFloor = TextWrap.longestWord(header[column].text)
            if slice.numericColumns[column] {
                return body.reduce(headerFloor) { max($0, DisplayWidth.of($1[column].text)) }
            }
            let cells = body.map { cell -> Int in
                let width = DisplayWidth.of(cell[column].text)
                return width <= GridCells.shortValueWidth ? width
                    : min(TextWrap.longestWord(cell[column].text), GridCells.longestWordFloor)
            }
            return min(natural[column], max(headerFloor, cells.max() ?? 1))
        }
        self.header = header
        self.body = body
        layout = ColumnLayout.fit(natural: natural, floors: floors, maxWidth: maxWidth)
    }

    /// One row's cells as the lines they take on screen: each cell wrapped to its column's
    /// width, painted with `style` and padded; a cell with fewer lines is blank below.
    /// `truncate` cuts what still does not fit (a character wider than its column).
    func lines(_ cells: [Cell], style: TextStyle,
               truncate: (String, Int) -> String = DisplayWidth.truncate) -> [[String]] {
        let wrapped = zip(cells, layout.widths).map { cell, width in
            DisplayWidth.of(cell.text) <= width ? [cell.text] : TextWrap.wrap(cell.text, width: width)
        }
        let height = wrapped.map(\.count).max() ?? 1
        return (0..<height).map { line in
            zip(cells, layout.widths).enumerated().map { column, pair in
                let (cell, width) = pair
                let text = line < wrapped[column].count ? wrapped[column][line] : ""
                return ColumnLayout.cell(text, width: width, alignRight: cell.alignRight,
                                         truncate: truncate) { text in
                    cell.role.map { style.paint(text, $0) } ?? text
                }
            }
        }
    }
}
