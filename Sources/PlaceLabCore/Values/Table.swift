/// A result: named columns and rows of values, plus notes that must travel with it
/// (such as "illustrative network: not data from the source").
public struct Table: Sendable, Equatable {
    public struct Column: Sendable, Equatable {
        public var name: String
        public init(_ name: String) { self.name = name }
    }

    public var columns: [Column]
    public var rows: [[Value]]
    /// Shown under the table in every mode that has room for prose.
    public var notes: [String]
    /// Columns (lowercased names) whose values PlaceLab inferred; a chart of one says so.
    public var inferredColumns: Set<String> = []

    public init(columns: [String], rows: [[Value]] = [], notes: [String] = []) {
        self.columns = columns.map(Column.init)
        self.rows = rows
        self.notes = notes
    }

    public var columnNames: [String] { columns.map(\.name) }
}
