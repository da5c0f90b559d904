/// A node waiting in Dijkstra's queue (a `Heap` from swift-collections), nearest first, ties
/// by the smaller node. Stale entries stay queued and are skipped when popped, which on sparse
/// graphs is as fast as updating them in place and needs no decrease-key.
struct QueuedNode: Comparable {
    let distance: Double
    let node: Int

    static func < (a: QueuedNode, b: QueuedNode) -> Bool {
        (a.distance, a.node) < (b.distance, b.node)
    }
}
