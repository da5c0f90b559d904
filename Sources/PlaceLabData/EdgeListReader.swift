import Foundation
import PlaceLabCore

/// Reads a network from a CSV (or TSV) edge list and, optionally, a nodes file, laid out like
/// the bundled networks: nodes `id`, `label`, then attributes; edges `source`, `target`,
/// `relation`, `weight`, then the edge list's other columns.
///
/// The edge list's header names `source` and `target` (any case), optionally `weight` and
/// `relation` (or `type`). The nodes file's id is its column named `id`, else its first column;
/// a `label` (else `name`) column gives labels; its other columns become node attributes.
/// Without a nodes file, the nodes are the edges' ends in the order they first appear. A column
/// `illustrative_note` holding one text on every row (as `NetworkWriter` writes it) is the
/// network's illustrative note rather than an attribute.
public enum EdgeListReader {
    /// Reads with `load`'s default options (see `EdgeListTables` for the others).
    public static func read(edgesPath: String, nodesPath: String?, name: String, directed: Bool) throws -> Network {
        try EdgeListTables.read(ReadRequest(path: edgesPath, name: name, format: nil, nodesPath: nodesPath,
                                            directed: directed, options: LoadOptions()),
                                tabs: DelimitedReader.defaultDelimiter(for: edgesPath) == DelimitedReader.tab)
    }

