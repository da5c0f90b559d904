import HeapModule

/// `sort … | first N` without sorting everything: a heap holds the N best positions seen so
/// far, its worst on top, and each further row either beats that worst or is dropped. The
/// order is RowOrder's total order (position breaks ties), so the rows are exactly the
/// stable sort's first N, in O(rows · log N).
enum TopRows {
    static func positions(count: Int, limit: Int, order: RowOrder, checkInterrupt: () throws -> Void) rethrows -> [Int] {
        guard limit > 0, count > 0 else { return [] }
        let ranking = Ranking(order)
        var heap = Heap<Ranked>()
        for position in 0..<count {
            if position & 0xFFFF == 0 { try checkInterrupt() }
            let candidate = Ranked(position: position, ranking: ranking)
            if heap.count < limit {
                heap.insert(candidate)
            } else if let worst = heap.max, candidate < worst {
                heap.replaceMax(with: candidate)
            }
        }
        return heap.unordered.map(\.position).sorted(by: order.precedes)
    }

    /// The order, shared by every heap element without copying its key columns.
    final class Ranking {
        let order: RowOrder
        init(_ order: RowOrder) { self.order = order }
    }

    struct Ranked: Comparable {
        let position: Int
        let ranking: Ranking

        static func < (lhs: Ranked, rhs: Ranked) -> Bool {
            lhs.ranking.order.precedes(lhs.position, rhs.position)
        }

        static func == (lhs: Ranked, rhs: Ranked) -> Bool {
            lhs.position == rhs.position
        }
    }
}
