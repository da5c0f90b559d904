#if canImport(Glibc)
import Glibc
#endif
import PlaceLab
import Synchronization

/// Reads one key at the terminal without waiting for Enter, for step mode's waits.
///
/// Only line buffering and echo are turned off (signals stay on, so Ctrl-C still arrives as
/// SIGINT and ends the wait); the terminal's settings are put back before the answer is
/// returned, on Ctrl-C too, at exit, and when SIGTERM, SIGHUP or SIGQUIT ends the process
/// while it waits.
enum SingleKey {
    /// The settings to put back, while a key is awaited.
    private static let saved = Mutex<termios?>(nil)

    /// The choice a key makes; nil when the terminal cannot be switched (then lines are read).
    static func read() -> StepChoice? {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { return nil }
        var raw = original
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        withUnsafeMutableBytes(of: &raw.c_cc) { controls in
            controls[Int(VMIN)] = 1  // a read returns after one byte,
            controls[Int(VTIME)] = 0  // however long it takes
        }
        installRestoreAtExit()
        saved.withLock { $0 = original }
        SignalRestore.arm(original)
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else {
            SignalRestore.disarm()
            saved.withLock { $0 = nil }
            return nil
        }
        defer {
            restore()
            SignalRestore.disarm()
        }
        while true {
            var byte: UInt8 = 0
            let count = Glibc.read(STDIN_FILENO, &byte, 1)
            if count < 0, errno == EINTR, !InterruptSignal.wasPressed { continue }
            if count <= 0 { return .stop }  // Ctrl-C, or the terminal went away
            switch byte {
            case UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: " "): return .next
            case UInt8(ascii: "s"), UInt8(ascii: "S"): return .runToEnd
            case UInt8(ascii: "q"), UInt8(ascii: "Q"), 0x04: return .stop  // 0x04: Ctrl-D
            case UInt8(ascii: "b"), UInt8(ascii: "B"): return .showAgain
            case 0x1B: skipEscapeSequence()  // an arrow or function key: not an answer
            default: continue  // any other key: still waiting
            }
        }
    }

    /// Puts the terminal's settings back, if a key was being awaited.
    static func restore() {
        guard var original = saved.withLock({ settings -> termios? in
            defer { settings = nil }
            return settings
        }) else { return }
        tcsetattr(STDIN_FILENO, TCSANOW, &original)
    }

    /// The rest of an escape sequence arrives at once; read what is there without waiting.
    private static func skipEscapeSequence() {
        let flags = fcntl(STDIN_FILENO, F_GETFL)
        _ = fcntl(STDIN_FILENO, F_SETFL, flags | O_NONBLOCK)
        var byte: UInt8 = 0
        while Glibc.read(STDIN_FILENO, &byte, 1) == 1 {}
        _ = fcntl(STDIN_FILENO, F_SETFL, flags)
    }

    private static let atExitInstalled = Atomic<Bool>(false)

    private static func installRestoreAtExit() {
        guard !atExitInstalled.exchange(true, ordering: .relaxed) else { return }
        atexit { SingleKey.restore() }
    }
}

/// While a key is awaited, a signal that would end the process first puts the terminal's
/// settings back, then ends it as the signal would have.
private enum SignalRestore {
    /// Read by the signal handler, which may not take locks; written only with the handlers
    /// off, on the one thread that waits for keys.
    nonisolated(unsafe) static var settings = termios()
    nonisolated(unsafe) static var previous: [Int32: sigaction] = [:]
    static let signals: [Int32] = [SIGTERM, SIGHUP, SIGQUIT]

    static func arm(_ original: termios) {
        settings = original
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                tcsetattr(STDIN_FILENO, TCSANOW, &SignalRestore.settings)
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            action.sa_flags = 0
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous[signal] = old
        }
    }

    static func disarm() {
        for (signal, action) in previous {
            var action = action
            sigaction(signal, &action, nil)
        }
        previous = [:]
    }
}