    /// `layout`: how the edge list was split, so that an error names the right line and column.
    static func build(edgeTable: Dataset, edgesPath: String, nodeTable: Dataset?, nodesPath: String?,
                      name: String, directed: Bool, layout: CellLocator.Layout = .init()) throws -> Network {
        let edgeNames = edgeTable.columns.map(\.name)
        func index(of wanted: String, in names: [String]) -> Int? {
            names.firstIndex { $0 == wanted } ?? names.firstIndex { $0.lowercased() == wanted }
        }
        // `from,to` is how R's igraph and tidygraph name the ends.
        let sourceName = index(of: "source", in: edgeNames) == nil && index(of: "from", in: edgeNames) != nil
            && index(of: "to", in: edgeNames) != nil ? "from" : "source"
        let targetName = sourceName == "from" ? "to" : "target"
        guard let sourceIndex = index(of: sourceName, in: edgeNames),
              let targetIndex = index(of: targetName, in: edgeNames) else {
            let missing = ["source", "target"].filter { index(of: $0, in: edgeNames) == nil }
            let others = edgeNames.filter { index(of: "source", in: [$0]) == nil && index(of: "target", in: [$0]) == nil }
            let guesses = missing.compactMap { wanted in
                Suggestion.closest(to: wanted, among: others).map { "\"\($0)\" for \(wanted)" }
            }
            var diagnostic = Diagnostic(
                "an edge list needs \(missing.map { "a \"\($0)\"" }.joined(separator: " and ")) column; "
                    + "its header is: \(edgeNames.joined(separator: ","))",
                help: guesses.isEmpty ? "name the columns source,target[,weight][,relation]"
                    : "did you mean \(guesses.joined(separator: " and "))? rename the header to source,target")
            diagnostic.place = CellLocator(path: edgesPath, layout: layout).header()
            throw diagnostic
        }
        let weightIndex = index(of: "weight", in: edgeNames)
        // Gephi's edge table has a `Type` column of Directed/Undirected: the direction, not a relation.
        let directionIndex = index(of: "type", in: edgeNames).flatMap { column in
            EdgeDirection.isDirectionColumn(edgeTable.columns[column].values) ? column : nil
        }
        let relationIndex = index(of: "relation", in: edgeNames)
            ?? (directionIndex == nil ? index(of: "type", in: edgeNames) : nil)
        let directions = directionIndex.map { EdgeDirection.read(edgeTable.columns[$0].values) }
        let networkDirected = directions.map { $0.contains(.directed) } ?? directed
        // An `illustrative_note` column that export wrote is the network's note, not an attribute.
        let edgeNote = edgeTable.illustrativeNoteColumn()
        let nodeNote = nodeTable?.illustrativeNoteColumn()
        let fixed = Set([sourceIndex, targetIndex, weightIndex, relationIndex, directionIndex, edgeNote?.index]
            .compactMap { $0 })
        let extraIndices = edgeTable.columns.indices.filter { !fixed.contains($0) }
        let edgeLocator = CellLocator(path: edgesPath, layout: layout)
        let cancellation = Cancellation.current

        // Nodes: from the nodes file, or the edges' ends.
        var nodeColumns: [Dataset.Column]
        var ids: [String] = []
        var known: [String: Int] = [:]
        if let nodeTable, let nodesPath {
            nodeColumns = try nodeDataset(nodeTable, locator: CellLocator(path: nodesPath, layout: .init(header: layout.header)),
                                          ids: &ids, known: &known, skipping: nodeNote?.index)
        } else {
            for column in [sourceIndex, targetIndex] {
                for (row, value) in edgeTable.columns[column].values.enumerated() where value.isNull {
                    throw edgeLocator.error("an edge needs a \(edgeNames[column])", row: row, column: column)
                }
            }
            let sources = edgeTable.columns[sourceIndex].values
            let targets = edgeTable.columns[targetIndex].values
            for row in sources.indices {
                try cancellation.check()
                for id in [sources[row].plainText, targets[row].plainText] where known[id] == nil {
                    known[id] = ids.count
                    ids.append(id)
                }
            }
            nodeColumns = [
                Dataset.Column(name: "id", type: .text, description: "node identifier", values: ids.map(Value.text)),
                Dataset.Column(name: "label", type: .text, description: "who the node is",
                               values: [Value](repeating: .null, count: ids.count)),
            ]
        }

        // Edges.
        var ends: [[Value]] = [[], []]
        for (slot, column) in [sourceIndex, targetIndex].enumerated() {
            for (row, value) in edgeTable.columns[column].values.enumerated() {
                try cancellation.check()
                if value.isNull {
                    throw edgeLocator.error("an edge needs a \(edgeNames[column])", row: row, column: column)
                }
                let id = value.plainText
                if known[id] == nil {
                    let help = Suggestion.closest(to: id, among: ids).map { "did you mean \"\($0)\"?" }
                        ?? "every edge's ends must be nodes in \"\(nodesPath ?? "")\""
                    throw edgeLocator.error("unknown node \"\(id)\": not in the nodes file", row: row, column: column,
                                            help: help)
                }
                ends[slot].append(.text(id))
            }
        }
        // In a directed network an undirected tie is a tie both ways.
        let doubled: [Int] = networkDirected ? (directions ?? []).indices.filter {
            directions![$0] == .undirected && ends[0][$0] != ends[1][$0]
        } : []
        let rowCount = edgeTable.rowCount
        var weights = [Value](repeating: .null, count: rowCount)
        if let weightIndex {
            for (row, value) in edgeTable.columns[weightIndex].values.enumerated() {
                switch value {
                case .null: break
                case .integer(let number): weights[row] = .number(Double(number))
                case .number(let number): weights[row] = .number(number)
                default:
                    let text = value.plainText.trimmingCharacters(in: .whitespaces)
                    guard let number = Double(text), !text.isEmpty else {
                        // 2,5: a European file, read right with decimal ','.
                        let comma = text.contains(",") && Double(text.replacingOccurrences(of: ",", with: ".")) != nil
                        throw edgeLocator.error("an edge weight should be a number, not \"\(value.plainText)\"",
                                                row: row, column: weightIndex,
                                                help: comma ? "the file writes decimals with a comma: add decimal ','" : nil)
                    }
                    weights[row] = .number(number)
                }
                if case .number(let weight) = weights[row], let problem = EdgeWeight.problem(weight) {
                    throw edgeLocator.error(problem, row: row, column: weightIndex, help: EdgeWeight.help)
                }
            }
        }
        var kinds = [Value](repeating: .null, count: rowCount)
        var extraValues: [[Value]]?
        var relations: [String] = []
        var seen: Set<String> = []
        if let relationIndex {
            for (row, value) in edgeTable.columns[relationIndex].values.enumerated() where !value.isNull {
                let text = value.plainText
                kinds[row] = .text(text)
                if seen.insert(text).inserted { relations.append(text) }
            }
        }
        if !doubled.isEmpty {
            var columns = [ends[0], ends[1], weights, kinds] + extraIndices.map { edgeTable.columns[$0].values }
            for row in doubled {
                for index in columns.indices { columns[index].append(columns[index][row]) }
                let last = columns[0].count - 1
                columns[0][last] = ends[1][row]
                columns[1][last] = ends[0][row]
            }
            ends = [columns[0], columns[1]]
            weights = columns[2]
            kinds = columns[3]
            extraValues = Array(columns[4...])
        }
        var edgeColumns = [
            Dataset.Column(name: "source", type: .text, values: ends[0]),
            Dataset.Column(name: "target", type: .text, values: ends[1]),
            Dataset.Column(name: "relation", type: .text, values: kinds),
            Dataset.Column(name: "weight", type: weights.allSatisfy(\.isNull) ? .empty : .number, values: weights),
        ]
        for (position, index) in extraIndices.enumerated() {
            let column = edgeTable.columns[index]
            edgeColumns.append(Dataset.Column(name: column.name, type: column.type,
                                              values: extraValues?[position] ?? column.values))
        }
        let nodes = Dataset(name: name, origin: nodesPath ?? edgesPath, columns: nodeColumns, key: "id")
        let edges = Dataset(name: name + ".edges", origin: edgesPath, columns: edgeColumns)
        var network = Network(name: name, origin: edgesPath, directed: networkDirected, nodes: nodes, edges: edges,
                              relations: relations)
        if let note = edgeNote?.note ?? nodeNote?.note { network.markIllustrative(note) }
        return network
    }

    /// The nodes file as `id`, `label`, attributes; fills `ids` and `known` in file order.
    private static func nodeDataset(_ table: Dataset, locator: CellLocator, ids: inout [String],
                                    known: inout [String: Int], skipping skipped: Int?) throws -> [Dataset.Column] {
        let names = table.columns.map(\.name)
        guard !table.columns.isEmpty else {
            throw Diagnostic("the nodes file has no columns", place: FilePlace(path: locator.path, line: 1, column: 1))
        }
        let idIndex = names.firstIndex { $0.lowercased() == "id" } ?? 0
        let labelIndex = names.indices.first { $0 != idIndex && names[$0].lowercased() == "label" }
            ?? names.indices.first { $0 != idIndex && names[$0].lowercased() == "name" }
        for (row, value) in table.columns[idIndex].values.enumerated() {
            guard !value.isNull else {
                throw locator.error("a node needs an id (column \"\(names[idIndex])\")", row: row, column: idIndex)
            }
            let id = value.plainText
            if let first = known[id] {
                let firstLine = locator.place(row: first, column: idIndex)?.line
                throw locator.error("duplicate node id \"\(id)\"", row: row, column: idIndex,
                                    help: firstLine.map { "the first is at line \($0)" })
            }
            known[id] = ids.count
            ids.append(id)
        }
        let labels: [Value] = labelIndex.map { index in
            table.columns[index].values.map { $0.isNull ? .null : .text($0.plainText) }
        } ?? [Value](repeating: .null, count: ids.count)
        var columns = [
            Dataset.Column(name: "id", type: .text, description: "node identifier", values: ids.map(Value.text)),
            Dataset.Column(name: "label", type: .text, description: "who the node is", values: labels),
        ]
        for (index, column) in table.columns.enumerated() where index != idIndex && index != labelIndex && index != skipped {
            columns.append(Dataset.Column(name: column.name, type: column.type, values: column.values))
        }
        return columns
    }
}

