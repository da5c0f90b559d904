import Foundation
import Testing
import PlaceLab
import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage
import PlaceLabNetworks
import PlaceLabRender

/// Every structural metric against NetworkX 3.6 on four published networks (undirected,
/// weighted, directed), to 1e-9. The values come from scripts/reference/networkx_reference.py.
@Suite struct StructureReferenceTests {
    static let networks = ReferenceNetwork.names

    private func expectClose(_ ours: [Double?], _ theirs: [Double?], _ label: String, _ ids: [String]) {
        #expect(ours.count == theirs.count)
        for (index, (mine, reference)) in zip(ours, theirs).enumerated() {
            // null in the file: NetworkX gives no number (nan); ours must be nil there too.
            guard let reference else {
                #expect(mine == nil, "\(label) \(ids[index]): NetworkX has none, ours \(String(describing: mine))")
                continue
            }
            guard let mine else {
                Issue.record("\(label) \(ids[index]): ours is nil, NetworkX \(reference)")
                continue
            }
            #expect(abs(mine - reference) <= 1e-9, "\(label) \(ids[index]): ours \(mine), NetworkX \(reference)")
        }
    }

    private func number(_ network: ReferenceNetwork, _ key: String) -> Double? {
        (network.summary[key] as? NSNumber)?.doubleValue
    }

    @Test(arguments: networks) func coreNumbers(name: String) throws {
        let network = try ReferenceNetwork.load(name)
        let ours = Structure.coreNumbers(network.graph).map { Double($0) as Double? }
        expectClose(ours, try #require(network.metric("core")), "core", network.ids)
    }

    @Test(arguments: networks) func clustering(name: String) throws {
        let network = try ReferenceNetwork.load(name)
        expectClose(Structure.clustering(network.graph), try #require(network.metric("clustering")), "clustering", network.ids)
        let average = try #require(number(network, "average_clustering"))
        #expect(abs(Structure.averageClustering(network.graph) - average) <= 1e-9)
    }

    @Test(arguments: networks) func constraint(name: String) throws {
        let network = try ReferenceNetwork.load(name)
        expectClose(Structure.constraint(network.graph), try #require(network.metric("constraint")), "constraint", network.ids)
    }

    @Test(arguments: networks) func summaryCounts(name: String) throws {
        let network = try ReferenceNetwork.load(name)
        let graph = network.graph
        #expect(Double(graph.nodeCount) == number(network, "nodes"))
        #expect(Double(graph.edgeCount) == number(network, "edges"))
        let density = try #require(number(network, "density"))
        #expect(abs(Structure.density(graph) - density) <= 1e-9)
        let components = Structure.components(graph)
        #expect(Double((components.max() ?? -1) + 1) == number(network, "components"))
    }

    @Test(arguments: networks) func diameterAndCutPoints(name: String) throws {
        let network = try ReferenceNetwork.load(name)
        // NetworkX gives these for the undirected networks only (the file has none for painters).
        guard let diameter = number(network, "diameter") else { return }
        #expect(Double(Structure.diameter(network.graph)) == diameter)
        let cutPoints = try #require(network.summary["articulation_points"] as? [String])
        #expect(Structure.articulationPoints(network.graph).map { network.ids[$0] }.sorted() == cutPoints.sorted())
    }

    @Test(arguments: networks) func modularityOfNetworkXPartition(name: String) throws {
        let network = try ReferenceNetwork.load(name)
        let groups = try #require(network.json["louvain_partition"] as? [[String]])
        var community = [Int](repeating: -1, count: network.ids.count)
        let index = Dictionary(uniqueKeysWithValues: network.ids.enumerated().map { ($1, $0) })
        for (number, group) in groups.enumerated() {
            for id in group { community[try #require(index[id])] = number }
        }
        #expect(!community.contains(-1))
        let expected = try #require(number(network, "louvain_modularity"))
        #expect(abs(Structure.modularity(network.graph, communities: community) - expected) <= 1e-9)
    }

    @Test(arguments: networks) func louvainScoresLikeNetworkX(name: String) throws {
        let network = try ReferenceNetwork.load(name)
        let expected = try #require(number(network, "louvain_modularity"))
        let communities = Structure.louvain(network.graph)
        let quality = Structure.modularity(network.graph, communities: communities)
        #expect(quality >= expected - 0.02, "ours \(quality), NetworkX \(expected)")
        #expect(Structure.louvain(network.graph, seed: 42) == communities)
        // Numbered 0… by decreasing size.
        let sizes = (0...(communities.max() ?? 0)).map { number in communities.filter { $0 == number }.count }
        #expect(sizes == sizes.sorted(by: >) && !sizes.contains(0))
    }

    @Test(arguments: networks) func shortestPaths(name: String) throws {
        let network = try ReferenceNetwork.load(name)
        let index = Dictionary(uniqueKeysWithValues: network.ids.enumerated().map { ($1, $0) })
        let cases = try #require(network.json["shortest_paths"] as? [[String: Any]])
        #expect(!cases.isEmpty)
        for item in cases {
            let sourceID = try #require(item["source"] as? String)
            let targetID = try #require(item["target"] as? String)
            let source = try #require(index[sourceID])
            let target = try #require(index[targetID])
            let expected = try #require(item["paths"] as? [[String]])
            let ours = Structure.shortestPaths(network.graph, from: source, to: target).map { $0.map { network.ids[$0] } }
            #expect(ours.sorted { $0.lexicographicallyPrecedes($1) } == expected,
                    "\(network.ids[source]) → \(network.ids[target])")
        }
    }
}
