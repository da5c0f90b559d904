/// Users' files in the formats other tools write: CSV, TSV, JSON, GraphML and edge lists.
enum ExternalFormats {
    static func read(_ request: LoadRequest) throws -> Catalog.Entry {
        switch request.format {
        case .csv:
            return .table(try DelimitedReader.read(path: request.path, name: request.name, delimiter: UInt8(ascii: ",")))
        case .tsv:
            return .table(try DelimitedReader.read(path: request.path, name: request.name, delimiter: UInt8(ascii: "\t")))
        case .json:
            return .table(try JSONReader.read(path: request.path, name: request.name))
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
