import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// Runs the real `placelab` in a pseudo-terminal, as a person at a keyboard would:
/// keys go in through the pty's master side, and what the program writes is replayed on a
/// small terminal model so tests can look at the screen rather than at escape sequences.
///
/// The child is started with `setsid --ctty`, so the pty is its controlling terminal:
/// Ctrl-C raises SIGINT in it, and libedit finds a real terminal to edit on.
///
/// It is spawned with `posix_spawn`, not Foundation's `Process`: `Process` puts its child in a
/// process group of its own, and `setsid` in a group leader forks, so `Process` would only see
/// `setsid` exit at once while the shell ran on, unwatched. Spawned plainly, `setsid` execs
/// the shell in place: the pid is the shell's, and this class waits for and reaps it.
final class PseudoTerminal {
    /// `setsid` from util-linux, which makes the pty the child's controlling terminal.
    static let setsidPath = "/usr/bin/setsid"

    /// Whether these tests can run here: `setsid` must exist and know `--ctty` (util-linux 2.33+).
    static let isAvailable: Bool = {
        guard FileManager.default.isExecutableFile(atPath: setsidPath),
              let program = FileManager.default.contents(atPath: setsidPath) else { return false }
        return program.range(of: Data("ctty".utf8)) != nil
    }()

    static let columns = 100
    static let rows = 30

    /// The fresh folder used as HOME (and the working directory).
    let home: URL
    /// Where this session's history goes (`$PLACELAB_HISTORY`).
    let historyFile: URL

    private let master: Int32
    /// The shell's pid (`setsid` execs it in place).
    let pid: pid_t
    /// The raw wait status, once the child has been reaped.
    private var waitStatus: Int32?
    private var bytes: [UInt8] = []
    private var endOfOutput = false
    /// Where the last `waitFor` match ended on the screen; later waits look after it.
    private var consumed = TerminalScreen.Position(row: 0, column: 0)
    private var finished = false
    /// Set once a wait has failed: later waits give up at once instead of each timing out
    /// (the first failure already showed the screen).
    private var failed = false