/// Gephi's edge `Type`: whether each tie is directed.
enum EdgeDirection: Equatable {
    case directed, undirected

    static func isDirectionColumn(_ values: [Value]) -> Bool {
        values.contains { !$0.isNull } && values.allSatisfy { value in
            value.isNull || ["directed", "undirected", "mutual"].contains(value.plainText.lowercased())
        }
    }

    /// Each row's direction; an empty cell is undirected, as Gephi reads it.
    static func read(_ values: [Value]) -> [EdgeDirection] {
        values.map { $0.plainText.lowercased() == "directed" ? .directed : .undirected }
    }
}

/// Finds the line and column of a cell in a delimited file, for an error about its value.
/// Rescans the file with the reader's own scanner, only when an error needs it.
struct CellLocator {
    /// How the file was split: its delimiter (nil: chosen as the reader chooses it) and
    /// whether its first row is a header.
    struct Layout {
        var delimiter: UInt8?
        var header = true
    }

    let path: String
    var layout = Layout()

    func error(_ message: String, row: Int, column: Int, help: String? = nil) -> Diagnostic {
        var diagnostic = Diagnostic(message, help: help)
        diagnostic.place = place(row: row, column: column) ?? FilePlace(path: path, line: 1, column: 1)
        return diagnostic
    }

