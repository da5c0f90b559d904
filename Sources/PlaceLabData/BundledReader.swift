import Foundation
import PlaceLabCore
import Yams

/// Reads PlaceLab's own YAML format (see datasets/README.md): a table or a network whose
/// every value carries its provenance. A file is read whole or rejected whole.
public enum BundledReader {
    public static func read(path: String) throws -> Catalog.Entry {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic("cannot read \"\(path)\"")
        }
        guard let text = String(data: data, encoding: .utf8), !data.contains(0) else {
            throw Diagnostic("\"\(path)\" is not a text file", place: FilePlace(path: path, line: 1, column: 1))
        }
        return try parse(text, path: path)
    }

    static func parse(_ text: String, path: String) throws -> Catalog.Entry {
        let document = try YAMLDocument(path: path, text: text)
        let root = document.root
        guard root.mapping != nil else {
            throw document.error("expected a mapping with name, columns and rows", at: root)
        }
        let name = try datasetName(document, path: path)
        if root.field("kind")?.string == "network" {
            return .network(try NetworkSection.read(document, name: name))
        }
        return .table(try table(document, name: name))
    }

    /// `name:` must be an identifier and match the file's base name, so `load` and the file agree.
    private static func datasetName(_ document: YAMLDocument, path: String) throws -> String {
        let node = document.root.field("name")
        guard let name = node?.string, !name.isEmpty else {
            throw document.error("the file needs a name: line", at: document.root)
        }
        guard name.range(of: "^[a-z_][a-z0-9_]*$", options: .regularExpression) != nil else {
            throw document.error("dataset name \"\(name)\" should be lowercase letters, digits and _", at: node)
        }
        let base = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        guard base == name else {
            throw document.error("dataset name \"\(name)\" differs from the file name \"\(base)\"", at: node,
                                 help: "rename the file or the dataset so they match")
        }
        return name
    }

    private static func table(_ document: YAMLDocument, name: String) throws -> Dataset {
        let root = document.root
        let specs = try columnSpecs(document, root.field("columns"), what: "columns")
        let keyNode = root.field("key")
        let key = keyNode?.string
        if let key, !specs.contains(where: { $0.name == key }) {
            throw Diagnostic.unknownIn(document, "key column", key, at: keyNode, among: specs.map(\.name))
        }
        guard let rows = root.field("rows")?.sequence else {
            throw document.error("the file needs rows: a list of rows", at: root.field("rows") ?? root)
        }
        let facts = FactReader(document: document, allowsIllustrative: false)
        var values = [[Value]](repeating: [], count: specs.count)
        var provenance = [[Provenance?]](repeating: [], count: specs.count)
        var seenKeys: [String: Node] = [:]
        let names = specs.map(\.name)
        for row in rows {
            guard row.mapping != nil else { throw document.error("a row should be a mapping of column: value", at: row) }
            for (column, keyNode, _) in row.pairs where !names.contains(column) {
                throw Diagnostic.unknownIn(document, "column", column, at: keyNode, among: names)
            }
            for (index, spec) in specs.enumerated() {
                let cell = row.field(spec.name)
                if spec.name == key {
                    guard let cell, let id = cell.string, !cell.isNull, !id.isEmpty else {
                        throw document.error("the row has no \(spec.name)", at: row)
                    }
                    if seenKeys[id] != nil {
                        throw document.error("duplicate \(spec.name) \"\(id)\"", at: cell,
                                             help: "each row needs its own \(spec.name)")
                    }
                    seenKeys[id] = cell
                    values[index].append(.text(id))
                    provenance[index].append(nil)
                    continue
                }
                let (value, origin) = try cell.map { try facts.read($0, as: spec) } ?? (.null, nil)
                values[index].append(value)
                provenance[index].append(origin)
            }
        }
        let columns = specs.enumerated().map { index, spec in
            Dataset.Column(name: spec.name, type: spec.type, description: spec.description,
                           values: values[index], provenance: provenance[index], refersTo: spec.refersTo)
        }
        return Dataset(name: name, origin: document.path, columns: columns, title: root.field("title")?.string,
                       description: root.field("description")?.string, key: key)
    }

    static func columnSpecs(_ document: YAMLDocument, _ node: Node?, what: String) throws -> [ColumnSpec] {
        guard let node, let items = node.sequence else {
            throw document.error("the file needs \(what): a list of {name, type}", at: node ?? document.root)
        }
        var specs: [ColumnSpec] = []
        for item in items {
            let spec = try ColumnSpec.parse(item, in: document)
            if specs.contains(where: { $0.name == spec.name }) {
                throw document.error("column \"\(spec.name)\" is declared twice", at: item)
            }
            specs.append(spec)
        }
        return specs
    }
}
