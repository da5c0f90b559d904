import Foundation
import Synchronization

/// Splits `0..<count` into fixed chunks, runs them on every core, and folds the chunks'
/// results together in chunk order.
///
/// The chunks depend only on `count`, never on the machine or on which thread finishes
/// first, and partial results are merged strictly in chunk order, so floating-point sums
/// come out bit for bit the same on one core or many.
enum ParallelChunks {
    /// Enough chunks for the last one to be a small share of the work on a few cores.
    static let defaultChunkCount = 64

    /// The chunk boundaries: contiguous ranges of near-equal length.
    static func ranges(count: Int, chunkCount: Int = defaultChunkCount) -> [Range<Int>] {
        let chunks = max(1, min(count, chunkCount))
        return (0..<chunks).map { index in
            (count * index / chunks)..<(count * (index + 1) / chunks)
        }.filter { !$0.isEmpty }
    }

    /// The worker threads to use: one per core.
    static var coreCount: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// Runs `body` on each chunk of `0..<count`, `workers` chunks at a time, and folds each
    /// result into `initial` with `merge` in chunk order. A result that arrives early waits
    /// until every chunk before it is merged, so at most a few are held at once. The first
    /// error thrown stops the remaining chunks and is rethrown.
    static func reduce<Partial: Sendable, Total: Sendable>(
        count: Int,
        chunkCount: Int = defaultChunkCount,
        workers: Int = coreCount,
        into initial: Total,
        _ body: @Sendable (Range<Int>) throws -> Partial,
        merge: @Sendable (inout Total, Partial, Range<Int>) -> Void
    ) throws -> Total {
        let chunks = ranges(count: count, chunkCount: chunkCount)
        if workers <= 1 || chunks.count <= 1 {
            var total = initial
            for chunk in chunks { merge(&total, try body(chunk), chunk) }
            return total
        }

        let fold = Mutex(OrderedFold<Partial, Total>(total: initial))
        let nextChunk = Atomic<Int>(0)
        let stopped = Atomic<Bool>(false)
        DispatchQueue.concurrentPerform(iterations: min(workers, chunks.count)) { _ in
            while !stopped.load(ordering: .relaxed) {
                let index = nextChunk.add(1, ordering: .relaxed).oldValue
                guard index < chunks.count else { return }
                do {
                    let partial = try body(chunks[index])
                    fold.withLock { state in
                        state.waiting[index] = partial
                        while let ready = state.waiting.removeValue(forKey: state.nextToMerge) {
                            merge(&state.total, ready, chunks[state.nextToMerge])
                            state.nextToMerge += 1
                        }
                    }
                } catch {
                    stopped.store(true, ordering: .relaxed)
                    fold.withLock { state in state.failure = state.failure ?? error }
                    return
                }
            }
        }
        return try fold.withLock { state in
            if let failure = state.failure { throw failure }
            return state.total
        }
    }
}

/// The merged total so far, and the results that finished before their turn to merge.
private struct OrderedFold<Partial: Sendable, Total: Sendable>: Sendable {
    var total: Total
    var waiting: [Int: Partial] = [:]
    var nextToMerge = 0
    var failure: (any Error)?
}
