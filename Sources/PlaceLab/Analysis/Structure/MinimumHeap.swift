extension Structure {
    /// A binary heap of (priority, node) pairs, smallest priority first (ties: smaller node).
    struct MinimumHeap {
        private var items: [(priority: Double, node: Int)] = []

        private func precedes(_ a: Int, _ b: Int) -> Bool {
            (items[a].priority, items[a].node) < (items[b].priority, items[b].node)
        }

        mutating func push(_ priority: Double, _ node: Int) {
            items.append((priority, node))
            var child = items.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard precedes(child, parent) else { break }
                items.swapAt(child, parent)
                child = parent
            }
        }

        mutating func pop() -> (Double, Int)? {
            guard let first = items.first else { return nil }
            let last = items.removeLast()
            if !items.isEmpty {
                items[0] = last
                var parent = 0
                while true {
                    let left = 2 * parent + 1
                    let right = left + 1
                    var smallest = parent
                    if left < items.count, precedes(left, smallest) { smallest = left }
                    if right < items.count, precedes(right, smallest) { smallest = right }
                    guard smallest != parent else { break }
                    items.swapAt(parent, smallest)
                    parent = smallest
                }
            }
            return first
        }
    }
}
