import Foundation
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender
import Testing

/// The progress line's text and its timing rules, with the clock given by the test.
struct ProgressLineTests {
    @Test func textGivesLabelPercentAndElapsed() {
        #expect(ProgressLine.text(label: "loading big.csv", fraction: 0.425, elapsed: 3.14, width: 80)
                == "loading big.csv  42%  3.1 s")
        #expect(ProgressLine.text(label: "loading big.csv", fraction: nil, elapsed: 12.0, width: 80) == "loading big.csv  12.0 s")
        // Out-of-range and non-finite numbers are clamped or left out, never a trap.
        #expect(ProgressLine.text(label: "x", fraction: 7, elapsed: .infinity, width: 80) == "x  100%")
        #expect(ProgressLine.text(label: "x", fraction: .nan, elapsed: -1, width: 80) == "x")
        #expect(ProgressLine.text(label: "x", fraction: -2, elapsed: 1e300, width: 80).hasPrefix("x  0%  "))
    }

    @Test func textFitsTheWidthAndEscapesControlCharacters() {
        let line = ProgressLine.text(label: String(repeating: "n", count: 200), fraction: 0.5, elapsed: 1, width: 40)
        #expect(line.count == 39)
        #expect(line.hasSuffix("…"))
        #expect(ProgressLine.text(label: "net\u{1B}[2Jwork\u{9B}", fraction: nil, elapsed: 1, width: 80) == "net?[2Jwork?  1.0 s")
        #expect(ProgressLine.text(label: "x", fraction: nil, elapsed: 1, width: 0) == "…")
    }

    @Test func showsNothingInTheFirstSecondThenRedrawsAtMostFiveTimesASecond() {
        var line = ProgressLine(label: "measuring big", started: 100)
        #expect(line.tick(now: 100.5, fraction: 0.1, width: 80) == nil)
        #expect(line.finish() == "", "work under a second leaves the screen untouched")
        #expect(line.tick(now: 101.0, fraction: 0.2, width: 80) == "\r\u{1B}[Kmeasuring big  20%  1.0 s")
        #expect(line.tick(now: 101.1, fraction: 0.3, width: 80) == nil)
        #expect(line.tick(now: 101.25, fraction: 0.4, width: 80) == "\r\u{1B}[Kmeasuring big  40%  1.2 s")
        #expect(line.finish() == "\r\u{1B}[K", "a line that was shown is wiped")
    }

    @Test func reporterPassesWorkThroughAndWipesOnlyWhatItDrew() throws {
        let written = Written()
        let answer = ProgressReporter.run("quick", width: 80, sink: { written.append($0) }) { reporter in
            reporter.report(0.5)
            return 42
        }
        #expect(answer == 42)
        #expect(written.all.joined().isEmpty, "under a second: no line, nothing to wipe")
        struct Failure: Error {}
        #expect(throws: Failure.self) {
            try ProgressReporter.run("failing", width: 80, sink: { written.append($0) }) { _ in throw Failure() }
        }
    }
}

/// What a sink received, from the reporter's thread.
private final class Written: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()

    func append(_ line: String) { lock.withLock { lines.append(line) } }
    var all: [String] { lock.withLock { lines } }
}
