/// What to read and how: a file, the dataset name to give it, its format (nil for a network
/// told by its extension or contents), and the options of `load`.
package struct ReadRequest {
    package var path: String
    package var name: String
    package var format: DataFileFormat?
    package var nodesPath: String?
    package var directed: Bool
    package var options: LoadOptions
    /// `load network FILE format X`: the network's format, else told by the extension.
    package var networkFormat: DataFileFormat?

    package init(path: String, name: String, format: DataFileFormat?, nodesPath: String?, directed: Bool,
                 options: LoadOptions, networkFormat: DataFileFormat? = nil) {
        self.path = path
        self.name = name
        self.format = format
        self.nodesPath = nodesPath
        self.directed = directed
        self.options = options
        self.networkFormat = networkFormat
    }
}
