import Foundation
import Testing

/// Every `Tests/Transcripts/**/NAME.plq` runs through the real `placelab` and must print
/// exactly `NAME.out`. To accept new output after a deliberate change, run
/// `PLACELAB_UPDATE_TRANSCRIPTS=1 swift test --filter Transcript` and review the diff.
@Suite struct TranscriptTests {
    static let updating = ProcessInfo.processInfo.environment["PLACELAB_UPDATE_TRANSCRIPTS"] == "1"

    @Test(arguments: Transcript.all())
    func transcript(_ transcript: Transcript) throws {
        let actual = try transcript.run()
        if TranscriptTests.updating {
            try actual.write(to: transcript.expected, atomically: true, encoding: .utf8)
            return
        }
        let expected = (try? String(contentsOf: transcript.expected, encoding: .utf8)) ?? ""
        if actual != expected {
            Issue.record("""
                transcript \(transcript) differs (- expected, + actual):
                \(LineDiff.render(expected: expected, actual: actual))
                """)
        }
    }

    @Test func transcriptsExist() {
        #expect(Transcript.all().count >= 10)
    }
}
