import Foundation
import PlaceLab
import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage
import PlaceLabNetworks
import PlaceLabRender
import Testing

/// Every centrality against NetworkX's values for four published networks: undirected
/// (karate, florentine), weighted (les_miserables, distance = 1 / weight) and directed
/// (painters), to 1e-9.
@Suite struct CentralityReferenceTests {
    static let tolerance = 1e-9

    /// Compares node by node, naming the network, metric and node of any difference.
    static func expectMatches(_ computed: [Double], _ network: ReferenceNetwork, _ metric: String) throws {
        let expected = try #require(network.metric(metric), "\(network.name) has no \(metric)")
        #expect(computed.count == expected.count)
        for (node, (value, reference)) in zip(computed, expected).enumerated() {
            guard let reference else { continue }   // NetworkX gives no value here
            #expect(abs(value - reference) <= tolerance,
                    "\(network.name) \(metric) of \(network.ids[node]): \(value), NetworkX \(reference)")
        }
    }

    @Test(arguments: ReferenceNetwork.names)
    func betweenness(_ name: String) throws {
        let network = try ReferenceNetwork.load(name)
        try Self.expectMatches(try Centrality.betweenness(network.graph), network, "betweenness")
    }

    @Test(arguments: ReferenceNetwork.names)
    func closeness(_ name: String) throws {
        let network = try ReferenceNetwork.load(name)
        try Self.expectMatches(try Centrality.closeness(network.graph), network, "closeness")
    }

    @Test(arguments: ReferenceNetwork.names)
    func harmonic(_ name: String) throws {
        let network = try ReferenceNetwork.load(name)
        try Self.expectMatches(try Centrality.harmonic(network.graph), network, "harmonic")
    }

    @Test(arguments: ReferenceNetwork.names)
    func eigenvector(_ name: String) throws {
        let network = try ReferenceNetwork.load(name)
        try Self.expectMatches(Centrality.eigenvector(network.graph), network, "eigenvector")
    }

    /// NetworkX computes information centrality for the undirected networks only.
    @Test(arguments: ReferenceNetwork.names)
    func information(_ name: String) throws {
        let network = try ReferenceNetwork.load(name)
        let values = try #require(Centrality.information(network.graph))
        #expect(values.count == network.graph.nodeCount)
        guard network.metric("information") != nil else {
            #expect(network.graph.isDirected, "\(name): only directed networks lack a reference")
            return
        }
        try Self.expectMatches(values, network, "information")
    }

    /// The reference networks cover the cases the conventions distinguish.
    @Test func referenceNetworksCoverWeightedAndDirected() throws {
        let graphs = try ReferenceNetwork.names.map { try ReferenceNetwork.load($0).graph }
        #expect(graphs.contains { $0.isWeighted && !$0.isDirected })
        #expect(graphs.contains { $0.isDirected })
    }
}
