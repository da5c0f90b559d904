/// `output [FILE]`: sends results to a file, or back to the screen.
struct OutputCommand: Command {
    let name = "output"
    let category = CommandCategory.output
    let summary = "send results to a file until \"output\" alone sends them back"
    let usage = "output [FILE]"
    let details = """
        Results (tables, help text, echo) go to FILE instead of the screen; errors and \
        notices still appear on the screen. The file is written under a temporary name \
        and appears whole when output returns to the screen, when another file is chosen \
        or when the session ends, replacing any earlier file of that name. Files never \
        get colour or the "… more rows" cut.
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
