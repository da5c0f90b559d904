/// How many rows of a result fit a terminal's height, counting the lines each row takes once
/// wrapped, the frame around them and the footer under them.
package enum RowBudget {
    /// Rows shown even on a very short window, so a result never shrinks to its frame.
    package static let fewestRows = 3

    /// The slice cut to the rows that fit `maxHeight` lines (all of them when it is nil or
    /// they fit). `footerLines` counts the footer under a given cut, which grows when rows
    /// are left out ("… N more rows").
    static func fit(_ slice: TableSlice, rowHeights: [Int], frameLines: Int, maxHeight: Int?,
                    footerLines: (TableSlice) -> Int) -> TableSlice {
        guard let maxHeight else { return slice }
        let whole = frameLines + rowHeights.reduce(0, +) + footerLines(slice)
        if whole <= maxHeight { return slice }
        var budget = maxHeight - frameLines - footerLines(slice.keeping(0))
        var count = 0
        for height in rowHeights {
            guard budget >= height else { break }
            budget -= height
            count += 1
        }
        return slice.keeping(max(count, min(fewestRows, rowHeights.count)))
    }
}
