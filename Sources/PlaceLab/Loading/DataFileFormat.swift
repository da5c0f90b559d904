/// The kinds of file `load` reads, told apart by their extension.
public enum DataFileFormat: String, CaseIterable, Sendable {
    case csv, tsv, json, bundled, graphml, pajek, ucinet

    public init?(path: String) {
        let lowered = path.lowercased()
        let ext = lowered.split(separator: ".").last.map(String.init) ?? ""
        switch ext {
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        case "yaml", "yml": self = .bundled
        case "graphml": self = .graphml
        case "net": self = .pajek
        case "dl": self = .ucinet
        default: return nil
        }
    }

    static let extensions = [".csv", ".tsv", ".json", ".yaml", ".graphml", ".net", ".dl"]

    /// A dataset name made from a file name: `Week 1 cases.csv` → `week_1_cases`.
    public static func datasetName(forPath path: String) -> String {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        let base = file.contains(".") ? String(file[..<file.lastIndex(of: ".")!]) : file
        var name = String(base.lowercased().map { $0.isLetter || $0.isNumber ? $0 : "_" })
        if name.first?.isNumber ?? true { name = "_" + name }
        return name
    }
}
