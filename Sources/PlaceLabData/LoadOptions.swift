import PlaceLabCore

/// How `load` reads a table: `delimiter ';'`, `decimal ','`, `null 'x', …`, `header none`,
/// `types col: TYPE, …`.
public struct LoadOptions: Sendable {
    /// Cells read as null in number, date and boolean columns unless `null none` is given.
    public static let defaultNullTokens = ["NA", "N/A", "n/a", "#N/A", "null", "NULL", "NaN", "nan"]
    /// The types `types col: TYPE` may give a column.
    public static let typeNames: [String: ValueType] = [
        "text": .text, "integer": .integer, "number": .number, "boolean": .boolean, "date": .date,
    ]

    public struct ColumnType: Sendable {
        public var column: String
        public var type: ValueType
        /// Where the column was named, for "no column … in FILE".
        public var span: Span

        package init(column: String, type: ValueType, span: Span) {
            self.column = column
            self.type = type
            self.span = span
        }
    }

    /// nil: detected (CSV) or the format's own (tab for TSV).
    public var delimiter: UInt8?
    /// Whether the default null tokens apply (`null none` turns them off).
    public var defaultNulls = true
    /// Tokens the user named: null in every column, text ones too.
    public var extraNulls: [String] = []
    public var header = true
    /// `decimal ','`: numbers are written 1,5 (as in much of Europe), and a point is no decimal mark.
    public var decimalComma = false
    public var types: [ColumnType] = []
    /// Spans of options that only some formats take, for a positioned refusal.
    public var delimitedOnly: Span?

    public init() {}

    /// Whether NaN and nan are among the default tokens. An edge list keeps them as numbers,
    /// so that a NaN weight is refused at its place rather than read as a tie of unknown weight.
    public var defaultNaNIsNull = true

    /// Every token read as null in columns that turn out typed.
    var typedNullTokens: Set<String> {
        let defaults = LoadOptions.defaultNullTokens.filter { defaultNaNIsNull || $0.lowercased() != "nan" }
        return Set((defaultNulls ? defaults : []) + extraNulls)
    }
}

extension DataFileFormat {
    /// The names `format` accepts, for did-you-mean and completion.
    package static var formatNames: [String] {
        // "bundled" is the code's name for PlaceLab's YAML; users write yaml.
        var names = allCases.map(\.rawValue).filter { $0 != "bundled" }
        for ext in extensions.map({ String($0.dropFirst()) }) where !names.contains(ext) { names.append(ext) }
        return names
    }
}
