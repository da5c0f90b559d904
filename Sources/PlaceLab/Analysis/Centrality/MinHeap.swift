/// A binary min-heap of (distance, node) for Dijkstra's search. Entries are never updated
/// in place: a shorter distance pushes a new entry and the stale one is skipped when popped,
/// which is simpler and, on sparse graphs, no slower than a decrease-key heap.
struct MinHeap {
    struct Entry {
        var distance: Double
        var node: Int32
    }

    private var entries: [Entry] = []

    var isEmpty: Bool { entries.isEmpty }

    mutating func removeAll() { entries.removeAll(keepingCapacity: true) }

    mutating func push(_ distance: Double, _ node: Int32) {
        entries.append(Entry(distance: distance, node: node))
        var child = entries.count - 1
        let entry = entries[child]
        while child > 0 {
            let parent = (child - 1) / 2
            guard entry.distance < entries[parent].distance else { break }
            entries[child] = entries[parent]
            child = parent
        }
        entries[child] = entry
    }

    /// Removes and returns the entry with the smallest distance.
    mutating func pop() -> Entry {
        let top = entries[0]
        let last = entries.removeLast()
        guard !entries.isEmpty else { return top }
        var parent = 0
        let count = entries.count
        while true {
            var child = 2 * parent + 1
            guard child < count else { break }
            if child + 1 < count, entries[child + 1].distance < entries[child].distance { child += 1 }
            guard entries[child].distance < last.distance else { break }
            entries[parent] = entries[child]
            parent = child
        }
        entries[parent] = last
        return top
    }
}
