/// The `box` and `table` modes: a framed grid with a header row.
enum GridRenderer {
    static func render(_ slice: TableSlice, _ options: RenderOptions, frame: GridFrame) -> String {
        let cells = GridCells(slice, maxWidth: options.maxWidth)
        let widths = cells.layout.widths
        var lines = [frame.top.draw(widths)]
        lines += cells.lines(cells.header, style: options.style).map(frame.row)
        lines.append(frame.middle.draw(widths))
        let rows = cells.body.map { cells.lines($0, style: options.style).map(frame.row) }
        let footer = { (shown: TableSlice) in
            Footer.lines(shown, hiddenColumns: cells.layout.hiddenColumns, options)
        }
        let shown = RowBudget.fit(slice, rowHeights: rows.map(\.count), frameLines: lines.count + 1,
                                  maxHeight: options.maxHeight) { footer($0).count }
        for row in rows.prefix(shown.rows.count) { lines += row }
        lines.append(frame.bottom.draw(widths))
        lines += footer(shown)
        return lines.joined(separator: "\n") + "\n"
    }
}
