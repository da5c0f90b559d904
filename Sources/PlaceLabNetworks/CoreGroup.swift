/// The core group across relation types, as the report describes it: the same people found
/// at the centre of every network.
///
/// PlaceLab's rule: in each relation type, the centre is the main k-core (the nodes of the
/// highest core number, direction ignored); the core group is the nodes in the main core of
/// more than half of the relation types. With one relation type, it is that type's main core.
public enum CoreGroup {
    public struct Membership: Sendable, Equatable {
        /// Relation types in which the node has any tie.
        public var relationsPresent: Int
        /// Relation types in whose main core the node sits.
        public var mainCoreIn: Int
        /// Core number with every relation together.
        public var coreNumber: Int
        public var inCoreGroup: Bool
    }

    /// `graphs`: one graph per relation type, over the same nodes; `union`: all of them together.
    public static func members(relations graphs: [Graph], union: Graph) -> [Membership] {
        let count = union.nodeCount
        var present = [Int](repeating: 0, count: count)
        var inMain = [Int](repeating: 0, count: count)
        for graph in graphs {
            let cores = Structure.coreNumbers(graph)
            let top = cores.max() ?? 0
            for node in 0..<count {
                if graph.outDegree(node) + (graph.isDirected ? graph.inDegree(node) : 0) > 0 { present[node] += 1 }
                if top > 0, cores[node] == top { inMain[node] += 1 }
            }
        }
        let unionCores = Structure.coreNumbers(union)
        return (0..<count).map { node in
            Membership(relationsPresent: present[node], mainCoreIn: inMain[node], coreNumber: unionCores[node],
                       inCoreGroup: 2 * inMain[node] > graphs.count)
        }
    }
}
