import PlaceLabCore

/// Users' files in the formats other tools write: CSV, TSV, JSON (and JSON Lines), GraphML,
/// GEXF, DOT, GML, Pajek, UCINET DL and edge lists, any of them gzip-compressed.
package enum ExternalFormats {
    package static func read(_ request: ReadRequest) throws -> Catalog.Entry {
        switch request.format {
        case .csv:
            return .table(try DelimitedReader.read(path: request.path, name: request.name, delimiter: request.options.delimiter,
                                                   header: request.options.header, decimalComma: request.options.decimalComma)
                .liftingIllustrativeNote().recognisingPhases())
        case .tsv:
            return .table(try DelimitedReader.read(path: request.path, name: request.name,
                                                   delimiter: request.options.delimiter ?? DelimitedReader.tab,
                                                   header: request.options.header, decimalComma: request.options.decimalComma)
                .liftingIllustrativeNote().recognisingPhases())
        case .json:
            return .table(try JSONReader.read(path: request.path, name: request.name)
                .liftingIllustrativeNote().recognisingPhases())
        case .jsonl:
            return .table(try JSONLinesReader.read(path: request.path, name: request.name)
                .liftingIllustrativeNote().recognisingPhases())
        case .graphml:
            return .network(try GraphMLReader.read(path: request.path, name: request.name))
        case .gexf:
            return .network(try GEXFReader.read(path: request.path, name: request.name))
        case .dot:
            return .network(try DOTReader.read(path: request.path, name: request.name))
        case .gml:
            return .network(try GMLReader.read(path: request.path, name: request.name))
        case .edgelist:
            return .network(try PlainEdgeListReader.read(path: request.path, name: request.name,
                                                         directed: request.directed))
        case .pajek:
            return .network(try PajekReader.read(path: request.path, name: request.name))
        case .ucinet:
            return .network(try UCINETReader.read(path: request.path, name: request.name))
        case nil:
            // `load network FILE`: a network file by its format or extension, a headerless list
            // for .edgelist/.ncol and blank-separated .txt and the like, else a CSV or TSV edge
            // list with a header (or `header none`).
            let format = request.networkFormat ?? DataFileFormat(path: request.path)
            switch format {
            case .csv?, .tsv?:
                break
            case let format? where format.readsNetworks:
                var inner = request
                inner.format = format
                return try read(inner)
            default:
                // Another extension (.txt): blank-separated words without commas or tabs are a
                // headerless list, anything else (or a file given a delimiter) a CSV edge list.
                if request.options.delimiter == nil, try PlainEdgeListReader.looksHeaderless(path: request.path) {
                    return .network(try PlainEdgeListReader.read(path: request.path, name: request.name,
                                                                 directed: request.directed))
                }
            }
            return .network(try EdgeListTables.read(request, tabs: format == .tsv))
        case .bundled:
            return try BundledReader.read(path: request.path).renamed(request.name)
        }
    }
}

extension Dataset {
    /// Text columns whose every value names a lifecycle phase become phase columns, so that
    /// `phase >= mobilisation` works on a user's file as on the bundled cases.
    func recognisingPhases() -> Dataset {
        var copy = self
        for index in copy.columns.indices where copy.columns[index].type == .text {
            guard let phases = Dataset.phases(copy.columns[index].vector) else { continue }
            copy.columns[index].type = .phase
            copy.columns[index].values = phases
        }
        return copy
    }

    /// The values as phase names, or nil at the first value that is not one (most text
    /// columns stop at their first row, so this costs nothing on large files). The cells are
    /// read one by one from the column: boxing a whole column first cost a million-row load
    /// 50 ms for nothing.
    private static func phases(_ values: ColumnVector) -> [Value]? {
        var known: [String: Value] = [:]
        var result: [Value] = []
        for value in values {
            guard case .text(let name) = value else {
                if value.isNull { result.append(.null); continue }
                return nil
            }
            if let phase = known[name] {
                result.append(phase)
                continue
            }
            guard let phase = LifecyclePhase(name) else { return nil }
            // Room for the whole column once it holds a phase, not for every text column.
            if known.isEmpty { result.reserveCapacity(values.count) }
            known[name] = .text(phase.rawValue)
            result.append(.text(phase.rawValue))
        }
        return known.isEmpty ? nil : result
    }
}
