/// Gould & Fernandez (1989) brokerage: who stands between two others, and across which groups.
public enum Brokerage {
    /// For each node v, every ordered pair (a, b), a ≠ b, with a→v and v→b and no tie a→b, classified by groups (group index per node; a node with nil group takes part in no brokerage): coordinator (a, v, b one group), itinerant (a and b one group, v another), representative (v in a's group, b elsewhere), gatekeeper (v in b's group, a elsewhere), liaison (all three different). Undirected graphs count each tie in both directions.
    ///
    /// A tie b→a does not stop v brokering from a to b: only the direct a→b does. In an
    /// undirected graph each open pair a–v–b is therefore counted twice, as (a, b) and
    /// (b, a): twice as coordinator or itinerant or liaison, or once each as representative
    /// and gatekeeper. Cost: for each node, in-degree × out-degree pairs, each checked with
    /// a binary search of a's sorted out-neighbours.
    public static func roles(_ graph: Graph, groups: [Int?]) -> [BrokerageCounts] {
        precondition(groups.count == graph.nodeCount, "one group (or nil) per node")
        func hasTie(_ from: Int, _ to: Int) -> Bool {
            var low = graph.outOffsets[from]
            var high = graph.outOffsets[from + 1]
            while low < high {
                let middle = (low + high) / 2
                if graph.outTargets[middle] < to { low = middle + 1 } else { high = middle }
            }
            return low < graph.outOffsets[from + 1] && graph.outTargets[low] == to
        }

        var counts = [BrokerageCounts](repeating: BrokerageCounts(), count: graph.nodeCount)
        for broker in 0..<graph.nodeCount {
            guard let brokerGroup = groups[broker] else { continue }
            for sender in graph.predecessors(of: broker) {
                guard let senderGroup = groups[sender] else { continue }
                for receiver in graph.successors(of: broker) where receiver != sender {
                    guard let receiverGroup = groups[receiver], !hasTie(sender, receiver) else { continue }
                    switch (senderGroup == brokerGroup, brokerGroup == receiverGroup, senderGroup == receiverGroup) {
                    case (true, true, _): counts[broker].coordinator += 1
                    case (_, _, true): counts[broker].itinerant += 1
                    case (true, false, _): counts[broker].representative += 1
                    case (false, true, _): counts[broker].gatekeeper += 1
                    case (false, false, false): counts[broker].liaison += 1
                    }
                }
            }
        }
        return counts
    }
}
