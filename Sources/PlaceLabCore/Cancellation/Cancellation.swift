/// Whether the person asked to stop (Ctrl-C), as long work sees it: every loop that can run
/// for more than a moment — a reader's lines or elements, a measure's searches, a layout's
/// rounds — calls `check()` as it goes, and stops with `Interrupted`.
///
/// The session binds its cancellation to `current` for the statement it runs, so a reader
/// several calls down finds it without every signature passing it along. A task-local value
/// (not one global flag) lets concurrent tests each cancel only their own work. Threads that
/// do not inherit it (the parallel centrality searches) are handed the session's flag itself.
public struct Cancellation: Sendable {
    private let requested: @Sendable () -> Bool

    public init(_ requested: @escaping @Sendable () -> Bool) {
        self.requested = requested
    }

    /// Work that is never cancelled.
    public static let never = Cancellation { false }

    /// The cancellation of the statement running on this task (or thread).
    @TaskLocal public static var current = Cancellation.never

    /// Whether stopping was asked for; cheap enough to call once per line or element.
    public var isRequested: Bool { requested() }

    /// Throws `Interrupted` once stopping was asked for.
    public func check() throws(Interrupted) {
        if requested() { throw Interrupted() }
    }
}
