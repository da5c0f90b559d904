import PlaceLabCore
import Yams

/// Reads one cell of the bundled format: null, or a fact
/// `{value: …, source: FILE, quote: "…", basis: stated|inferred|illustrative, note: "…", qualifier: "…"}`.
struct FactReader {
    let document: YAMLDocument
    /// Networks may hold illustrative values; tables may not.
    let allowsIllustrative: Bool

    static let factKeys = ["value", "source", "quote", "basis", "note", "qualifier"]

    /// The cell's value and provenance; a plain scalar is allowed only when `inherited` provenance is given.
    func read(_ node: Node, as column: ColumnSpec, inherited: Provenance? = nil) throws -> (Value, Provenance?) {
        if node.isNull { return (.null, nil) }
        guard node.mapping != nil, node.field("value") != nil else {
            if let inherited {
                return (try value(node, as: column), inherited)
            }
            throw document.error(
                "\"\(column.name)\" needs its provenance", at: node,
                help: "write {value: …, source: SEED-FILE, quote: \"…\", basis: stated}")
        }
        for (key, keyNode, _) in node.pairs where !FactReader.factKeys.contains(key) {
            throw Diagnostic.unknownIn(document, "fact field", key, at: keyNode, among: FactReader.factKeys)
        }
        let provenance = try self.provenance(node, what: "\"\(column.name)\"")
        let valueNode = node.field("value")!
        return (valueNode.isNull ? .null : try value(valueNode, as: column), provenance)
    }

    /// `source`, `quote`, `basis` and `note` of a fact (or of a network's default provenance).
    func provenance(_ node: Node, what: String) throws -> Provenance {
        guard let source = node.field("source")?.string, !source.isEmpty else {
            throw document.error("\(what) names no source", at: node, help: "add source: SEED-FILE-NAME")
        }
        guard let quote = node.field("quote")?.string, !quote.isEmpty else {
            throw document.error("\(what) has no supporting quote", at: node, help: "add quote: \"a phrase from the source\"")
        }
        let basisNode = node.field("basis")
        let basisName = basisNode?.string ?? ""
        guard let basis = Provenance.Basis(rawValue: basisName) else {
            throw Diagnostic.unknownIn(document, "basis", basisName, at: basisNode ?? node,
                                       among: Provenance.Basis.allCases.map(\.rawValue))
        }
        if basis == .illustrative, !allowsIllustrative {
            throw document.error("only networks may be illustrative", at: basisNode,
                                 help: "use stated, or inferred with a note giving the reason")
        }
        let note = node.field("note")?.string
        if basis == .inferred, note?.isEmpty ?? true {
            throw document.error("an inferred value needs a note giving the reason", at: basisNode)
        }
        let qualifier = node.field("qualifier")?.string
        if let qualifierNode = node.field("qualifier"), qualifier?.isEmpty ?? true {
            throw document.error("a qualifier should be the source's hedge as text", at: qualifierNode,
                                 help: "write qualifier: \"some signs\", or leave it out")
        }
        return Provenance(source: source, quote: quote, basis: basis, note: note, qualifier: qualifier)
    }

    /// A YAML node as a value of the column's type.
    func value(_ node: Node, as column: ColumnSpec) throws -> Value {
        func mismatch(_ expected: String) -> Diagnostic {
            document.error("\"\(column.name)\" should be \(expected)", at: node)
        }
        switch column.type {
        case .integer:
            guard let number = node.wholeNumber else { throw mismatch("a whole number") }
            return .integer(number)
        case .number:
            guard let number = node.decimalNumber else { throw mismatch("a number") }
            return .number(number)
        case .boolean:
            guard let flag = node.truthValue else { throw mismatch("true or false") }
            return .bool(flag)
        case .phase:
            guard let name = node.string, let phase = LifecyclePhase(name) else {
                throw Diagnostic.unknownIn(document, "lifecycle phase", node.string ?? "?", at: node,
                                           among: LifecyclePhase.allCases.map(\.rawValue))
            }
            return .text(phase.rawValue)
        case .list:
            guard let items = node.sequence else { throw mismatch("a list [a, b]") }
            return .list(try items.map { item in
                guard let text = item.string else { throw document.error("list items should be text", at: item) }
                return .text(text)
            })
        case .text, .empty, .date:
            guard node.scalar != nil, let text = node.string else { throw mismatch("text") }
            return .text(text)
        }
    }
}
