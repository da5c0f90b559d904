import PlaceLabCore
import Yams

/// The network half of the bundled format: nodes with attributes, edges with relation types.
enum NetworkSection {
    static func read(_ document: YAMLDocument, name: String) throws -> Network {
        let root = document.root
        let facts = FactReader(document: document, allowsIllustrative: true)
        let illustrative = root.field("illustrative")?.truthValue ?? false
        let note = root.field("illustrative_note")?.string
        if illustrative, note?.isEmpty ?? true {
            throw document.error("an illustrative network needs an illustrative_note saying what it rests on",
                                 at: root.field("illustrative"))
        }
        let defaultProvenance = try root.field("provenance").map { try facts.provenance($0, what: "the network") }
        let relations = root.field("relations")?.sequence?.compactMap(\.string) ?? []

        let attributeSpecs = try root.field("node_columns").map {
            try BundledReader.columnSpecs(document, $0, what: "node_columns")
        } ?? []
        let nodeSpecs = [ColumnSpec(name: "id", type: .text, description: "node identifier", refersTo: nil),
                         ColumnSpec(name: "label", type: .text, description: "who the node is", refersTo: nil)]
            + attributeSpecs
        guard let nodeItems = root.field("nodes")?.sequence, !nodeItems.isEmpty else {
            throw document.error("a network needs nodes: a list of {id, label, …}", at: root.field("nodes") ?? root)
        }
        var nodeValues = [[Value]](repeating: [], count: nodeSpecs.count)
        var nodeProvenance = [[Provenance?]](repeating: [], count: nodeSpecs.count)
        var ids: [String] = []
        let nodeNames = nodeSpecs.map(\.name)
        for item in nodeItems {
            for (key, keyNode, _) in item.pairs where !nodeNames.contains(key) {
                throw Diagnostic.unknownIn(document, "node field", key, at: keyNode, among: nodeNames)
            }
            guard let id = item.field("id")?.string, !id.isEmpty else {
                throw document.error("a node needs an id", at: item)
            }
            if ids.contains(id) {
                throw document.error("duplicate node id \"\(id)\"", at: item.field("id"))
            }
            ids.append(id)
            for (index, spec) in nodeSpecs.enumerated() {
                if index == 0 {
                    nodeValues[0].append(.text(id))
                    nodeProvenance[0].append(nil)
                    continue
                }
                let (value, origin) = try item.field(spec.name).map {
                    try facts.read($0, as: spec, inherited: defaultProvenance)
                } ?? (.null, nil)
                nodeValues[index].append(value)
                nodeProvenance[index].append(origin)
            }
        }

        var sources: [Value] = [], targets: [Value] = [], kinds: [Value] = [], weights: [Value] = []
        for item in root.field("edges")?.sequence ?? [] {
            for (key, keyNode, _) in item.pairs where !["source", "target", "relation", "weight"].contains(key) {
                throw Diagnostic.unknownIn(document, "edge field", key, at: keyNode,
                                           among: ["source", "target", "relation", "weight"])
            }
            for end in ["source", "target"] {
                let endNode = item.field(end)
                guard let id = endNode?.string else { throw document.error("an edge needs a \(end)", at: item) }
                guard ids.contains(id) else {
                    throw Diagnostic.unknownIn(document, "node", id, at: endNode, among: ids)
                }
            }
            let relationNode = item.field("relation")
            let relation = relationNode?.string
            if let relation, !relations.isEmpty, !relations.contains(relation) {
                throw Diagnostic.unknownIn(document, "relation", relation, at: relationNode, among: relations)
            }
            let weightNode = item.field("weight")
            let weight = weightNode.flatMap(\.decimalNumber)
            if weightNode != nil, weight == nil {
                throw document.error("an edge weight should be a number", at: weightNode)
            }
            sources.append(.text(item.field("source")!.string!))
            targets.append(.text(item.field("target")!.string!))
            kinds.append(relation.map(Value.text) ?? .null)
            weights.append(weight.map(Value.number) ?? .null)
        }
        let notes = note.map { ["illustrative network: \($0)"] } ?? []
        let nodes = Dataset(
            name: name, origin: document.path,
            columns: nodeSpecs.enumerated().map { index, spec in
                Dataset.Column(name: spec.name, type: spec.type, description: spec.description,
                               values: nodeValues[index], provenance: nodeProvenance[index], refersTo: spec.refersTo)
            },
            title: root.field("title")?.string, key: "id", notes: notes)
        let edgeProvenance = [Provenance?](repeating: defaultProvenance, count: sources.count)
        let edges = Dataset(
            name: name + ".edges", origin: document.path,
            columns: [
                Dataset.Column(name: "source", type: .text, description: "the node the tie starts from",
                               values: sources, provenance: edgeProvenance),
                Dataset.Column(name: "target", type: .text, description: "the node the tie goes to",
                               values: targets, provenance: edgeProvenance),
                Dataset.Column(name: "relation", type: .text, description: "the kind of tie",
                               values: kinds, provenance: edgeProvenance),
                Dataset.Column(name: "weight", type: weights.allSatisfy(\.isNull) ? .empty : .number,
                               description: "the tie's strength, where given", values: weights, provenance: edgeProvenance),
            ],
            notes: notes)
        return Network(name: name, origin: document.path, directed: root.field("directed")?.truthValue ?? false,
                       nodes: nodes, edges: edges, relations: relations, illustrativeNote: note,
                       title: root.field("title")?.string, description: root.field("description")?.string,
                       caseID: root.field("case")?.string)
    }
}
