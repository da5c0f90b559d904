/// `run FILE`: runs a script inside the session.
struct RunCommand: Command {
    let name = "run"
    let aliases = ["read"]
    let category = CommandCategory.scripts
    let summary = "run the statements of a script file in this session"
    let usage = "run FILE"
    let details = """
        The script is parsed whole before any of it runs; it stops at its first error, \
        which names the script's own file, line and column. What it sets (mode, output, \
        timer) stays set. A relative path is found from the working folder, else beside \
        the script that runs it. A script that runs itself, directly or through others, \
        is reported and not followed.
        """
    let examples = [
        CommandExample("run scripts/01-shell-basics.plq", "run the first lesson"),
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
            try session.runScript(atPath: session.resolveScriptPath(word.text))
        } catch var diagnostic as Diagnostic where diagnostic.span == nil {
            diagnostic.span = word.span
            throw diagnostic
        }
    }
}
