extension Structure {
    /// One level of Louvain: the current nodes (communities of the level below), the weight
    /// between each pair of them in both directions together, and their total strengths.
    /// Ties inside a node are not listed: they only count through the strengths.
    struct LouvainLevel {
        let ties: SymmetricTies
        let isDirected: Bool
        /// Out- and in-strength per node; both hold the degree (strength) when undirected.
        let outStrength: [Double]
        let inStrength: [Double]
        /// Total tie weight of the original graph (m).
        let totalWeight: Double

        var nodeCount: Int { outStrength.count }

        init(_ graph: Graph) {
            ties = SymmetricTies(graph) { $0 }
            isDirected = graph.isDirected
            let weighted = graph.isWeighted
            func strength(_ offsets: [Int], _ weights: [Double], _ node: Int) -> Double {
                weighted ? weights[offsets[node]..<offsets[node + 1]].reduce(0, +) : Double(offsets[node + 1] - offsets[node])
            }
            outStrength = (0..<graph.nodeCount).map { strength(graph.outOffsets, graph.outWeights, $0) }
            inStrength = (0..<graph.nodeCount).map { strength(graph.inOffsets, graph.inWeights, $0) }
            let sum = outStrength.reduce(0, +)
            totalWeight = graph.isDirected ? sum : sum / 2
        }

        private init(ties: SymmetricTies, isDirected: Bool, outStrength: [Double], inStrength: [Double], totalWeight: Double) {
            self.ties = ties
            self.isDirected = isDirected
            self.outStrength = outStrength
            self.inStrength = inStrength
            self.totalWeight = totalWeight
        }

        /// Local moving: each node's community (named by a node index of this level) and whether any node moved.
        func moveNodes(using generator: inout SeededGenerator, checkpoint: () throws -> Void) rethrows -> (community: [Int], moved: Bool) {
            let count = nodeCount
            let m = totalWeight
            let directed = isDirected
            // Locals, not properties, in the hot loop: no copies of `ties` per access.
            let offsets = ties.offsets
            let neighbours = ties.neighbours
            let values = ties.values
            let outStrength = self.outStrength
            let inStrength = self.inStrength
            var community = Array(0..<count)
            var totalOut = outStrength
            var totalIn = inStrength
            var order = Array(0..<count)
            generator.shuffle(&order)

            /// What joining a community with these totals is worth, given the weight to it.
            func joiningValue(_ weightTo: Double, _ kOut: Double, _ kIn: Double, _ communityOut: Double, _ communityIn: Double) -> Double {
                directed
                    ? weightTo / m - (kOut * communityIn + kIn * communityOut) / (m * m)
                    : weightTo / m - communityOut * kOut / (2 * m * m)
            }

            var toCommunity = [Double](repeating: 0, count: count)   // weight from the node to each community
            var isTouched = [Bool](repeating: false, count: count)
            var touched: [Int] = []
            var moved = false
            // Every move raises the modularity, so passes end; the cap only guards against
            // rounding making two moves undo each other forever.
            var passes = 0
            var movesThisPass = 1
            while movesThisPass > 0 && passes < 10_000 {
                try checkpoint()
                movesThisPass = 0
                passes += 1
                for node in order {
                    for position in offsets[node]..<offsets[node + 1] {
                        let target = community[neighbours[position]]
                        if !isTouched[target] {
                            isTouched[target] = true
                            touched.append(target)
                        }
                        toCommunity[target] += values[position]
                    }
                    let current = community[node]
                    let kOut = outStrength[node]
                    let kIn = inStrength[node]
                    totalOut[current] -= kOut
                    totalIn[current] -= kIn
                    // Gain of a move = value of joining the target − value of staying (rejoining the current).
                    let leavingCost = -joiningValue(toCommunity[current], kOut, kIn, totalOut[current], totalIn[current])
                    var bestGain = 0.0
                    var best = current
                    for target in touched {
                        let gain = leavingCost + joiningValue(toCommunity[target], kOut, kIn, totalOut[target], totalIn[target])
                        if gain > bestGain {
                            bestGain = gain
                            best = target
                        }
                    }
                    totalOut[best] += kOut
                    totalIn[best] += kIn
                    if best != current {
                        community[node] = best
                        movesThisPass += 1
                        moved = true
                    }
                    for target in touched {
                        toCommunity[target] = 0
                        isTouched[target] = false
                    }
                    touched.removeAll(keepingCapacity: true)
                }
            }
            return (community, moved)
        }

        /// The next level: one node per group, weights between groups summed, strengths summed.
        func aggregated(_ group: [Int], into groupCount: Int) -> LouvainLevel {
            var members = [[Int]](repeating: [], count: groupCount)
            for node in 0..<nodeCount { members[group[node]].append(node) }
            var outSum = [Double](repeating: 0, count: groupCount)
            var inSum = [Double](repeating: 0, count: groupCount)
            var offsets = [0]
            var neighbours: [Int] = []
            var values: [Double] = []
            var between = [Double](repeating: 0, count: groupCount)
            var seen = [Bool](repeating: false, count: groupCount)
            var touched: [Int] = []
            for target in 0..<groupCount {
                for node in members[target] {
                    outSum[target] += outStrength[node]
                    inSum[target] += inStrength[node]
                    for position in ties.range(of: node) {
                        let other = group[ties.neighbours[position]]
                        guard other != target else { continue }
                        if !seen[other] {
                            seen[other] = true
                            touched.append(other)
                        }
                        between[other] += ties.values[position]
                    }
                }
                touched.sort()
                for other in touched {
                    neighbours.append(other)
                    values.append(between[other])
                    between[other] = 0
                    seen[other] = false
                }
                touched.removeAll(keepingCapacity: true)
                offsets.append(neighbours.count)
            }
            return LouvainLevel(ties: SymmetricTies(offsets: offsets, neighbours: neighbours, values: values),
                                isDirected: isDirected, outStrength: outSum, inStrength: inSum, totalWeight: totalWeight)
        }
    }
}
