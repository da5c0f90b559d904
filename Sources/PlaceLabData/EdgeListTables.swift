import PlaceLabCore

/// A CSV or TSV edge list and its nodes file read with `load`'s table options — `delimiter`,
/// `decimal ','`, `null 'x', …`, `header none` — and typed as `load` types a table (so `NA`
/// in a weight column is no weight, while a NaN weight is refused), then built into a network
/// by `EdgeListReader`.
///
/// With `header none` the columns are named by position: an edge list's first three are
/// source, target and weight (as in NetworkX's and igraph's headerless lists), a nodes file's
/// first two id and label; the rest stay column_4, column_3, ….
package enum EdgeListTables {
    /// `tabs`: the edge list is TSV (by its extension or `format tsv`) unless a delimiter is given.
    package static func read(_ request: ReadRequest, tabs: Bool) throws -> Network {
        let options = request.options
        let delimiter = options.delimiter ?? (tabs ? DelimitedReader.tab : nil)
        var edgeOptions = options
        edgeOptions.defaultNaNIsNull = false
        let edges = try table(request.path, name: request.name + ".edges", delimiter: delimiter, options: edgeOptions,
                              positions: ["source", "target", "weight"])
        let nodes = try request.nodesPath.map { path in
            try table(path, name: request.name, delimiter: options.delimiter, options: options, positions: ["id", "label"])
        }
        return try EdgeListReader.build(edgeTable: edges, edgesPath: request.path, nodeTable: nodes,
                                        nodesPath: request.nodesPath, name: request.name, directed: request.directed,
                                        layout: CellLocator.Layout(delimiter: delimiter, header: options.header))
    }

    private static func table(_ path: String, name: String, delimiter: UInt8?, options: LoadOptions,
                              positions: [String]) throws -> Dataset {
        let read = try DelimitedReader.read(path: path, name: name, delimiter: delimiter, header: options.header,
                                            decimalComma: options.decimalComma)
        let typing = ColumnTyping(options: options, places: { rows in
            DelimitedReader.lines(ofRows: rows, path: path, delimiter: delimiter, header: options.header)
        })
        var typed = try typing.apply(read)
        if !options.header {
            for (index, name) in positions.enumerated() where index < typed.columns.count {
                typed.columns[index].name = name
            }
        }
        return typed
    }
}
