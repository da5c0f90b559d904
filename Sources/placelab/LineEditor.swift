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
        rl_initialize()  // reads ~/.editrc
        stifle_history(2000)
        for entry in history { add_history(entry) }
        update(context)
        rl_completer_word_break_characters = strdup(String(Completer.wordBreaks).replacingOccurrences(of: "\n", with: "") + "\n")
        rl_attempted_completion_function = { _, start, end in
            rl_attempted_completion_over = 1
            let line = rl_line_buffer.map { String(cString: $0) } ?? ""
            let context = CompletionState.shared.withLock { $0.context }
            let candidates = context.map { Completer.complete(line: line, cursor: Int(end), context: $0).candidates } ?? []
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

    func readLine(prompt: String) -> Input {
        guard let raw = readline(prompt) else {
            return InterruptSignal.reset() ? .interrupted : .endOfInput
        }
        defer { free(raw) }
        if InterruptSignal.reset() { return .interrupted }
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
    var candidates: [String] = []
    var next = 0

    static let shared = Mutex(CompletionState())
}
