@preconcurrency import CEditLine
#if canImport(Glibc)
import Glibc
#endif
import PlaceLab
import Synchronization

/// The libedit glue: reads a line with editing, history and Tab completion.
///
/// libedit calls back through C function pointers that cannot capture, so the completion
/// function and its pending candidates live in a global guarded by a mutex.
final class LineEditor {
    enum Input {
        case line(String)
        case interrupted
        case endOfInput
    }

    init(history: [String], context: CompletionContext) {
        rl_readline_name = UnsafePointer(strdup("placelab"))  // for ~/.editrc sections
        // Our SIGINT handler stays in place; libedit's own would re-raise the signal.
        rl_catch_signals = 0
        rl_getc_function = readKey
        rl_initialize()  // reads ~/.editrc
        stifle_history(2000)
        for entry in history { add_history(entry) }
        update(context)
        rl_completer_word_break_characters = strdup(String(Completer.wordBreaks).replacingOccurrences(of: "\n", with: "") + "\n")
        rl_attempted_completion_function = { _, start, end in
            rl_attempted_completion_over = 1
            let line = rl_line_buffer.map { String(cString: $0) } ?? ""
            let (context, pending) = CompletionState.shared.withLock { ($0.context, $0.pending) }
            // A statement typed over several lines is completed as a whole.
            let before = pending.isEmpty ? "" : pending + "\n"
            let candidates = context.map {
                Completer.complete(line: before + line, cursor: before.count + Int(end), context: $0).candidates
            } ?? []
            CompletionState.shared.withLock {
                $0.candidates = candidates
                $0.next = 0
            }
            guard !candidates.isEmpty else { return nil }
            // A folder is completed without a trailing space, so the user can go on typing.
            rl_completion_append_character = candidates.count == 1 && candidates[0].hasSuffix("/") ? 0 : 32
            let typed = String(line.prefix(Int(end)).dropFirst(Int(start)))
            return typed.withCString { rl_completion_matches($0, completionGenerator) }
        }
    }

    /// The earlier lines of an unfinished statement, so Tab on a continuation line knows them.
    func setPending(_ text: String) {
        CompletionState.shared.withLock { $0.pending = text }
    }

    func readLine(prompt: String) -> Input {
        InterruptSignal.reset()
        // SIGINT stays blocked while editing except inside readKey's wait, so a Ctrl-C
        // pressed between two keys is never lost: it ends the wait, and the line.
        var blocked = sigset_t(), previous = sigset_t()
        sigemptyset(&blocked)
        sigaddset(&blocked, SIGINT)
        pthread_sigmask(SIG_BLOCK, &blocked, &previous)
        let raw = readline(prompt)
        pthread_sigmask(SIG_SETMASK, &previous, nil)
        defer { free(raw) }
        if InterruptSignal.reset() { return .interrupted }
        guard let raw else { return .endOfInput }
        return .line(String(cString: raw))
    }

    /// What Tab may offer from now on (the datasets loaded so far, …).
    func update(_ context: CompletionContext) {
        CompletionState.shared.withLock { $0.context = context }
    }

    /// Makes the entry reachable with Up and Ctrl-R in this session.
    func remember(_ entry: String) {
        add_history(entry)
    }
}

/// `ppoll`: poll with a signal mask swapped in atomically. Glibc's Swift module hides it
/// (it is a GNU extension), so it is looked up by name.
private typealias PollWithMask = @convention(c) (
    UnsafeMutablePointer<pollfd>?, nfds_t, UnsafePointer<timespec>?, UnsafePointer<sigset_t>?) -> Int32
private let atomicWait: PollWithMask = {
    guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "ppoll") else {
        // Without ppoll, a plain poll with SIGINT unblocked: a Ctrl-C between keys may wait for the next key.
        return { fds, count, _, _ in
            var open = sigset_t()
            sigemptyset(&open)
            sigaddset(&open, SIGINT)
            pthread_sigmask(SIG_UNBLOCK, &open, nil)
            defer { pthread_sigmask(SIG_BLOCK, &open, nil) }
            return poll(fds, count, -1)
        }
    }
    return unsafeBitCast(symbol, to: PollWithMask.self)
}()

/// libedit's key reader: waits for a key with SIGINT unblocked only during the wait, and
/// reports end of input once Ctrl-C was pressed, so that readline returns at once.
/// libedit takes a whole character from it, so UTF-8 sequences are decoded here.
private let readKey: @convention(c) (UnsafeMutablePointer<FILE>?) -> Int32 = { _ in
    guard let lead = readByte() else { return -1 }
    let length = lead < 0x80 ? 1 : lead >> 5 == 0b110 ? 2 : lead >> 4 == 0b1110 ? 3 : lead >> 3 == 0b11110 ? 4 : 1
    guard length > 1 else { return Int32(lead) }
    var bytes = [lead]
    for _ in 1..<length {
        guard let next = readByte() else { return -1 }
        bytes.append(next)
    }
    let scalar = String(decoding: bytes, as: UTF8.self).unicodeScalars.first
    return Int32(bitPattern: scalar?.value ?? 0xFFFD)
}

/// One byte of standard input, or nil at its end or once Ctrl-C was pressed.
private func readByte() -> UInt8? {
    var byte: UInt8 = 0
    while !InterruptSignal.wasPressed {
        var ready = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        var waitMask = sigset_t()
        sigemptyset(&waitMask)
        if atomicWait(&ready, 1, nil, &waitMask) < 0 {
            if errno == EINTR { continue }
            return nil
        }
        let count = read(STDIN_FILENO, &byte, 1)
        if count == 1 { return byte }
        if count < 0, errno == EINTR || errno == EAGAIN { continue }
        return nil
    }
    return nil
}

/// Hands libedit the candidates one by one, as `rl_completion_matches` asks.
private let completionGenerator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, _ in
    let candidate: String? = CompletionState.shared.withLock { state in
        guard state.next < state.candidates.count else { return nil }
        defer { state.next += 1 }
        return state.candidates[state.next]
    }
    return candidate.flatMap { strdup($0) }
}

private struct CompletionState: ~Copyable {
    var context: CompletionContext?
    var pending = ""
    var candidates: [String] = []
    var next = 0

    static let shared = Mutex(CompletionState())
}
