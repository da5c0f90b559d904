import PlaceLabCore

/// `output [FILE]`: sends results to a file, or back to the screen.
struct OutputCommand: Command {
    let name = "output"
    let category = CommandCategory.output
    let summary = "send results to a file until \"output\" alone sends them back"
    let usage = "output [FILE]"
    let details = """
        Results (tables, help text, echo) go to FILE instead of the screen; errors and \
        notices still appear on the screen. After each statement the file is brought up \
        to date whole (written under a temporary name in its folder, then renamed over \
        any earlier file of that name), so what finished is kept even if a later statement \
        fails or the shell is killed. Files never get colour or the "… more rows" cut.

        How every command writes files (output, once, record, export, plot): a file \
        that is replaced keeps its mode and owner; a symbolic link is followed and its \
        target replaced, the link kept; a FIFO, a device (/dev/null, /dev/tty) or \
        /dev/stdout is written straight to. A file with more than one hard link is \
        refused, since replacing it would leave the other names with the old text: write \
        to a new name. If the disk is full the error names the file and what it held \
        before is left as it was. With --safe, files are written only inside the \
        working folder (help safe).
        """
    let examples = [
        CommandExample("output /tmp/placelab-notes.txt", "results now go to the file"),
        CommandExample("output", "results come back to the screen"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .file : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(1)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        if let word = invocation.words.first {
            do {
                try session.openOutputFile(word.text)
            } catch var diagnostic as Diagnostic {
                diagnostic.span = word.span
                throw diagnostic
            }
        } else if let path = try session.closeOutputFile() {
            session.notice("results written to \(path)")
        }
    }
}
