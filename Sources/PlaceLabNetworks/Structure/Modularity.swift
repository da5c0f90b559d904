extension Structure {
    /// NetworkX community.modularity of a partition (community index per node).
    ///
    /// Undirected: Q = Σ_c [L_c / m − (D_c / 2m)²], with L_c the weight of ties inside c,
    /// D_c its members' total degree (strength when weighted) and m the total tie weight.
    /// Directed: Q = Σ_c [L_c / m − D_c^out D_c^in / m²] (Leicht & Newman 2008). Community
    /// indices may be any integers; equal ones mean the same community. 0 for a graph
    /// without ties, where NetworkX divides by zero.
    public static func modularity(_ graph: Graph, communities: [Int]) -> Double {
        precondition(communities.count == graph.nodeCount, "one community index per node")
        var slot: [Int: Int] = [:]
        let community = communities.map { label in
            if let index = slot[label] { return index }
            slot[label] = slot.count
            return slot.count - 1
        }
        func weight(_ position: Int) -> Double { graph.isWeighted ? graph.outWeights[position] : 1 }

        var inside = [Double](repeating: 0, count: slot.count)
        var outTotal = [Double](repeating: 0, count: slot.count)
        var inTotal = [Double](repeating: 0, count: slot.count)
        var tieTotal = 0.0
        for node in 0..<graph.nodeCount {
            for position in graph.outOffsets[node]..<graph.outOffsets[node + 1] {
                let target = graph.outTargets[position]
                let value = weight(position)
                outTotal[community[node]] += value
                inTotal[community[target]] += value
                // An undirected tie is stored from both ends; count it once.
                guard graph.isDirected || node < target else { continue }
                tieTotal += value
                if community[node] == community[target] { inside[community[node]] += value }
            }
        }
        guard tieTotal != 0 else { return 0 }

        var quality = 0.0
        for index in 0..<slot.count {
            if graph.isDirected {
                quality += inside[index] / tieTotal - outTotal[index] * inTotal[index] / (tieTotal * tieTotal)
            } else {
                // outTotal is already the degree sum D_c when both ends are stored.
                quality += inside[index] / tieTotal - outTotal[index] * outTotal[index] / (4 * tieTotal * tieTotal)
            }
        }
        return quality
    }
}
