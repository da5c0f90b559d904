/// The datasets a session knows, by name: the bundled ones and those the user loads.
public struct Catalog: Sendable {
    public enum Entry: Sendable {
        case table(Dataset)
        case network(Network)

        public var name: String {
            switch self {
            case .table(let dataset): dataset.name
            case .network(let network): network.name
            }
        }

        public var origin: String {
            switch self {
            case .table(let dataset): dataset.origin
            case .network(let network): network.origin
            }
        }
    }

    public private(set) var entries: [Entry] = []

    public init(_ entries: [Entry] = []) {
        for entry in entries { add(entry) }
    }

    public var names: [String] { entries.map(\.name) }

    public subscript(name: String) -> Entry? {
        let key = name.lowercased()
        return entries.first { $0.name.lowercased() == key }
    }

    /// Adds an entry, replacing one of the same name; returns whether one was replaced.
    @discardableResult
    public mutating func add(_ entry: Entry) -> Bool {
        if let index = entries.firstIndex(where: { $0.name.lowercased() == entry.name.lowercased() }) {
            entries[index] = entry
            return true
        }
        entries.append(entry)
        return false
    }

    @discardableResult
    public mutating func remove(_ name: String) -> Entry? {
        guard let index = entries.firstIndex(where: { $0.name.lowercased() == name.lowercased() }) else { return nil }
        return entries.remove(at: index)
    }

    /// The dataset a name refers to: a table, or a network's nodes.
    public func dataset(_ name: String) -> Dataset? {
        switch self[name] {
        case .table(let dataset): dataset
        case .network(let network): network.nodes
        case nil: nil
        }
    }
}

extension Catalog.Entry {
    /// The entry under another name; a network's nodes and edges follow it.
    package func renamed(_ name: String) -> Catalog.Entry {
        switch self {
        case .table(var dataset):
            dataset.name = name
            return .table(dataset)
        case .network(var network):
            network.name = name
            network.nodes.name = name
            network.edges.name = name + ".edges"
            return .network(network)
        }
    }
}
