import Foundation
import PlaceLabCore
import Synchronization

/// Asks to stop from the `after`-th check on (as Ctrl-C pressed part way through), or once
/// `trip()` is called, and remembers when stopping was first asked for, so a test can tell
/// how many checks the work made and how long it went on after.
final class CancellationTrip: Sendable {
    private let after: Int
    private let checks = Atomic<Int>(0)
    private let tripped = Atomic<Bool>(false)
    private let trippedAt = Mutex<ContinuousClock.Instant?>(nil)

    init(after: Int = .max) {
        self.after = after
    }

    /// Sets the flag now, as the SIGINT handler does.
    func trip() {
        trippedAt.withLock { $0 = $0 ?? .now }
        tripped.store(true, ordering: .relaxed)
    }

    /// The flag, as the session's `isInterrupted` reads it.
    var isRequested: Bool {
        if checks.add(1, ordering: .relaxed).newValue >= after, !tripped.load(ordering: .relaxed) { trip() }
        return tripped.load(ordering: .relaxed)
    }

    var cancellation: Cancellation { Cancellation { self.isRequested } }

    /// How many times the work looked.
    var checkCount: Int { checks.load(ordering: .relaxed) }

    /// Time from the stop asked for until now; nil if it never was.
    var sinceTripped: Duration? { trippedAt.withLock { $0 }.map { ContinuousClock.now - $0 } }
}
