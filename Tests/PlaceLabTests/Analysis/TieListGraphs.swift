import PlaceLab
import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage
import PlaceLabNetworks
import PlaceLabRender

/// Small graphs for the structure tests, written as lists of ties.
enum TieList {
    /// A graph from (source, target) pairs, weight 1.
    static func graph(_ nodeCount: Int, directed: Bool = false, _ ties: [(Int, Int)]) -> Graph {
        Graph(nodeCount: nodeCount, directed: directed, weighted: false, edges: ties.map { Graph.Edge($0.0, $0.1) })
    }

    /// A weighted graph from (source, target, weight) triples.
    static func weighted(_ nodeCount: Int, directed: Bool = false, _ ties: [(Int, Int, Double)]) -> Graph {
        Graph(nodeCount: nodeCount, directed: directed, weighted: true, edges: ties.map { Graph.Edge($0.0, $0.1, weight: $0.2) })
    }
}
