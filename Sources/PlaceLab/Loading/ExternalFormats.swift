/// Users' files in the formats other tools write: CSV, TSV, JSON, GraphML and edge lists.
enum ExternalFormats {
    static func read(_ request: LoadRequest) throws -> Catalog.Entry {
        switch request.format {
        case .csv:
            return .table(try DelimitedReader.read(path: request.path, name: request.name, delimiter: UInt8(ascii: ",")).recognisingPhases())
        case .tsv:
            return .table(try DelimitedReader.read(path: request.path, name: request.name, delimiter: UInt8(ascii: "\t")).recognisingPhases())
        case .json:
            return .table(try JSONReader.read(path: request.path, name: request.name).recognisingPhases())
        case .graphml:
            return .network(try GraphMLReader.read(path: request.path, name: request.name))
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
            let values = copy.columns[index].values
            let phases = values.map { value -> LifecyclePhase?? in
                if value.isNull { return .some(nil) }
                guard case .text(let name) = value, let phase = LifecyclePhase(name) else { return nil }
                return .some(phase)
            }
            guard phases.allSatisfy({ $0 != nil }), values.contains(where: { !$0.isNull }) else { continue }
            copy.columns[index].type = .phase
            copy.columns[index].values = phases.map { $0!.map { Value.text($0.rawValue) } ?? .null }
        }
        return copy
    }
}