    /// Starts `placelab` with `arguments` on a new 100x30 terminal. Every session gets its own
    /// HOME unless one is passed (two sessions sharing a history pass the same one).
    init(arguments: [String] = [], home: URL? = nil, environment extra: [String: String] = [:]) throws {
        let home = try home ?? PlaceLabBinary.temporaryFolder()
        self.home = home
        self.historyFile = home.appendingPathComponent("history")

        var master: Int32 = -1
        var slave: Int32 = -1
        var window = winsize(ws_row: UInt16(Self.rows), ws_col: UInt16(Self.columns), ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &window) == 0 else {
            throw PseudoTerminalError("openpty failed: \(String(cString: strerror(errno)))")
        }
        // Neither end may leak into other children (tests run in parallel): a stray copy of
        // the slave would keep the terminal open after our child exits.
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
        _ = ioctl(slave, UInt(TIOCSWINSZ), &window)
        let flags = fcntl(master, F_GETFL)
        _ = fcntl(master, F_SETFL, flags | O_NONBLOCK)
        self.master = master

        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": home.path,
            "PLACELAB_HISTORY": historyFile.path,
            "LANG": "C.UTF-8",
            "TERM": "xterm",
        ]
        environment.merge(extra) { _, new in new }
        let argv = [Self.setsidPath, "--ctty", PlaceLabBinary.url.path] + arguments
        let envp = environment.map { "\($0.key)=\($0.value)" }
        do {
            pid = try Self.spawn(argv, environment: envp, directory: home.path, terminal: slave)
        } catch {
            Glibc.close(slave)
            Glibc.close(master)
            throw error
        }
        // Only the child holds the slave now, so reading the master ends when the child does.
        Glibc.close(slave)
    }

    /// Starts `argv` with `terminal` as its standard input, output and error, default signal
    /// handling and no blocked signals (a test runner may block or ignore some).
    private static func spawn(_ argv: [String], environment: [String], directory: String,
                              terminal: Int32) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for target in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_adddup2(&actions, terminal, target)
        }
        // glibc's GNU extensions, which Swift's Glibc module does not declare: close what other
        // tests have open (a stray copy of their slave keeps their terminal open) and chdir.
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addclosefrom_np") {
            typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
            _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        }
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "posix_spawn_file_actions_addchdir_np") {
            typealias ChangeDirectory = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>,
                                                        UnsafePointer<CChar>) -> Int32
            _ = directory.withCString { unsafeBitCast(symbol, to: ChangeDirectory.self)(&actions, $0) }
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t()
        sigfillset(&all)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        let cArguments = argv.map { strdup($0) } + [nil]
        let cEnvironment = environment.map { strdup($0) } + [nil]
        defer {
            cArguments.forEach { free($0) }
            cEnvironment.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, argv[0], &actions, &attributes, cArguments, cEnvironment)
        guard result == 0 else {
            throw PseudoTerminalError("cannot start \(argv[0]): \(String(cString: strerror(result)))")
        }
        return pid
    }

    deinit {
        finish()
    }

    // MARK: Keys

    /// Types `keys` (send "\r" for Enter, "\t" for Tab, "\u{03}" for Ctrl-C, "\u{04}" for Ctrl-D).
    ///
    /// First waits until the line editor reads the keyboard (see `isEditing`): libedit shows
    /// its prompt a moment before it switches the terminal out of canonical mode, and keys
    /// typed in between are echoed by the terminal itself and then drawn again by libedit.
    /// Pass `whenEditing: false` to type at once (say, while a command runs).
    func send(_ keys: String, whenEditing: Bool = true, sourceLocation: SourceLocation = #_sourceLocation) {
        if whenEditing { waitUntilEditing(sourceLocation: sourceLocation) }
        var data = Array(keys.utf8)
        let deadline = ContinuousClock.now + .seconds(5)
        while !data.isEmpty, !finished, ContinuousClock.now < deadline {
            let written = data.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written > 0 {
                data.removeFirst(written)
            } else if written < 0, errno == EAGAIN || errno == EINTR {
                drain(timeout: .milliseconds(10))
            } else {
                return
            }
        }
    }

    /// Whether the line editor has the terminal (no canonical mode, no echo by the terminal)
    /// and, where Linux shows it, sits blocked reading the keyboard.
    ///
    /// The second half matters for Ctrl-C: libedit echoes a key a moment before it goes back
    /// to `read`, and the shell only notices a SIGINT that interrupts that `read` (see the
    /// disabled test `ctrlCPressedRightAfterTypingIsNotLost`). A person never presses Ctrl-C
    /// within microseconds of seeing the echo; a test must wait to type like a person.
    var isEditing: Bool {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0, settings.c_lflag & tcflag_t(ICANON | ECHO) == 0 else {
            return false
        }
        return isBlockedReadingKeyboard ?? true
    }

    /// Whether the terminal is back in its ordinary line mode (canonical input, echo on), as
    /// a program that switched it to single keys must leave it.
    var isInLineMode: Bool {
        var settings = termios()
        guard tcgetattr(master, &settings) == 0 else { return false }
        return settings.c_lflag & tcflag_t(ICANON | ECHO) == tcflag_t(ICANON | ECHO)
    }

    /// Whether the shell's main thread waits for a key: blocked in `read(0, …)` or in the
    /// `ppoll` on fd 0 that the line editor uses between keys, from /proc/PID/syscall;
    /// nil where that cannot be read.
    var isBlockedReadingKeyboard: Bool? {
        #if arch(x86_64)
        let waitCalls = ["0 0x0 ", "271 0x"]
        #elseif arch(arm64)
        let waitCalls = ["63 0x0 ", "73 0x"]
        #else
        return nil
        #endif
        let file = open("/proc/\(pid)/syscall", O_RDONLY | O_CLOEXEC)
        guard file >= 0 else { return nil }
        defer { Glibc.close(file) }
        var buffer = [UInt8](repeating: 0, count: 256)
        let count = buffer.withUnsafeMutableBytes { read(file, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        let call = String(decoding: buffer[..<count], as: UTF8.self)
        return waitCalls.contains { call.hasPrefix($0) }
    }

    /// Waits until the line editor reads the keyboard; records a failure after `timeout`.
    @discardableResult
    func waitUntilEditing(timeout: Duration = .seconds(5),
                          sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        guard !failed else { return false }
        let deadline = ContinuousClock.now + timeout
        while !isEditing {
            if endOfOutput || ContinuousClock.now >= deadline {
                failed = true
                Issue.record("the line editor is not reading the keyboard; the screen shows:\n\(framed(screen))",
                             sourceLocation: sourceLocation)
                return false
            }
            drain(timeout: .milliseconds(2))
        }
        return true
    }

    /// Types `line` and presses Enter.
    func type(_ line: String, sourceLocation: SourceLocation = #_sourceLocation) {
        send(line + "\r", sourceLocation: sourceLocation)
    }

    // MARK: TerminalScreen

    /// The screen as the terminal shows it: one string per line (scrolled-off lines kept).
    var screenLines: [String] { TerminalScreen(bytes: bytes, columns: Self.columns).lines }

    /// The whole screen as text.
    var screen: String { screenLines.joined(separator: "\n") }

    /// The line the cursor is on, as shown.
    var cursorLine: String {
        let screen = TerminalScreen(bytes: bytes, columns: Self.columns)
        return screen.lines.indices.contains(screen.cursor.row) ? screen.lines[screen.cursor.row] : ""
    }

    /// How long a debug build may take to show its first prompt while other tests load the
    /// machine (alone it takes about half a second).
    static let startupTimeout: Duration = .seconds(15)

    /// Waits for the first prompt and for the line editor to take the keyboard.
    @discardableResult
    func waitForStartup(prompt: String = "placelab> ", sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        waitFor(prompt, timeout: Self.startupTimeout, sourceLocation: sourceLocation)
            && waitUntilEditing(timeout: Self.startupTimeout, sourceLocation: sourceLocation)
    }

    /// Waits until `text` shows on the screen after the previous match, and moves past it.
    /// On timeout records a failure with the screen so far and returns false.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(5),
                 sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        guard !failed else { return false }
        let deadline = ContinuousClock.now + timeout
        while true {
            if let end = find(text) {
                consumed = end
                return true
            }
            if endOfOutput || ContinuousClock.now >= deadline { break }
            drain(timeout: min(.milliseconds(100), deadline - ContinuousClock.now))
        }
        failed = true
        let why = endOfOutput ? "the program closed the terminal" : "timed out after \(timeout)"
        Issue.record("""
            \(why) waiting for \(String(reflecting: text)); the screen shows:
            \(framed(screen))
            """, sourceLocation: sourceLocation)
        return false
    }

    /// Waits until the line being edited reads `text` up to the cursor, with nothing after
    /// it: what the user sees on the prompt line, the cursor at its end.
    @discardableResult
    func waitForEditLine(_ text: String, timeout: Duration = .seconds(5),
                         sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        guard !failed else { return false }
        let deadline = ContinuousClock.now + timeout
        while true {
            let (left, right) = editLine
            if left == text, right.allSatisfy({ $0 == " " }) { return true }
            if endOfOutput || ContinuousClock.now >= deadline { break }
            drain(timeout: min(.milliseconds(100), deadline - ContinuousClock.now))
        }
        failed = true
        let (left, right) = editLine
        Issue.record("""
            the line being edited is \(String(reflecting: left)) before the cursor and \
            \(String(reflecting: right)) after it, expected \(String(reflecting: text)); the screen shows:
            \(framed(screen))
            """, sourceLocation: sourceLocation)
        return false
    }

    /// The cursor's line, split at the cursor.
    var editLine: (beforeCursor: String, afterCursor: String) {
        TerminalScreen(bytes: bytes, columns: Self.columns).split()
    }

    /// Reads output until `condition` holds or `timeout` passes; returns whether it held.
    /// Records nothing: for tests that word their own failure.
    func waitUntil(timeout: Duration = .seconds(5), _ condition: (PseudoTerminal) -> Bool) -> Bool {
        let deadline = ContinuousClock.now + timeout
        while !condition(self) {
            if endOfOutput || ContinuousClock.now >= deadline { return false }
            drain(timeout: min(.milliseconds(20), deadline - ContinuousClock.now))
        }
        return true
    }

    /// Reads whatever arrives for `duration` (to see that something does NOT show).
    func settle(for duration: Duration = .milliseconds(300)) {
        let deadline = ContinuousClock.now + duration
        while !endOfOutput, ContinuousClock.now < deadline {
            drain(timeout: deadline - ContinuousClock.now)
        }
    }

    // MARK: Process

    /// Whether the shell still runs (reaps it when it has ended).
    var isRunning: Bool {
        reap(blocking: false)
        return waitStatus == nil
    }

    /// The exit status, once the shell has exited normally.
    var exitStatus: Int32? {
        guard let status = waitStatus, status & 0x7F == 0 else { return nil }
        return (status >> 8) & 0xFF
    }

    /// The signal that ended the shell, once it has ended of one.
    var terminationSignal: Int32? {
        guard let status = waitStatus, status & 0x7F != 0 else { return nil }
        return status & 0x7F
    }

    /// Waits for the shell to exit (reading its output meanwhile) and returns its status,
    /// or nil (with a recorded failure) if it still runs after `timeout` or died of a signal.
    func waitForExit(timeout: Duration = .seconds(5),
                     sourceLocation: SourceLocation = #_sourceLocation) -> Int32? {
        let deadline = ContinuousClock.now + timeout
        while isRunning, ContinuousClock.now < deadline {
            drain(timeout: .milliseconds(20))
        }
        guard !isRunning else {
            Issue.record("placelab still runs after \(timeout); the screen shows:\n\(framed(screen))",
                         sourceLocation: sourceLocation)
            return nil
        }
        drain(timeout: .zero)
        if let signal = terminationSignal {
            Issue.record("placelab died of signal \(signal); the screen shows:\n\(framed(screen))",
                         sourceLocation: sourceLocation)
        }
        return exitStatus
    }

    /// Sends `signal` to the shell.
    func kill(_ signal: Int32 = SIGKILL) {
        guard isRunning else { return }
        _ = Glibc.kill(pid, signal)
    }

    /// Kills and reaps the shell if it still runs, and closes the terminal. Safe to repeat.
    func finish() {
        if isRunning {
            _ = Glibc.kill(pid, SIGKILL)
            reap(blocking: true)
        }
        guard !finished else { return }
        drain(timeout: .zero)
        finished = true
        Glibc.close(master)
    }

    private func reap(blocking: Bool) {
        guard waitStatus == nil else { return }
        var status: Int32 = 0
        var result: pid_t
        repeat {
            result = waitpid(pid, &status, blocking ? 0 : WNOHANG)
        } while result < 0 && errno == EINTR
        if result == pid {
            waitStatus = status
        } else if result < 0 {
            waitStatus = 0x7F00  // not our child (cannot happen): treat as gone, status 127
        }
    }

    // MARK: Private

    /// Reads what the program wrote, waiting up to `timeout` for the first bytes.
    private func drain(timeout: Duration) {
        guard !endOfOutput, !finished else { return }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        let milliseconds = max(0, Int32(timeout.components.seconds * 1000
                                        + timeout.components.attoseconds / 1_000_000_000_000_000))
        guard poll(&descriptor, 1, milliseconds) > 0 else { return }
        var buffer = [UInt8](repeating: 0, count: 8192)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count > 0 {
                bytes.append(contentsOf: buffer[..<count])
            } else if count < 0, errno == EINTR {
                continue
            } else {
                // 0 or EIO: every copy of the slave is closed (the program is gone).
                // EAGAIN: nothing more for now.
                if count == 0 || errno == EIO { endOfOutput = true }
                return
            }
        }
    }

    /// Where `text` ends on the screen, searching from the end of the previous match.
    private func find(_ text: String) -> TerminalScreen.Position? {
        let lines = screenLines
        guard consumed.row < lines.count else { return nil }
        // Search the rest of the screen as one string, then map the match back to (row, column).
        var starts: [(row: Int, offset: Int)] = []
        var joined = ""
        var offset = 0
        for row in consumed.row..<lines.count {
            let line = row == consumed.row ? String(lines[row].dropFirst(consumed.column)) : lines[row]
            starts.append((row, offset))
            joined += line + "\n"
            offset += line.count + 1
        }
        guard let range = joined.range(of: text) else { return nil }
        let end = joined.distance(from: joined.startIndex, to: range.upperBound)
        let start = starts.last { $0.offset <= max(0, end - 1) } ?? starts[0]
        let column = end - start.offset + (start.row == consumed.row ? consumed.column : 0)
        return TerminalScreen.Position(row: start.row, column: column)
    }

    /// The screen for a failure message, with the last bytes as written (escapes shown).
    private func framed(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let last = lines.lastIndex { !$0.allSatisfy { $0 == " " } } ?? -1
        let tail = String(decoding: bytes.suffix(400), as: UTF8.self).unicodeScalars
            .map { $0.value < 0x20 || $0.value == 0x7F ? String(format: "\\x%02X", $0.value) : String($0) }
            .joined()
        return lines.prefix(last + 1).map { "  | " + $0 }.joined(separator: "\n")
            + "\n  last bytes written: \(tail)"
    }
}

