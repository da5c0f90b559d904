/// `step FILE`: runs a script one statement at a time, for teaching.
struct StepCommand: Command {
    let name = "step"
    let category = CommandCategory.scripts
    let summary = "run a script one statement at a time, waiting for Enter after each"
    let usage = "step FILE"
    let details = """
        Like run, the script is parsed whole first (a mistake anywhere runs nothing), but \
        each statement is shown as if typed ("placelab> …"), run, and then the shell waits: \
        Enter runs the next statement, s then Enter runs the rest without waiting (pauses \
        included), q then Enter stops the script. "pause MESSAGE" in the script shows its \
        message and waits the same way. An error stops the script as usual. Without a \
        terminal to answer (a script run from a pipe), step runs straight through. The \
        same from the command line: placelab --step FILE.
        """
    let examples = [
        CommandExample("step scripts/01-shell-basics.plq", "walk through the first lesson"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .file : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.onlyWord("a script file")
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let word = try invocation.onlyWord("a script file")
        do {
            try session.runScript(atPath: session.resolveScriptPath(word.text), stepping: true)
        } catch var diagnostic as Diagnostic where diagnostic.span == nil {
            diagnostic.span = word.span
            throw diagnostic
        }
    }
}
