/// The part of a table a text mode shows: rows cut to `maxRows` and squared to the columns.
struct TableSlice {
    let columns: [String]
    /// The rows to show, each exactly `columns.count` long.
    let rows: [[Value]]
    let totalRows: Int
    let notes: [String]
    /// Per column: every non-null shown cell is a number (and there is at least one).
    let numericColumns: [Bool]

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
    }

    /// Whether a cell hugs the right edge: numbers do, and so do nulls among numbers.
    func alignsRight(_ value: Value, column: Int) -> Bool {
        value.isNumeric || (value.isNull && numericColumns[column])
    }
}
