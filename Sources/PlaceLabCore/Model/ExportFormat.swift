/// The kinds of file `export` writes, told apart by their extension.
public enum ExportFormat: String, CaseIterable, Sendable {
    case graphml, gexf, dot, pajek, csv, tsv, json

    public init?(path: String) {
        let file = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = file.lastIndex(of: ".") else { return nil }
        switch file[file.index(after: dot)...].lowercased() {
        case "graphml": self = .graphml
        case "gexf": self = .gexf
        case "dot", "gv": self = .dot
        case "net": self = .pajek
        case "csv": self = .csv
        case "tsv", "tab": self = .tsv
        case "json": self = .json
        default: return nil
        }
    }

    package static let networkExtensions = [".graphml", ".gexf", ".dot", ".net", ".csv"]
    package static let tableExtensions = [".csv", ".tsv", ".json"]

    var writesNetworks: Bool { self != .tsv && self != .json }
    package var writesTables: Bool { self == .csv || self == .tsv || self == .json }

    /// Where a network's nodes go beside its CSV edge list: `ties.csv` → `ties-nodes.csv`.
    public static func nodesPath(forEdgesPath path: String) -> String {
        let slash = path.lastIndex(of: "/")
        let fileStart = slash.map { path.index(after: $0) } ?? path.startIndex
        guard let dot = path[fileStart...].lastIndex(of: "."), dot > fileStart else { return path + "-nodes" }
        return String(path[..<dot]) + "-nodes" + String(path[dot...])
    }
}
