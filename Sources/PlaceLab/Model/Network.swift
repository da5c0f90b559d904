/// A network: actors (nodes) and their ties (edges), each a dataset of its own.
public struct Network: Sendable {
    public var name: String
    public var origin: String
    public var title: String?
    public var description: String?
    public var directed: Bool
    /// Set when the network was built by us to illustrate what a source describes in words;
    /// every view of it says so.
    public var illustrativeNote: String?
    /// The relation types its edges may carry.
    public var relations: [String]
    /// The case it belongs to, for bundled networks.
    public var caseID: String?
    /// `id`, `label`, then the node attributes (realm, organisation, layer, …).
    public var nodes: Dataset
    /// `source`, `target`, `relation`, `weight`.
    public var edges: Dataset

    public init(name: String, origin: String, directed: Bool, nodes: Dataset, edges: Dataset,
                relations: [String] = [], illustrativeNote: String? = nil, title: String? = nil,
                description: String? = nil, caseID: String? = nil) {
        self.name = name
        self.origin = origin
        self.directed = directed
        self.nodes = nodes
        self.edges = edges
        self.relations = relations
        self.illustrativeNote = illustrativeNote
        self.title = title
        self.description = description
        self.caseID = caseID
    }

    public var isIllustrative: Bool { illustrativeNote != nil }
}
