extension Structure {
    /// Burt's constraint as NetworkX constraint (weighted when isWeighted); nil for isolates (NetworkX: nan).
    ///
    /// c_i = Σ_j (p_ij + Σ_q p_iq p_qj)² over i's neighbours j, where p_ij is the share of
    /// i's ties (both directions added, weights when weighted) that goes to j. High values
    /// mean i's contacts are few and tied to each other: little room for brokerage. A node
    /// whose ties carry no weight at all has no shares, hence no constraint, as in NetworkX.
    public static func constraint(_ graph: Graph) -> [Double?] {
        let count = graph.nodeCount
        let ties = SymmetricTies(graph) { $0 }
        let total = (0..<count).map { node in ties.range(of: node).reduce(0.0) { $0 + ties.values[$1] } }
        func share(_ position: Int, of node: Int) -> Double { ties.values[position] / total[node] }

        var local = [Double](repeating: 0, count: count)   // p_ij + indirect, for j next to i
        var isNeighbour = [Bool](repeating: false, count: count)
        var result = [Double?](repeating: nil, count: count)
        for node in 0..<count where total[node] != 0 {
            let own = ties.range(of: node)
            for position in own {
                local[ties.neighbours[position]] = share(position, of: node)
                isNeighbour[ties.neighbours[position]] = true
            }
            // Indirect shares: i to q, then q on to j, for j among i's own neighbours.
            for position in own {
                let middle = ties.neighbours[position]
                guard total[middle] != 0 else { continue }
                let first = share(position, of: node)
                for second in ties.range(of: middle) where isNeighbour[ties.neighbours[second]] {
                    local[ties.neighbours[second]] += first * share(second, of: middle)
                }
            }
            var sum = 0.0
            for position in own {
                let neighbour = ties.neighbours[position]
                if share(position, of: node) > 0 { sum += local[neighbour] * local[neighbour] }
                local[neighbour] = 0
                isNeighbour[neighbour] = false
            }
            result[node] = sum
        }
        return result
    }
}
