import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Writing files and standard output through the real executable: a full disk is reported,
/// and finished work is on disk even when the process is killed.
@Suite(.timeLimit(.minutes(1)))
struct FileSafetyTests {
    private func text(_ url: URL) -> String {
        (FileManager.default.contents(atPath: url.path)).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    @Test func resultsToAFullStandardOutputAreAnError() throws {
        let work = try PlaceLabBinary.temporaryFolder()
        let process = Process()
        process.executableURL = PlaceLabBinary.url
        process.arguments = ["-c", "cases"]
        process.currentDirectoryURL = work
        process.environment = ["HOME": work.path, "LANG": "C.UTF-8"]
        process.standardOutput = FileHandle(forWritingAtPath: "/dev/full")
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("cannot write results to standard output: No space left on device"), "\(message)")
    }

    /// A file size limit (`ulimit -f`) makes writes fail as a full disk does, without root.
    @Test func aFailedWriteLeavesTheEarlierFileUntouched() throws {
        let work = try PlaceLabBinary.temporaryFolder()
        let earlier = work.appendingPathComponent("cases.csv")
        try "earlier export\n".write(to: earlier, atomically: false, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\" -c 'export cases to cases.csv'",
                             PlaceLabBinary.url.path]
        process.currentDirectoryURL = work
        process.environment = ["HOME": work.path, "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let message = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 1)
        #expect(message.contains("cannot write \"cases.csv\": File too large"), "\(message)")
        #expect(text(earlier) == "earlier export\n")
        // HOME is the work folder here, so the datasets cache (~/.cache) may be there too.
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: work.path)
            .filter { $0.hasPrefix(".") && $0 != ".cache" }
        #expect(leftovers.isEmpty, "temporary files left: \(leftovers)")
    }

    /// The session is killed while a statement waits (reading a FIFO nobody writes): the
    /// handout and the results file hold everything finished before it.
    @Test func recordAndOutputSurviveAKill() throws {
        let work = try PlaceLabBinary.temporaryFolder()
        #expect(mkfifo(work.appendingPathComponent("never.csv").path, 0o600) == 0)
        let script = """
            record handout.md
            output results.txt
            echo first result
            echo second result
            output
            echo to the screen
            load never.csv
            """
        try script.write(to: work.appendingPathComponent("lesson.plq"), atomically: false, encoding: .utf8)
        let process = Process()
        process.executableURL = PlaceLabBinary.url
        process.arguments = ["lesson.plq"]
        process.currentDirectoryURL = work
        process.environment = ["HOME": work.path, "LANG": "C.UTF-8"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let handout = work.appendingPathComponent("handout.md")
        let deadline = Date().addingTimeInterval(20)
        while !text(handout).contains("to the screen\n```"), Date() < deadline { usleep(20_000) }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(text(work.appendingPathComponent("results.txt")) == "first result\nsecond result\n")
        let recorded = text(handout)
        for statement in ["placelab> output results.txt", "placelab> echo second result", "placelab> echo to the screen"] {
            #expect(recorded.contains(statement), "the handout lacks \(statement):\n\(recorded)")
        }
    }

    @Test func aFailingStatementKeepsWhatWasRecordedBeforeIt() throws {
        let work = try PlaceLabBinary.temporaryFolder()
        try "record handout.md\necho before the error\nload missing.csv\necho never run\n"
            .write(to: work.appendingPathComponent("lesson.plq"), atomically: false, encoding: .utf8)
        let result = try PlaceLabBinary.run(["lesson.plq"], workingDirectory: work)
        #expect(result.status == 1)
        let recorded = text(work.appendingPathComponent("handout.md"))
        #expect(recorded.contains("placelab> echo before the error\n```\n\nbefore the error\n"), "\(recorded)")
        #expect(recorded.contains("cannot read \"missing.csv\""), "the error is in the handout: \(recorded)")
        #expect(!recorded.contains("never run"))
    }
}
