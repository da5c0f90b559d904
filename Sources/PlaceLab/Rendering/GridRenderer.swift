/// The `box` and `table` modes: a framed grid with a header row.
enum GridRenderer {
    static func render(_ slice: TableSlice, _ options: RenderOptions, frame: GridFrame) -> String {
        let cells = GridCells(slice, maxWidth: options.maxWidth)
        let widths = cells.layout.widths
        var lines = [frame.top.draw(widths),
                     frame.row(cells.fitted(cells.header, style: options.style)),
                     frame.middle.draw(widths)]
        for row in cells.body {
            lines.append(frame.row(cells.fitted(row, style: options.style)))
        }
        lines.append(frame.bottom.draw(widths))
        lines += Footer.lines(slice, hiddenColumns: cells.layout.hiddenColumns, options)
        return lines.joined(separator: "\n") + "\n"
    }
}
