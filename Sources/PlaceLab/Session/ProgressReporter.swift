import Foundation
import PlaceLabRender
import Synchronization

/// Shows a ProgressLine while a piece of work runs: a background thread draws it every
/// `ProgressLine.interval` from the second second on, reading how far the work has got from
/// `report(_:)`; the line is wiped before `run` returns.
final class ProgressReporter: Sendable {
    private struct State {
        var fraction: Double?
        var done = false
    }

    private let state = Mutex(State())

    /// Called by the work as it goes, from any thread.
    func report(_ fraction: Double) {
        state.withLock { $0.fraction = fraction }
    }

    /// Runs `work`, showing `label` on `sink` if it takes longer than ProgressLine.delay.
    static func run<T>(_ label: String, width: Int, sink: @escaping @Sendable (String) -> Void,
                       _ work: (ProgressReporter) throws -> T) rethrows -> T {
        let reporter = ProgressReporter()
        let finished = DispatchSemaphore(value: 0)
        let thread = Thread {
            var line = ProgressLine(label: label, started: Date.timeIntervalSinceReferenceDate)
            while true {
                let (fraction, done) = reporter.state.withLock { ($0.fraction, $0.done) }
                if done { break }
                if let text = line.tick(now: Date.timeIntervalSinceReferenceDate, fraction: fraction, width: width) {
                    sink(text)
                }
                Thread.sleep(forTimeInterval: 0.05)
            }
            sink(line.finish())
            finished.signal()
        }
        thread.start()
        defer {
            reporter.state.withLock { $0.done = true }
            finished.wait()
        }
        return try work(reporter)
    }
}

extension Session {
    /// Runs long work with a progress line on the terminal (when the executable gave the
    /// session one); without one, just runs it.
    func withProgress<T>(_ label: String, _ work: (_ report: (Double) -> Void) throws -> T) rethrows -> T {
        guard let sink = progressSink else { return try work { _ in } }
        let width = terminalSize()?.columns ?? 80
        return try ProgressReporter.run(label, width: width, sink: sink) { reporter in
            try work { reporter.report($0) }
        }
    }
}
