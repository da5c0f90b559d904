import Foundation

extension Structure {
    /// NetworkX clustering (weighted: geometric mean of normalised weights; directed: Fagiolo), as NetworkX.
    ///
    /// One formula covers all four cases. With s_ij the value of the pair i, j (1 per tie
    /// when unweighted, the cube root of weight / largest weight when weighted, and the two
    /// directions added when directed), node i closes t_i = Σ_jk s_ij s_jk s_ki triangles
    /// (each counted once per ordering of j, k). Undirected: c_i = t_i / (d(d-1)) with d
    /// neighbours (Onnela et al. 2005 when weighted). Directed: c_i = t_i / (2(d(d-1) - 2r))
    /// with d = in+out degree and r reciprocated ties (Fagiolo 2007). 0 when t_i is 0.
    public static func clustering(_ graph: Graph) -> [Double] {
        let count = graph.nodeCount
        let largest = graph.isWeighted ? (graph.outWeights.max() ?? 1) : 1
        let scale = largest > 0 ? largest : 1
        let ties = SymmetricTies(graph) { weight in graph.isWeighted ? cbrt(weight / scale) : 1 }

        var row = [Double](repeating: 0, count: count)   // s_ik for the current node i
        var result = [Double](repeating: 0, count: count)
        for node in 0..<count {
            let own = ties.range(of: node)
            for position in own { row[ties.neighbours[position]] = ties.values[position] }
            var triangles = 0.0
            for position in own {
                let middle = ties.neighbours[position]
                var closing = 0.0
                for second in ties.range(of: middle) {
                    closing += ties.values[second] * row[ties.neighbours[second]]
                }
                triangles += ties.values[position] * closing
            }
            for position in own { row[ties.neighbours[position]] = 0 }
            guard triangles != 0 else { continue }

            if graph.isDirected {
                let degree = Double(graph.outDegree(node) + graph.inDegree(node))
                let reciprocated = Double(graph.outDegree(node) + graph.inDegree(node) - own.count)
                result[node] = triangles / (2 * (degree * (degree - 1) - 2 * reciprocated))
            } else {
                let degree = Double(own.count)
                result[node] = triangles / (degree * (degree - 1))
            }
        }
        return result
    }

    /// NetworkX average_clustering: the mean over every node, zeros included; 0 for an empty graph.
    public static func averageClustering(_ graph: Graph) -> Double {
        guard graph.nodeCount > 0 else { return 0 }
        return clustering(graph).reduce(0, +) / Double(graph.nodeCount)
    }
}
