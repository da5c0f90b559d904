extension Centrality {
    /// Stephenson–Zelen information centrality as NetworkX information_centrality, on the undirected
    /// version of the graph, computed within each connected component; an isolated node scores 0
    /// (nothing flows to or from it). Nil when nodeCount > informationLimit (it needs a dense n×n inverse).
    ///
    /// A node's score is 1 / Σ R(v, w), the effective resistances from it to the others in its
    /// component when each tie is a resistor of conductance = weight (1 when unweighted).
    /// NetworkX refuses a disconnected graph; within one component the values are its values.
    public static func information(_ graph: Graph) -> [Double]? {
        guard graph.nodeCount <= informationLimit else { return nil }
        let graph = graph.undirected()
        var scores = [Double](repeating: 0, count: graph.nodeCount)
        for component in components(of: graph) where component.count > 1 {
            let values = information(ofComponent: component, in: graph)
            for (node, value) in zip(component, values) { scores[node] = value }
        }
        return scores
    }

    /// With the component's first node grounded (its row and column removed), the reduced
    /// Laplacian is positive definite and its inverse C gives every resistance:
    /// R(v, w) = C[v][v] + C[w][w] − 2·C[v][w], with C zero on the ground's row and column.
    /// Summed over w: Σ R(v, ·) = k·C[v][v] + trace(C) − 2·(C·1)[v] for a component of k nodes.
    private static func information(ofComponent nodes: [Int], in graph: Graph) -> [Double] {
        let k = nodes.count
        let size = k - 1
        var local = [Int: Int]()
        for (position, node) in nodes.enumerated() { local[node] = position - 1 }   // ground: -1
        var laplacian = [Double](repeating: 0, count: size * size)
        for (position, node) in nodes.enumerated() where position > 0 {
            let row = position - 1
            for tie in graph.outOffsets[node]..<graph.outOffsets[node + 1] {
                let conductance = graph.isWeighted ? graph.outWeights[tie] : 1
                guard conductance > 0 else { continue }
                laplacian[row * size + row] += conductance
                let column = local[graph.outTargets[tie]]!
                if column >= 0 { laplacian[row * size + column] -= conductance }
            }
        }
        // A connected component's grounded Laplacian is positive definite; only ties of
        // non-positive weight (left out above) could have cut it apart.
        guard let factor = DenseCholesky(laplacian, size: size) else {
            return [Double](repeating: 0, count: k)
        }
        let diagonal = factor.inverseDiagonal()
        let rowSums = factor.solve([Double](repeating: 1, count: size))
        let trace = diagonal.reduce(0, +)
        var scores = [1 / trace]
        for row in 0..<size {
            scores.append(1 / (Double(k) * diagonal[row] + trace - 2 * rowSums[row]))
        }
        return scores
    }

    /// Connected components of an undirected graph, each in increasing node order.
    private static func components(of graph: Graph) -> [[Int]] {
        var component = [Int](repeating: -1, count: graph.nodeCount)
        var result: [[Int]] = []
        for start in 0..<graph.nodeCount where component[start] < 0 {
            var members = [start]
            component[start] = result.count
            var head = 0
            while head < members.count {
                let node = members[head]
                head += 1
                for neighbour in graph.successors(of: node) where component[neighbour] < 0 {
                    component[neighbour] = result.count
                    members.append(neighbour)
                }
            }
            result.append(members.sorted())
        }
        return result
    }
}
