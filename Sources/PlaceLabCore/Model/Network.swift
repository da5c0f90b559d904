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

extension Network {
    /// The most nodes a network file may declare: a count beyond it is a mistake, and would
    /// take more memory than the file it came from.
    public static let mostNodes = 10_000_000

    /// How every view starts an illustrative network's note.
    public static let illustrativePrefix = "illustrative network: "

    /// Marks the network illustrative, with the note that its tables then carry.
    public mutating func markIllustrative(_ note: String) {
        illustrativeNote = note
        let line = Network.illustrativePrefix + note
        if !nodes.notes.contains(line) { nodes.notes.append(line) }
        if !edges.notes.contains(line) { edges.notes.append(line) }
    }
}

extension Dataset {
    /// The column exports use to carry an illustrative note in formats without a place for one.
    public static let illustrativeNoteColumn = "illustrative_note"

    /// The index and text of an `illustrative_note` column whose every cell holds the same
    /// text, as exports write it; nil when there is none (or its cells differ, so it is data).
    package func illustrativeNoteColumn() -> (index: Int, note: String)? {
        guard let index = columns.firstIndex(where: { $0.name == Dataset.illustrativeNoteColumn }),
              case .text(let note)? = columns[index].values.first, !note.isEmpty,
              columns[index].values.allSatisfy({ $0 == .text(note) }) else { return nil }
        return (index, note)
    }

    /// The dataset with an exported `illustrative_note` column turned back into its note.
    package func liftingIllustrativeNote() -> Dataset {
        guard let (index, note) = illustrativeNoteColumn() else { return self }
        var copy = self
        copy.columns.remove(at: index)
        let line = Network.illustrativePrefix + note
        if !copy.notes.contains(line) { copy.notes.append(line) }
        return copy
    }
}
