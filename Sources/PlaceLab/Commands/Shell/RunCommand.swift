import PlaceLabCore

/// `run FILE`: runs a script inside the session.
struct RunCommand: Command {
    let name = "run"
    let aliases = ["read"]
    let category = CommandCategory.scripts
    let summary = "run the statements of a script file in this session"
    let usage = "run FILE | run lesson N"
    let details = """
        The script is parsed whole before any of it runs; it stops at its first error, \
        which names the script's own file, line and column. What it sets (mode, output, \
        timer) stays set. A relative path is found from the working folder, else beside \
        the script that runs it. A script that runs itself, directly or through others, \
        is reported and not followed. "run lesson 3" (or a topic: "run lesson realms") runs \
        a bundled lesson, wherever PlaceLab is installed (see lessons).
        """
    let examples = [
        CommandExample("run scripts/01-shell-basics.plq", "run the first lesson"),
        CommandExample("run lesson 1", "the same, from any folder"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        if index == 0 { return .fileOrLesson }
        return index == 1 && previous.first?.lowercased() == "lesson" ? .lesson : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try LessonReference.check(invocation)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let (path, span) = try LessonReference.path(invocation, in: session)
        do {
            try session.runScript(atPath: path)
        } catch var diagnostic as Diagnostic where diagnostic.span == nil {
            diagnostic.span = span
            throw diagnostic
        }
    }
}