struct PseudoTerminalError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A small model of an xterm screen: enough of the control sequences libedit uses (cursor
/// moves, erase, insert and delete) to show each line as the user sees it. Nothing scrolls
/// away: lines past the bottom are kept, like a scrollback.
struct TerminalScreen {
    struct Position: Equatable {
        var row: Int
        var column: Int
    }

    private(set) var cells: [[String]] = [[]]
    private(set) var cursor = Position(row: 0, column: 0)
    private var pendingWrap = false
    let columns: Int

    /// The lines as shown (a wide character's second cell is not repeated).
    var lines: [String] { cells.map { $0.joined() } }

    init(bytes: [UInt8], columns: Int) {
        self.columns = columns
        let text = Array(String(decoding: bytes, as: UTF8.self).unicodeScalars)
        var index = 0
        while index < text.count {
            let scalar = text[index]
            index += 1
            switch scalar {
            case "\u{1B}":
                index = escape(text, from: index)
            case "\r":
                cursor.column = 0
                pendingWrap = false
            case "\n", "\u{0B}", "\u{0C}":
                lineFeed()
            case "\u{08}":
                cursor.column = max(0, cursor.column - 1)
                pendingWrap = false
            case "\t":
                cursor.column = min(columns - 1, (cursor.column / 8 + 1) * 8)
            case "\u{07}":
                break
            default:
                if scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { break }
                put(scalar)
            }
        }
    }

    /// The cursor's line, split at the cursor.
    func split() -> (String, String) {
        guard cells.indices.contains(cursor.row) else { return ("", "") }
        let line = cells[cursor.row]
        let column = min(cursor.column + (pendingWrap ? 1 : 0), line.count)
        return (line[..<column].joined(), line[column...].joined())
    }

    private mutating func lineFeed() {
        cursor.row += 1
        pendingWrap = false
        while cells.count <= cursor.row { cells.append([]) }
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let width = TerminalScreen.width(of: scalar)
        if width == 0 {
            // A combining mark joins the character before it.
            let row = cursor.row
            let column = pendingWrap ? cursor.column : cursor.column - 1
            if column >= 0, column < cells[row].count {
                var target = column
                while target > 0, cells[row][target].isEmpty { target -= 1 }
                cells[row][target].unicodeScalars.append(scalar)
            }
            return
        }
        if pendingWrap || cursor.column + width > columns {
            cursor.column = 0
            lineFeed()
        }
        setCell(cursor.column, String(scalar))
        if width == 2 { setCell(cursor.column + 1, "") }
        if cursor.column + width >= columns {
            cursor.column = columns - 1
            pendingWrap = true
        } else {
            cursor.column += width
        }
    }

    private mutating func setCell(_ column: Int, _ value: String) {
        let row = cursor.row
        while cells[row].count <= column { cells[row].append(" ") }
        cells[row][column] = value
    }

    /// Handles the sequence after ESC; returns the index after it.
    private mutating func escape(_ text: [Unicode.Scalar], from start: Int) -> Int {
        guard start < text.count else { return start }
        guard text[start] == "[" else { return TerminalScreen.skip(text, from: start) }
        var index = start + 1
        var parameters = ""
        while index < text.count, (0x20...0x3F).contains(text[index].value) {
            parameters.unicodeScalars.append(text[index])
            index += 1
        }
        guard index < text.count else { return index }
        let final = text[index]
        index += 1
        if parameters.hasPrefix("?") || parameters.hasPrefix(">") { return index }  // modes: no effect here
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        let n = max(1, (numbers.first ?? nil) ?? 1)
        let zero = (numbers.first ?? nil) ?? 0
        pendingWrap = false
        switch final {
        case "G", "`": cursor.column = min(columns - 1, n - 1)
        case "C", "a": cursor.column = min(columns - 1, cursor.column + n)
        case "D": cursor.column = max(0, cursor.column - n)
        case "A": cursor.row = max(0, cursor.row - n)
        case "B", "e": for _ in 0..<n { lineFeed() }
        case "H", "f":
            // Rows count from the top of the visible window (the last rows of the model).
            let top = max(0, cells.count - PseudoTerminal.rows)
            let row = max(1, (numbers.first ?? nil) ?? 1)
            let column = max(1, (numbers.count > 1 ? numbers[1] : nil) ?? 1)
            cursor.row = top + row - 1
            while cells.count <= cursor.row { cells.append([]) }
            cursor.column = min(columns - 1, column - 1)
        case "K":
            let row = cursor.row
            switch zero {
            case 0: if cells[row].count > cursor.column { cells[row].removeSubrange(cursor.column...) }
            case 1: for column in 0...min(cursor.column, max(0, cells[row].count - 1)) where column < cells[row].count {
                cells[row][column] = " "
            }
            default: cells[row] = []
            }
        case "J":
            let row = cursor.row
            if zero == 0 {
                if cells[row].count > cursor.column { cells[row].removeSubrange(cursor.column...) }
                cells.removeSubrange((row + 1)...)
            } else if zero >= 2 {
                cells = cells.map { _ in [] }
            }
        case "P":
            let row = cursor.row
            if cursor.column < cells[row].count {
                cells[row].removeSubrange(cursor.column..<min(cells[row].count, cursor.column + n))
            }
        case "@":
            let row = cursor.row
            if cursor.column < cells[row].count {
                cells[row].insert(contentsOf: Array(repeating: " ", count: n), at: cursor.column)
                if cells[row].count > columns { cells[row].removeSubrange(columns...) }
            }
        case "X":
            for column in cursor.column..<min(columns, cursor.column + n) { setCell(column, " ") }
        default:
            break  // colours (m) and the rest change nothing we compare
        }
        while cells.count <= cursor.row { cells.append([]) }
        return index
    }

    /// Skips the sequence after ESC without acting on it; returns the index after it.
    fileprivate static func skip(_ text: [Unicode.Scalar], from start: Int) -> Int {
        guard start < text.count else { return start }
        var index = start
        switch text[index] {
        case "[":
            index += 1
            while index < text.count, (0x20...0x3F).contains(text[index].value) { index += 1 }
            return min(text.count, index + 1)
        case "]", "P", "_", "^":
            // A string, ended by BEL or ESC \.
            index += 1
            while index < text.count {
                if text[index] == "\u{07}" { return index + 1 }
                if text[index] == "\u{1B}", index + 1 < text.count, text[index + 1] == "\\" { return index + 2 }
                index += 1
            }
            return index
        case "(", ")", "*", "+", "#", "%":
            return min(text.count, index + 2)
        default:
            return index + 1
        }
    }

    /// Terminal cells a character takes: 0 for combining marks, 2 for East Asian wide ones.
    static func width(of scalar: Unicode.Scalar) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        let value = scalar.value
        let wide: [ClosedRange<UInt32>] = [
            0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
            0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
            0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD,
        ]
        return wide.contains { $0.contains(value) } ? 2 : 1
    }
}
