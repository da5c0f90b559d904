#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// Ctrl-C, as a flag: the handler only records it; the REPL and long commands look.
enum InterruptSignal {
    private static let pressed = Atomic<Bool>(false)

    /// Installs the SIGINT handler. No SA_RESTART: a pending read returns early with EINTR,
    /// so the line editor gives the prompt back instead of waiting for Enter.
    static func install() {
        var unblock = sigset_t()
        sigemptyset(&unblock)
        sigaddset(&unblock, SIGINT)
        // A parent may hand SIGINT over blocked; the shell must still see Ctrl-C.
        sigprocmask(SIG_UNBLOCK, &unblock, nil)

        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in InterruptSignal.pressed.store(true, ordering: .relaxed) }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        sigaction(SIGINT, &action, nil)
    }

    static var wasPressed: Bool { pressed.load(ordering: .relaxed) }

    /// Forgets an earlier Ctrl-C; returns whether there was one.
    @discardableResult
    static func reset() -> Bool { pressed.exchange(false, ordering: .relaxed) }
}
