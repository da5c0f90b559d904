import Foundation
import PlaceLab
import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage
import PlaceLabNetworks
import PlaceLabRender

/// A published network and NetworkX's values for it, read from `Reference/NAME.json`
/// (written by scripts/reference/networkx_reference.py).
struct ReferenceNetwork {
    let name: String
    let ids: [String]
    let graph: Graph
    let json: [String: Any]

    static let names = ["karate", "florentine", "les_miserables", "painters"]

    static func load(_ name: String) throws -> ReferenceNetwork {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Reference").appendingPathComponent("\(name).json")
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        let ids = json["nodes"] as! [String]
        var index: [String: Int] = [:]
        for (position, id) in ids.enumerated() { index[id] = position }
        let edges = (json["edges"] as! [[String: Any]]).map { edge in
            Graph.Edge(index[edge["source"] as! String]!, index[edge["target"] as! String]!,
                       weight: (edge["weight"] as? Double) ?? 1)
        }
        let graph = Graph(nodeCount: ids.count, directed: json["directed"] as! Bool,
                          weighted: json["weighted"] as! Bool, edges: edges)
        return ReferenceNetwork(name: name, ids: ids, graph: graph, json: json)
    }

    /// NetworkX's value of a per-node metric, in node order; nil where NetworkX gives none.
    func metric(_ metric: String) -> [Double?]? {
        guard let values = (json["metrics"] as? [String: Any])?[metric] as? [String: Any] else { return nil }
        return ids.map { (values[$0] as? NSNumber)?.doubleValue }
    }

    var summary: [String: Any] { json["summary"] as! [String: Any] }
}
