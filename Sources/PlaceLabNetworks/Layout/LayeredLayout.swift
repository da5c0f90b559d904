extension NetworkLayout {
    /// The order of the nodes within each band (band 0 at the top), chosen to reduce crossing
    /// ties: the barycentre heuristic of Sugiyama, Tagawa & Toda (1981). Sweeping down, each band
    /// is sorted by the mean position of its nodes' neighbours in the bands above; sweeping up,
    /// in the bands below. A node with no such neighbour keeps its place. The ordering with the
    /// fewest crossings seen is kept, starting from the nodes' order in the data.
    public static func bandOrder(_ graph: Graph, band: [Int], bandCount: Int, sweeps: Int = 6) -> [[Int]] {
        precondition(band.count == graph.nodeCount)
        let ties = graph.undirected()
        var order = [[Int]](repeating: [], count: bandCount)
        for node in 0..<graph.nodeCount { order[band[node]].append(node) }
        guard bandCount > 1 else { return order }
        var position = [Double](repeating: 0, count: graph.nodeCount)
        func place(_ band: Int) {
            let count = Double(order[band].count)
            for (rank, node) in order[band].enumerated() { position[node] = (Double(rank) + 0.5) / count }
        }
        for index in 0..<bandCount { place(index) }
        var best = order
        var fewest = crossings(ties, order: order, band: band)
        func sort(_ index: Int, using neighbourBands: (Int) -> Bool) {
            let keys = order[index].map { node -> (Double, Double) in
                var (sum, count) = (0.0, 0)
                for other in ties.successors(of: node) where neighbourBands(band[other]) {
                    sum += position[other]; count += 1
                }
                return (count > 0 ? sum / Double(count) : position[node], position[node])
            }
            let sorted = zip(order[index], keys).sorted { $0.1 < $1.1 }
            order[index] = sorted.map(\.0)
            place(index)
        }
        for _ in 0..<sweeps {
            for index in 1..<bandCount { sort(index) { $0 < index } }
            var count = crossings(ties, order: order, band: band)
            if count < fewest { (best, fewest) = (order, count) }
            for index in stride(from: bandCount - 2, through: 0, by: -1) { sort(index) { $0 > index } }
            count = crossings(ties, order: order, band: band)
            if count < fewest { (best, fewest) = (order, count) }
            if fewest == 0 { break }
        }
        return best
    }

    /// How many pairs of ties between the same two bands cross, the bands' nodes spread evenly
    /// in the given order. Ties within a band are drawn as arcs and not counted.
    public static func crossings(_ graph: Graph, order: [[Int]], band: [Int]) -> Int {
        var position = [Double](repeating: 0, count: graph.nodeCount)
        for nodes in order {
            for (rank, node) in nodes.enumerated() { position[node] = (Double(rank) + 0.5) / Double(nodes.count) }
        }
        // Ties grouped by the pair of bands they join, each as (upper end, lower end).
        var groups: [Int: [(Double, Double)]] = [:]
        let ties = graph.undirected()
        for a in 0..<graph.nodeCount {
            for b in ties.successors(of: a) where b > a && band[a] != band[b] {
                let (upper, lower) = band[a] < band[b] ? (a, b) : (b, a)
                groups[band[upper] * order.count + band[lower], default: []].append((position[upper], position[lower]))
            }
        }
        var total = 0
        for segments in groups.values {
            for i in segments.indices {
                for j in segments.indices where j > i {
                    if (segments[i].0 - segments[j].0) * (segments[i].1 - segments[j].1) < 0 { total += 1 }
                }
            }
        }
        return total
    }

    /// The nodes placed in their bands' frames, in the given order, spread evenly across. A band
    /// with more nodes than `spacing` allows on one line staggers them over `rows` lines (next
    /// nodes on alternate lines), so neighbours' labels have room while left-to-right order
    /// is kept.
    public static func bandPlaces(order: [[Int]], frames: [Frame], rows: [Int], nodeCount: Int) -> [Point] {
        var points = [Point](repeating: Point(0, 0), count: nodeCount)
        for (index, nodes) in order.enumerated() {
            let frame = frames[index]
            let lines = max(1, rows[index])
            for (rank, node) in nodes.enumerated() {
                let x = frame.left + (Double(rank) + 0.5) / Double(nodes.count) * frame.width
                let line = rank % lines
                let y = lines == 1 ? frame.top + frame.height / 2
                    : frame.top + Double(line) / Double(lines - 1) * frame.height
                points[node] = Point(x, y)
            }
        }
        return points
    }

    /// Lines a band of `count` nodes needs so that nodes on one line are at least `spacing` apart.
    public static func rowsNeeded(count: Int, width: Double, spacing: Double, most: Int = 4) -> Int {
        guard count > 1, width > 0 else { return 1 }
        return Int(clamping: Double(count) * spacing / width, to: 1...max(1, most), rounding: .up)
    }
}
