/// A loaded table, stored by column: each column's values share one type.
public struct Dataset: Sendable {
    public struct Column: Sendable {
        public var name: String
        public var type: ValueType
        public var description: String?
        /// The cells, typed where they can be (see ColumnVector).
        package var vector: ColumnVector
        /// The cells boxed, for code off the hot paths; each read builds the array, so a loop
        /// reads `vector[row]` instead.
        public var values: [Value] {
            get { vector.values }
            set { vector = ColumnVector(newValue) }
        }
        /// Per-row provenance for bundled data; nil for users' files.
        public var provenance: [Provenance?]?
        /// The dataset whose keys this column's values name (`ref:realms`), if any.
        public var refersTo: String?

        public init(name: String, type: ValueType, description: String? = nil, values: [Value],
                    provenance: [Provenance?]? = nil, refersTo: String? = nil) {
            self.name = name
            self.type = type
            self.description = description
            self.vector = ColumnVector(values)
            self.provenance = provenance
            self.refersTo = refersTo
        }

        /// A column from storage a reader has already typed, with no boxed array in between.
        package init(name: String, type: ValueType, vector: ColumnVector) {
            self.name = name
            self.type = type
            self.vector = vector
        }
    }

    public var name: String
    /// Where it came from: `datasets/cases.yaml`, a user's path.
    public var origin: String
    public var title: String?
    public var description: String?
    /// The column whose values identify rows, for bundled data.
    public var key: String?
    public var columns: [Column]
    /// Travels with every result drawn from it ("illustrative network: …").
    public var notes: [String]
    /// What loading decided that a user should hear once: a detected delimiter, a decoding,
    /// a column kept as text and why.
    public var loadNotes: [String] = []

    public init(name: String, origin: String, columns: [Column], title: String? = nil, description: String? = nil,
                key: String? = nil, notes: [String] = []) {
        self.name = name
        self.origin = origin
        self.columns = columns
        self.title = title
        self.description = description
        self.key = key
        self.notes = notes
    }

    public var rowCount: Int { columns.first?.vector.count ?? 0 }

    public func column(named name: String) -> Column? {
        columns.first { $0.name == name } ?? columns.first { $0.name.lowercased() == name.lowercased() }
    }

    /// The rows as a result table.
    public func table() -> Table {
        var rows: [[Value]] = []
        rows.reserveCapacity(rowCount)
        for row in 0..<rowCount {
            rows.append(columns.map { $0.vector[row] })
        }
        return Table(columns: columns.map(\.name), rows: rows, notes: notes)
    }
}
