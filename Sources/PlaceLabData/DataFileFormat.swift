/// The kinds of file `load` reads, told apart by their extension (under a `.gz`) or named
/// with `format X`.
public enum DataFileFormat: String, CaseIterable, Sendable {
    case csv, tsv, json, jsonl, bundled, graphml, gexf, dot, gml, pajek, ucinet, edgelist

    public init?(path: String) {
        let lowered = Gzip.innerPath(path).lowercased()
        let ext = lowered.split(separator: "/").last.flatMap { $0.contains(".") ? $0.split(separator: ".").last : nil }
            .map(String.init) ?? ""
        switch ext {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "jsonl", "ndjson": self = .jsonl
        case "yaml", "yml": self = .bundled
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "dot", "gv": self = .dot
        case "gml": self = .gml
        case "net": self = .pajek
        case "dl": self = .ucinet
        case "edgelist", "edges", "ncol": self = .edgelist
        default: return nil
        }
    }

    /// A format by the name `format X` gives it: its own name or one of its extensions.
    public init?(name: String) {
        let lowered = name.lowercased()
        if let format = DataFileFormat(rawValue: lowered) {
            self = format
            return
        }
        switch lowered {
        case "yaml", "yml", "placelab": self = .bundled
        case "net": self = .pajek
        case "dl": self = .ucinet
        case "ndjson": self = .jsonl
        case "gv", "graphviz": self = .dot
        case "ncol", "edges": self = .edgelist
        case "tab": self = .tsv
        default: return nil
        }
    }

    /// Whether the format holds a network (and `load network FILE` reads it as one).
    public var readsNetworks: Bool {
        switch self {
        case .graphml, .gexf, .dot, .gml, .pajek, .ucinet, .edgelist: true
        case .csv, .tsv, .json, .jsonl, .bundled: false
        }
    }

    /// The names `format X` accepts, for help and did-you-mean.
    public static var names: [String] { allCases.map { $0 == .bundled ? "yaml" : $0.rawValue } }

    package static let extensions = [".csv", ".tsv", ".json", ".jsonl", ".yaml", ".graphml", ".gexf", ".dot", ".gml", ".net",
                             ".dl", ".edgelist", ".ncol"]

    /// Why a file in a format PlaceLab does not read cannot be loaded, and the one line that
    /// converts it; nil for other files.
    public static func unsupported(path: String) -> (message: String, help: String)? {
        let lowered = Gzip.innerPath(path).lowercased()
        let base = lowered.split(separator: "/").last.map(String.init) ?? lowered
        let stem = base.contains(".") ? String(base[..<base.lastIndex(of: ".")!]) : base
        let quoted = path.replacingOccurrences(of: "'", with: "''")
        if lowered.hasSuffix(".parquet") || lowered.hasSuffix(".pq") {
            return ("PlaceLab cannot read Parquet: no maintained Swift library reads it on Linux",
                    "convert it to CSV with DuckDB: duckdb -c \"COPY (SELECT * FROM '\(quoted)') TO '\(stem).csv'\"")
        }
        if lowered.hasSuffix(".xlsx") || lowered.hasSuffix(".xls") || lowered.hasSuffix(".ods") {
            let reader = lowered.hasSuffix(".xlsx") ? "" : " (after saving it as .xlsx)"
            return ("PlaceLab cannot read spreadsheets: no maintained Swift library reads Excel files on Linux",
                    "save the sheet as CSV UTF-8, or convert it with DuckDB\(reader): "
                        + "duckdb -c \"INSTALL excel; LOAD excel; COPY (SELECT * FROM read_xlsx('\(quoted)')) TO '\(stem).csv'\"")
        }
        return nil
    }

    /// A dataset name made from a file name: `Week 1 cases.csv` → `week_1_cases`
    /// (`cases.csv.gz` → `cases`).
    public static func datasetName(forPath path: String) -> String {
        let inner = Gzip.innerPath(path)
        let file = inner.split(separator: "/").last.map(String.init) ?? inner
        let base = file.contains(".") ? String(file[..<file.lastIndex(of: ".")!]) : file
        var name = String(base.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
        if name.first?.isNumber ?? true { name = "_" + name }
        return name
    }
}