    /// The header line.
    func header() -> FilePlace {
        locate { base, count, scanner, _ in FileBytes.place(path: path, base, count: count, offset: scanner.position) }
            ?? FilePlace(path: path, line: 1, column: 1)
    }

    /// Data row `row` (0-based, blank lines skipped as the reader skips them), field `column`.
    func place(row: Int, column: Int) -> FilePlace? {
        locate { base, count, scanner, columnCount in
            var scanner = scanner
            if layout.header {
                guard let header = try? Self.fields(&scanner), header.count == columnCount else { return nil }
            }
            var current = 0
            while !scanner.atEnd {
                if columnCount > 1, scanner.skipBlankLine() { continue }
                let start = scanner.position
                if current == row {
                    var index = 0
                    var field: DelimitedField?
                    while index <= column {
                        guard let next = try? scanner.next() else { return nil }
                        field = next
                        if next.endsRow, index < column { return nil }
                        index += 1
                    }
                    return field.map { FileBytes.place(path: path, base, count: count, offset: $0.opening) }
                        ?? FileBytes.place(path: path, base, count: count, offset: start)
                }
                guard (try? Self.fields(&scanner)) != nil else { return nil }
                current += 1
            }
            return nil
        }
    }

    /// Runs `body` on the file's bytes with a scanner at the header row.
    private func locate(_ body: (UnsafePointer<UInt8>, Int, DelimitedScanner, Int) -> FilePlace?) -> FilePlace? {
        guard let data = try? FileBytes.contents(of: path) else { return nil }
        return data.withUnsafeBytes { bytes -> FilePlace? in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else { return nil }
            let count = bytes.count
            let delimiter = layout.delimiter ?? DelimitedReader.chooseDelimiter(path: path, base, count: count)
            var scanner = DelimitedScanner(base: base, count: count, delimiter: delimiter,
                                           position: FileBytes.byteOrderMarkLength(base, count: count))
            while scanner.skipBlankLine() {}
            var probe = scanner
            guard let header = try? Self.fields(&probe) else { return nil }
            return body(base, count, scanner, header.count)
        }
    }

    /// The rest of the current row's fields.
    private static func fields(_ scanner: inout DelimitedScanner) throws -> [DelimitedField] {
        var fields: [DelimitedField] = []
        while true {
            let field = try scanner.next()
            fields.append(field)
            if field.endsRow { return fields }
        }
    }
}
