import PlaceLabCore

/// Gathers a network's nodes and edges as a reader meets them, then lays them out like the
/// bundled networks: nodes `id`, `label`, then attributes in the order first seen; edges
/// `source`, `target`, `relation`, `weight`, then the other edge attributes.
///
/// Shared by the readers of GEXF, DOT, GML and plain edge lists, so that they type columns
/// alike: a column of whole numbers is integer, with any fraction number, of true/false
/// boolean, and otherwise text (its numbers written as text). Self-loops and repeated ties
/// are kept as the file gives them.
struct NetworkAssembly {
    let path: String
    let name: String
    var directed: Bool
    var title: String?
    var illustrativeNote: String?

    private(set) var ids: [String] = []
    private var nodeIndex: [String: Int] = [:]
    private var nodeColumns = AttributeColumns()
    private(set) var edgeEnds: [(source: Int, target: Int)] = []
    private var edgeColumns = AttributeColumns()
    /// Undirected ties in a directed network (DOT `--` among `->`, Gephi's `Undirected`): each
    /// becomes a tie both ways.
    private var bothWays: Set<Int> = []

    init(path: String, name: String, directed: Bool) {
        self.path = path
        self.name = name
        self.directed = directed
    }

    var nodeCount: Int { ids.count }
    var edgeCount: Int { edgeEnds.count }

    func node(_ id: String) -> Int? { nodeIndex[id] }

    /// The node with this id, added at the end when it is new.
    @discardableResult
    mutating func addNode(_ id: String) -> Int {
        if let known = nodeIndex[id] { return known }
        nodeIndex[id] = ids.count
        ids.append(id)
        return ids.count - 1
    }

    mutating func setNode(_ node: Int, _ attribute: String, _ value: Value) {
        nodeColumns.set(node, attribute, value)
    }

    @discardableResult
    mutating func addEdge(_ source: Int, _ target: Int, bothWays: Bool = false) -> Int {
        edgeEnds.append((source, target))
        if bothWays { self.bothWays.insert(edgeEnds.count - 1) }
        return edgeEnds.count - 1
    }

    mutating func setEdge(_ edge: Int, _ attribute: String, _ value: Value) {
        edgeColumns.set(edge, attribute, value)
    }

    func nodeValue(_ node: Int, _ attribute: String) -> Value? {
        nodeColumns.value(node, attribute)
    }

    func edgeValue(_ edge: Int, _ attribute: String) -> Value? {
        edgeColumns.value(edge, attribute)
    }

    /// The network. `relation` names the edge attribute that holds the kind of tie (it
    /// becomes the `relation` column); `weight` is the edge attribute `weight`, which the reader
    /// has checked to be numeric.
    func network(relation relationAttribute: String? = "relation") -> Network {
        let nodeCount = ids.count
        var nodes = [
            Dataset.Column(name: "id", type: .text, description: "node identifier", values: ids.map(Value.text)),
            Dataset.Column(name: "label", type: .text, description: "who the node is",
                           values: nodeColumns.values("label", count: nodeCount).map { $0.isNull ? .null : .text($0.plainText) }),
        ]
        for attribute in nodeColumns.order where attribute != "label" {
            nodes.append(Self.column(attribute, nodeColumns.values(attribute, count: nodeCount)))
        }

        // Ties both ways in a directed network: the undirected ones twice.
        var rows: [(edge: Int, reversed: Bool)] = []
        for edge in edgeEnds.indices {
            rows.append((edge, false))
            if directed, bothWays.contains(edge), edgeEnds[edge].source != edgeEnds[edge].target {
                rows.append((edge, true))
            }
        }
        func column(_ attribute: String?) -> [Value] {
            guard let attribute else { return [Value](repeating: .null, count: rows.count) }
            let values = edgeColumns.values(attribute, count: edgeEnds.count)
            return rows.map { values[$0.edge] }
        }
        let relationValues = column(relationAttribute).map { $0.isNull ? Value.null : .text($0.plainText) }
        var relations: [String] = []
        var seen: Set<String> = []
        for case .text(let relation) in relationValues where seen.insert(relation).inserted { relations.append(relation) }
        let weights = column("weight").map { value -> Value in
            switch value {
            case .integer(let number): .number(Double(number))
            case .number: value
            default: .null
            }
        }
        var edges = [
            Dataset.Column(name: "source", type: .text,
                           values: rows.map { .text(ids[$0.reversed ? edgeEnds[$0.edge].target : edgeEnds[$0.edge].source]) }),
            Dataset.Column(name: "target", type: .text,
                           values: rows.map { .text(ids[$0.reversed ? edgeEnds[$0.edge].source : edgeEnds[$0.edge].target]) }),
            Dataset.Column(name: "relation", type: .text, values: relationValues),
            Dataset.Column(name: "weight", type: weights.allSatisfy(\.isNull) ? .empty : .number, values: weights),
        ]
        for attribute in edgeColumns.order where attribute != relationAttribute && attribute != "weight" {
            edges.append(Self.column(attribute, column(attribute)))
        }
        var network = Network(name: name, origin: path, directed: directed,
                              nodes: Dataset(name: name, origin: path, columns: nodes, key: "id"),
                              edges: Dataset(name: name + ".edges", origin: path, columns: edges),
                              relations: relations, title: title)
        if let illustrativeNote, !illustrativeNote.isEmpty { network.markIllustrative(illustrativeNote) }
        return network
    }

    /// A column typed by its values: all whole numbers → integer, numbers → number, all
    /// booleans → boolean, anything mixed → text.
    static func column(_ name: String, _ values: [Value]) -> Dataset.Column {
        var kinds = Set<ValueType>()
        for value in values {
            switch value {
            case .null: break
            case .bool: kinds.insert(.boolean)
            case .integer: kinds.insert(.integer)
            case .number: kinds.insert(.number)
            default: kinds.insert(.text)
            }
        }
        if kinds.isEmpty { return Dataset.Column(name: name, type: .empty, values: values) }
        if kinds == [.integer] { return Dataset.Column(name: name, type: .integer, values: values) }
        if kinds.isSubset(of: [.integer, .number]) {
            return Dataset.Column(name: name, type: .number, values: values.map { value in
                if case .integer(let number) = value { return .number(Double(number)) }
                return value
            })
        }
        if kinds == [.boolean] { return Dataset.Column(name: name, type: .boolean, values: values) }
        return Dataset.Column(name: name, type: .text, values: values.map { $0.isNull ? .null : .text($0.plainText) })
    }
}

/// Attribute values by element index, kept sparse: most elements carry few attributes.
private struct AttributeColumns {
    private(set) var order: [String] = []
    private var values: [String: [Int: Value]] = [:]

    mutating func set(_ element: Int, _ attribute: String, _ value: Value) {
        if values[attribute] == nil {
            order.append(attribute)
            values[attribute] = [:]
        }
        values[attribute]![element] = value
    }

    func value(_ element: Int, _ attribute: String) -> Value? {
        values[attribute]?[element]
    }

    func values(_ attribute: String, count: Int) -> [Value] {
        guard let column = values[attribute] else { return [Value](repeating: .null, count: count) }
        return (0..<count).map { column[$0] ?? .null }
    }
}
