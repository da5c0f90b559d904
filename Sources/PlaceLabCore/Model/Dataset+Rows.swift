extension Dataset {
    /// A dataset made from rows of values (each row as long as `columns`), typed from what they hold;
    /// how commands that compute a table hand it to a query.
    public init(name: String, origin: String, columns: [String], rows: [[Value]], notes: [String] = []) {
        var values = [[Value]](repeating: [], count: columns.count)
        for index in columns.indices { values[index].reserveCapacity(rows.count) }
        for row in rows {
            for index in columns.indices { values[index].append(row[index]) }
        }
        self.init(name: name, origin: origin,
                  columns: zip(columns, values).map { Column(name: $0, type: ValueType.of($1), values: $1) },
                  notes: notes)
    }
}
