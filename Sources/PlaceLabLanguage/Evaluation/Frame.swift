import PlaceLabCore

/// A result while a pipeline runs: whole columns plus the rows still selected, so that
/// filters, sorts and limits move row numbers instead of copying values.
package struct Frame: Sendable {
    package var names: [String]
    package var types: [ValueType]
    /// Typed where a column's values are of one plain kind (see ColumnVector).
    package var columns: [ColumnVector]
    package var rows: [Int]
    /// Notes that travel with the data ("illustrative network: …").
    var notes: [String]
    /// Columns (lowercased names) holding values PlaceLab inferred rather than read in a
    /// source, or values computed from them, so a chart of one can say so.
    var inferred: Set<String> = []
    /// Each column's per-row provenance (by lowercased name, indexed like `columns`), for
    /// bundled data while rows are only filtered, sorted or picked: what `with basis` reads
    /// and where a hedged value's note comes from.
    var provenance: [String: [Provenance?]] = [:]
    /// Each row's key in bundled data (indexed like `columns`), naming the row in a hedge's
    /// note ("tower_hamlets phase: …") even when the key column is not selected.
    var rowKeys: [Value]?

    init(names: [String], types: [ValueType], vectors: [ColumnVector], rows: [Int]? = nil, notes: [String] = []) {
        self.names = names
        self.types = types
        self.columns = vectors
        self.rows = rows ?? Array(0..<(vectors.first?.count ?? 0))
        self.notes = notes
    }

    init(names: [String], types: [ValueType], columns: [[Value]], rows: [Int]? = nil, notes: [String] = []) {
        self.init(names: names, types: types, vectors: columns.map(ColumnVector.init), rows: rows, notes: notes)
    }

    package init(_ dataset: Dataset) {
        self.init(names: dataset.columns.map(\.name), types: dataset.columns.map(\.type),
                  vectors: dataset.columns.map(\.vector), notes: dataset.notes)
        inferred = Set(dataset.columns.filter { column in
            column.provenance?.contains { $0?.basis == .inferred } ?? false
        }.map { $0.name.lowercased() })
        for column in dataset.columns {
            if let facts = column.provenance, facts.contains(where: { $0 != nil }) { provenance[column.name.lowercased()] = facts }
        }
        rowKeys = dataset.key.flatMap { dataset.column(named: $0)?.vector.values }
    }

    /// Whether an expression reads any inferred column: what it computes is inferred too.
    func readsInferred(_ expression: Expression) -> Bool {
        expression.fieldNames.contains { inferred.contains($0.lowercased()) }
    }

    /// Marks the columns whose flag is set as inferred, by position (names may have been made unique).
    mutating func markInferred(_ flags: [Bool]) {
        inferred = Set(zip(names, flags).filter(\.1).map { $0.0.lowercased() })
    }

    /// Whether the column at `index` holds inferred values.
    func isInferred(_ index: Int) -> Bool {
        inferred.contains(names[index].lowercased())
    }

    /// A frame made from rows of values (each row as long as `names`).
    init(names: [String], types: [ValueType], rows: [[Value]], notes: [String] = []) {
        var columns = [[Value]](repeating: [], count: names.count)
        for row in rows {
            for index in names.indices { columns[index].append(row[index]) }
        }
        self.init(names: names, types: types, columns: columns, notes: notes)
    }

    /// The index of a column by name: exact first, then ignoring case.
    package func column(named name: String) -> Int? {
        names.firstIndex(of: name) ?? names.firstIndex { $0.lowercased() == name.lowercased() }
    }

    /// The selected rows only, in order, so later stages index them directly.
    package func compacted() -> Frame {
        if rows.count == columns.first?.count, rows.enumerated().allSatisfy({ $0.offset == $0.element }) { return self }
        var frame = Frame(names: names, types: types, vectors: columns.map { $0.gathered(rows) }, notes: notes)
        frame.inferred = inferred
        frame.provenance = provenance.mapValues { facts in rows.map { facts[$0] } }
        frame.rowKeys = rowKeys.map { keys in rows.map { keys[$0] } }
        return frame
    }

    package func table() -> Table {
        var table = Table(columns: names, rows: rows.map { row in columns.map { $0[row] } }, notes: notes + hedgeNotes())
        table.inferredColumns = inferred
        return table
    }
}
