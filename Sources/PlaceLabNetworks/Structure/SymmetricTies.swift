extension Structure {
    /// Every node's neighbours in either direction, each once and in index order, with one
    /// value per pair that adds the values of the two directions (`value(w_uv) + value(w_vu)`).
    ///
    /// Clustering, constraint and Louvain all see a directed tie from both of its ends, and
    /// this is the shape they share. Undirected graphs pass through with one value per tie.
    struct SymmetricTies {
        let offsets: [Int]
        let neighbours: [Int]
        let values: [Double]

        /// `value` turns a tie's weight (1 when the graph is unweighted) into what is summed.
        init(_ graph: Graph, value: (Double) -> Double) {
            let weighted = graph.isWeighted
            func weight(_ raw: Double) -> Double { weighted ? raw : 1 }
            guard graph.isDirected else {
                offsets = graph.outOffsets
                neighbours = graph.outTargets
                values = graph.outWeights.map { value(weight($0)) }
                return
            }
            var offsets = [0]
            var neighbours: [Int] = []
            var values: [Double] = []
            offsets.reserveCapacity(graph.nodeCount + 1)
            neighbours.reserveCapacity(graph.outTargets.count + graph.inTargets.count)
            values.reserveCapacity(graph.outTargets.count + graph.inTargets.count)
            for node in 0..<graph.nodeCount {
                // Both lists are sorted, so one merge pass pairs up reciprocated ties.
                var out = graph.outOffsets[node]
                var into = graph.inOffsets[node]
                let outEnd = graph.outOffsets[node + 1]
                let inEnd = graph.inOffsets[node + 1]
                while out < outEnd || into < inEnd {
                    let outTarget = out < outEnd ? graph.outTargets[out] : Int.max
                    let inSource = into < inEnd ? graph.inTargets[into] : Int.max
                    if outTarget == inSource {
                        neighbours.append(outTarget)
                        values.append(value(weight(graph.outWeights[out])) + value(weight(graph.inWeights[into])))
                        out += 1
                        into += 1
                    } else if outTarget < inSource {
                        neighbours.append(outTarget)
                        values.append(value(weight(graph.outWeights[out])))
                        out += 1
                    } else {
                        neighbours.append(inSource)
                        values.append(value(weight(graph.inWeights[into])))
                        into += 1
                    }
                }
                offsets.append(neighbours.count)
            }
            self.offsets = offsets
            self.neighbours = neighbours
            self.values = values
        }

        init(offsets: [Int], neighbours: [Int], values: [Double]) {
            self.offsets = offsets
            self.neighbours = neighbours
            self.values = values
        }

        var nodeCount: Int { offsets.count - 1 }

        /// Positions of `node`'s neighbours in `neighbours` and `values`.
        func range(of node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }
    }
}
