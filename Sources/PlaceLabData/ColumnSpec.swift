import PlaceLabCore
import Yams

/// A column as the bundled format declares it: `{name: realms, type: "refs:realms"}`.
struct ColumnSpec {
    let name: String
    let type: ValueType
    let description: String?
    /// For `ref:X` and `refs:X`: the dataset X whose keys the values name.
    let refersTo: String?

    static let typeNames = ["text", "integer", "number", "boolean", "phase", "list", "ref:DATASET", "refs:DATASET"]

    static func parse(_ node: Node, in document: YAMLDocument) throws -> ColumnSpec {
        guard let name = node.field("name")?.string, !name.isEmpty else {
            throw document.error("a column needs a name", at: node, help: "write {name: NAME, type: TYPE}")
        }
        let typeNode = node.field("type")
        let typeName = typeNode?.string ?? "text"
        let (type, refersTo): (ValueType, String?)
        switch typeName {
        case "text": (type, refersTo) = (.text, nil)
        case "integer": (type, refersTo) = (.integer, nil)
        case "number": (type, refersTo) = (.number, nil)
        case "boolean": (type, refersTo) = (.boolean, nil)
        case "phase": (type, refersTo) = (.phase, nil)
        case "list": (type, refersTo) = (.list, nil)
        case let ref where ref.hasPrefix("ref:"): (type, refersTo) = (.text, String(ref.dropFirst(4)))
        case let refs where refs.hasPrefix("refs:"): (type, refersTo) = (.list, String(refs.dropFirst(5)))
        default:
            throw Diagnostic.unknownIn(document, "column type", typeName, at: typeNode, among: typeNames)
        }
        return ColumnSpec(name: name, type: type, description: node.field("description")?.string, refersTo: refersTo)
    }
}

extension Diagnostic {
    /// `unknown KIND "NAME"` at a YAML node, with a did-you-mean.
    static func unknownIn(_ document: YAMLDocument, _ kind: String, _ name: String, at node: Node?,
                          among candidates: [String]) -> Diagnostic {
        let help = Suggestion.closest(to: name, among: candidates).map { "did you mean \"\($0)\"?" }
        return document.error("unknown \(kind) \"\(name)\"", at: node, help: help)
    }
}
