import PlaceLabCore

/// The part of a table a text mode shows: rows cut to `maxRows` and squared to the columns.
struct TableSlice {
    package let columns: [String]
    /// The rows to show, each exactly `columns.count` long.
    let rows: [[Value]]
    let totalRows: Int
    let notes: [String]
    /// Per column: every non-null shown cell is a number (and there is at least one).
    let numericColumns: [Bool]
    /// Per column: how its numbers read in the text modes.
    let numberColumns: [NumberColumn]

    var hiddenRows: Int { totalRows - rows.count }

    init(_ table: Table, maxRows: Int?) {
        columns = table.columnNames
        totalRows = table.rows.count
        notes = table.notes
        let limit = maxRows.map { max(0, $0) } ?? table.rows.count
        let count = columns.count
        // Square ragged rows so every renderer can index cells without checking.
        rows = table.rows.prefix(limit).map { row in
            row.count == count ? row
                : Array(row.prefix(count)) + Array(repeating: .null, count: max(0, count - row.count))
        }
        numericColumns = (0..<count).map { [rows] column in
            let present = rows.map { $0[column] }.filter { !$0.isNull }
            return !present.isEmpty && present.allSatisfy(\.isNumeric)
        }
        numberColumns = (0..<count).map { [rows] column in NumberColumn(rows.map { $0[column] }) }
    }

    private init(_ slice: TableSlice, rows: [[Value]]) {
        columns = slice.columns
        self.rows = rows
        totalRows = slice.totalRows
        notes = slice.notes
        numericColumns = slice.numericColumns
        numberColumns = slice.numberColumns
    }

    /// The same slice showing only its first `count` rows (to fit a terminal's height).
    func keeping(_ count: Int) -> TableSlice {
        TableSlice(self, rows: Array(rows.prefix(max(0, count))))
    }

    /// Whether a cell hugs the right edge: numbers do, and so do nulls among numbers.
    func alignsRight(_ value: Value, column: Int) -> Bool {
        value.isNumeric || (value.isNull && numericColumns[column])
    }
}
