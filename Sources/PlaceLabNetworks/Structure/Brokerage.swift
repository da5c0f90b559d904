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
        let outOffsets = graph.outOffsets, outTargets = graph.outTargets
        let inOffsets = graph.inOffsets, inTargets = graph.inTargets
        func hasTie(_ from: Int, _ to: Int) -> Bool {
            var low = outOffsets[from]
            let end = outOffsets[from + 1]
            var high = end
            while low < high {
                let middle = (low + high) / 2
                if outTargets[middle] < to { low = middle + 1 } else { high = middle }
            }
            return low < end && outTargets[low] == to
        }

        var counts = [BrokerageCounts](repeating: BrokerageCounts(), count: graph.nodeCount)
        for broker in 0..<graph.nodeCount {
            guard let brokerGroup = groups[broker] else { continue }
            var tally = BrokerageCounts()
            for senderPosition in inOffsets[broker]..<inOffsets[broker + 1] {
                let sender = inTargets[senderPosition]
                guard let senderGroup = groups[sender] else { continue }
                for receiverPosition in outOffsets[broker]..<outOffsets[broker + 1] {
                    let receiver = outTargets[receiverPosition]
                    guard receiver != sender else { continue }
                    guard let receiverGroup = groups[receiver], !hasTie(sender, receiver) else { continue }
                    switch (senderGroup == brokerGroup, brokerGroup == receiverGroup, senderGroup == receiverGroup) {
                    case (true, true, _): tally.coordinator += 1
                    case (_, _, true): tally.itinerant += 1
                    case (true, false, _): tally.representative += 1
                    case (false, true, _): tally.gatekeeper += 1
                    case (false, false, false): tally.liaison += 1
                    }
                }
            }
            counts[broker] = tally
        }
        return counts
    }
}
