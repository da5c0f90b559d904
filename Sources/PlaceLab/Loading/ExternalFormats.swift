/// Users' files in the formats other tools write: CSV, TSV, JSON, GraphML, Pajek, UCINET DL
/// and edge lists.
enum ExternalFormats {
    static func read(_ request: LoadRequest) throws -> Catalog.Entry {
        switch request.format {
        case .csv:
            return .table(try DelimitedReader.read(path: request.path, name: request.name, delimiter: request.options.delimiter,
                                                   header: request.options.header)
                .liftingIllustrativeNote().recognisingPhases())
        case .tsv:
            return .table(try DelimitedReader.read(path: request.path, name: request.name,
                                                   delimiter: request.options.delimiter ?? DelimitedReader.tab,
                                                   header: request.options.header)
                .liftingIllustrativeNote().recognisingPhases())
        case .json:
            return .table(try JSONReader.read(path: request.path, name: request.name)
                .liftingIllustrativeNote().recognisingPhases())
        case .graphml:
            return .network(try GraphMLReader.read(path: request.path, name: request.name))
        case .pajek:
            return .network(try PajekReader.read(path: request.path, name: request.name))
        case .ucinet:
            return .network(try UCINETReader.read(path: request.path, name: request.name))
        case nil:
            return .network(try EdgeListReader.read(edgesPath: request.path, nodesPath: request.nodesPath,
                                                    name: request.name, directed: request.directed))
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
            guard let phases = Dataset.phases(copy.columns[index].values) else { continue }
            copy.columns[index].type = .phase
            copy.columns[index].values = phases
        }
        return copy
    }

    /// The values as phase names, or nil at the first value that is not one (most text
    /// columns stop at their first row, so this costs nothing on large files).
    private static func phases(_ values: [Value]) -> [Value]? {
        var known: [String: Value] = [:]
        var result: [Value] = []
        result.reserveCapacity(values.count)
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
            known[name] = .text(phase.rawValue)
            result.append(.text(phase.rawValue))
        }
        return known.isEmpty ? nil : result
    }
}
