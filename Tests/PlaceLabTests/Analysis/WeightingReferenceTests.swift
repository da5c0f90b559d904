import Foundation
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender
import Testing

/// `network NAME weighted|unweighted` against NetworkX on the weighted Les Misérables network:
/// weighted (distance = 1 / weight) as `metrics`, unweighted (NetworkX's defaults, weights
/// ignored) as `unweighted_metrics`, to 1e-9. The network goes through `NetworkGraph`, as a
/// loaded network does.
@Suite struct WeightingReferenceTests {
    static let measures = ["betweenness", "closeness", "harmonic", "eigenvector", "clustering", "constraint"]

    /// The reference network as a PlaceLab network with a weight column.
    private func network(_ reference: ReferenceNetwork) -> Network {
        let edges = reference.json["edges"] as! [[String: Any]]
        let nodes = Dataset(name: "m", origin: "reference", columns: [
            Dataset.Column(name: "id", type: .text, values: reference.ids.map(Value.text)),
            Dataset.Column(name: "label", type: .text, values: reference.ids.map { _ in .null }),
        ], key: "id")
        let ties = Dataset(name: "m.edges", origin: "reference", columns: [
            Dataset.Column(name: "source", type: .text, values: edges.map { .text($0["source"] as! String) }),
            Dataset.Column(name: "target", type: .text, values: edges.map { .text($0["target"] as! String) }),
            Dataset.Column(name: "relation", type: .text, values: edges.map { _ in .null }),
            Dataset.Column(name: "weight", type: .number, values: edges.map { .number(($0["weight"] as! NSNumber).doubleValue) }),
        ])
        return Network(name: "m", origin: "reference", directed: false, nodes: nodes, edges: ties)
    }

    private func expectMatches(_ weighting: NetworkGraph.Weighting, key: String) throws {
        let reference = try ReferenceNetwork.load("les_miserables")
        let built = NetworkGraph(network(reference), weighting: weighting)
        #expect(built.graph.isWeighted == (weighting != .unweighted))
        var metrics = NodeMetrics(graph: built.graph)
        let table = try #require((reference.json[key] as? [String: Any]), "no \(key) in the reference")
        for measure in Self.measures {
            let expected = try #require(table[measure] as? [String: Any], "\(key) has no \(measure)")
            let values = try metrics.values(measure)
            for (node, id) in built.ids.enumerated() {
                guard let want = (expected[id] as? NSNumber)?.doubleValue else { continue }
                let got: Double
                switch values[node] {
                case .number(let number): got = number
                case .integer(let number): got = Double(number)
                default: Issue.record("\(measure) of \(id) is \(values[node])"); continue
                }
                #expect(abs(got - want) <= 1e-9, "\(weighting) \(measure) of \(id): \(got), NetworkX \(want)")
            }
        }
    }

    @Test func weightedIsDistanceOneOverWeightAsBefore() throws {
        try expectMatches(.automatic, key: "metrics")
        try expectMatches(.weighted, key: "metrics")
    }

    @Test func unweightedIsNetworkXsDefault() throws {
        try expectMatches(.unweighted, key: "unweighted_metrics")
    }

    /// The summary says which was used, and the words reach the command.
    @Test func theSummarySaysWhichWasUsed() throws {
        let session = Session(console: BufferConsole())
        let reference = try ReferenceNetwork.load("les_miserables")
        session.catalog = Catalog([.network(network(reference))])
        for (words, value) in [("", "weighted"), (" weighted", "weighted"), (" unweighted", "ignored")] {
            #expect(session.run(SourceText(name: "t", text: "network m\(words) summary")).succeeded)
            let console = session.console as? BufferConsole
            let text = (console?.output ?? "") + (console?.reports ?? "")
            let line = text.split(separator: "\n").last { $0.contains("weights: ") }
            #expect(line?.contains("weights: \(value) (") == true, "\(words): \(line ?? "")")
        }
        #expect(session.run(SourceText(name: "t", text: "roles m unweighted")).succeeded)
        #expect(session.run(SourceText(name: "t", text: "path m Valjean Javert unweighted")).succeeded)
    }
}
