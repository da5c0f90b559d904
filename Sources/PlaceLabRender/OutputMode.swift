import PlaceLabCore

/// How results are printed: the shell's `mode` and `--mode`.
public enum OutputMode: String, CaseIterable, Sendable {
    /// Box-drawing lines; the default on a terminal.
    case box
    /// Plain ASCII columns; the default when piped.
    case table
    /// A GitHub-flavoured Markdown table, for handouts.
    case markdown
    /// RFC 4180 CSV, for spreadsheets; nulls are empty.
    case csv
    /// Tab-separated values.
    case tsv
    /// An array of objects, one per row.
    case json
    /// One `column = value` line per field, a blank line between rows.
    case line

    public var summary: String {
        switch self {
        case .box: "box-drawing table (the default on a terminal)"
        case .table: "plain ASCII table (the default in pipes and files)"
        case .markdown: "Markdown table, for handouts and notes"
        case .csv: "comma-separated values (RFC 4180), nulls empty"
        case .tsv: "tab-separated values"
        case .json: "JSON array of objects"
        case .line: "one \"column = value\" line per field"
        }
    }
}

/// Everything a renderer needs to know about where the table goes.
public struct RenderOptions: Sendable {
    public var mode: OutputMode
    public var style: TextStyle
    /// The terminal's width; nil for files and pipes, which always get every column in full.
    public var maxWidth: Int?
    /// How many rows to show before "… N more rows"; nil for files and pipes.
    public var maxRows: Int?
    /// How many lines the whole result may take (the terminal's height less the prompt):
    /// rows that wrap count as the lines they take. Nil for files and pipes.
    public var maxHeight: Int?

    public init(mode: OutputMode, style: TextStyle = .plain, maxWidth: Int? = nil, maxRows: Int? = nil,
                maxHeight: Int? = nil) {
        self.mode = mode
        self.style = style
        self.maxWidth = maxWidth
        self.maxRows = maxRows
        self.maxHeight = maxHeight
    }
}
