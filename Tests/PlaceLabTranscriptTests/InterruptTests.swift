import Foundation
import Testing

/// Ctrl-C (SIGINT) reaches the real binary part way through long work — a big `load network`,
/// `plot network` on a large ring — and it stops within moments, says "interrupted" and exits
/// 130, as a shell expects of a program stopped by Ctrl-C.
@Suite struct InterruptTests {
    /// Processor time the process has used, read from /proc: the signal is sent once the work
    /// is under way, however slowly a busy machine starts it.
    private func processorSeconds(_ pid: Int32) -> Double {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return 0 }
        // Fields after the command's closing parenthesis; utime and stime are the 12th and 13th.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Double(fields[11]), let system = Double(fields[12]) else { return 0 }
        return (user + system) / Double(sysconf(Int32(_SC_CLK_TCK)))
    }

    /// Runs `statements` in `folder`, sends SIGINT once it has used `busy` seconds of processor
    /// time, and returns what it wrote to standard error, its exit status and how long it took to stop.
    private func interrupt(_ statements: String, in folder: URL, after busy: Double) throws
        -> (errors: String, status: Int32, stop: Duration) {
        let process = Process()
        process.executableURL = PlaceLabBinary.url
        process.arguments = ["-q", "-c", statements]
        process.currentDirectoryURL = folder
        process.environment = ["HOME": folder.path, "LANG": "C.UTF-8"]
        let errors = Pipe()
        process.standardOutput = FileHandle.nullDevice
        process.standardError = errors
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning, processorSeconds(process.processIdentifier) < busy, Date() < deadline { usleep(10_000) }
        #expect(process.isRunning, "the work ended before Ctrl-C could be sent")
        let sent = ContinuousClock.now
        kill(process.processIdentifier, SIGINT)
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (text, process.terminationStatus, ContinuousClock.now - sent)
    }

    @Test func ctrlCStopsABigLoadAtOnce() throws {
        let folder = try PlaceLabBinary.temporaryFolder()
        var text = "source,target\n"
        for tie in 0..<500_000 { text += "n\(tie % 100_003),n\((tie &* 7_919) % 100_003)\n" }
        try text.write(to: folder.appendingPathComponent("big.csv"), atomically: false, encoding: .utf8)
        let (errors, status, stop) = try interrupt("load network big.csv as big", in: folder, after: 0.5)
        #expect(status == 130)
        #expect(errors.contains("interrupted"))
        #expect(!errors.contains("loaded big"))
        #expect(stop < .seconds(2), "stopped \(stop) after Ctrl-C")
    }

    @Test func ctrlCStopsPlotNetworkOnALargeRingAtOnce() throws {
        let folder = try PlaceLabBinary.temporaryFolder()
        let size = 20_000
        let text = "source,target\n" + (0..<size).map { "v\($0),v\(($0 + 1) % size)\n" }.joined()
        try text.write(to: folder.appendingPathComponent("ring.csv"), atomically: false, encoding: .utf8)
        let (errors, status, stop) = try interrupt("load network ring.csv as ring; plot network ring to ring.svg",
                                                   in: folder, after: 1.5)
        #expect(status == 130)
        #expect(errors.hasSuffix("interrupted\n"))
        #expect(stop < .seconds(2), "stopped \(stop) after Ctrl-C")
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("ring.svg").path))
    }
}
