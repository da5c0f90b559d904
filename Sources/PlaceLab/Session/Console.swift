#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where a session's text goes: results to one stream, diagnostics and notices to the other.
public protocol Console: AnyObject {
    /// Results: tables, help text, echo. Redirected by `output`/`once`.
    func write(_ text: String)
    /// Diagnostics, notices and timings; never redirected.
    func report(_ text: String)
}

/// The process's standard output and standard error.
public final class StandardConsole: Console {
    /// Why results could not be written to standard output (a full disk, an I/O error), if
    /// they could not; the executable then exits with an error. A closed pipe (`| head`) is
    /// not a failure: the reader has seen what it wanted.
    public private(set) var outputFailure: String?

    public init() {}

    public func write(_ text: String) {
        guard let code = StandardConsole.writeAll(text, to: STDOUT_FILENO), code != EPIPE, outputFailure == nil else { return }
        let reason = "cannot write results to standard output: \(String(cString: strerror(code)))"
        outputFailure = reason
        _ = StandardConsole.writeAll("placelab: error: \(reason)\n", to: STDERR_FILENO)
    }

    public func report(_ text: String) {
        _ = StandardConsole.writeAll(text, to: STDERR_FILENO)
    }

    /// Unbuffered, so results and diagnostics reach a shared pipe in the order written;
    /// returns errno when the text could not all be written.
    private static func writeAll(_ text: String, to descriptor: Int32) -> Int32? {
        FileOutput.writeAll(Array(text.utf8), to: descriptor)
    }
}

/// Collects everything, for tests.
public final class BufferConsole: Console {
    public private(set) var output = ""
    public private(set) var reports = ""
    /// Both streams in the order written, as a terminal shows them.
    public private(set) var combined = ""

    public init() {}

    public func write(_ text: String) {
        output += text
        combined += text
    }

    public func report(_ text: String) {
        reports += text
        combined += text
    }
}
