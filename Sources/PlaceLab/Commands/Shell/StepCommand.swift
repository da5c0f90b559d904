import PlaceLabCore

/// `step FILE`: runs a script one statement at a time, for teaching.
struct StepCommand: Command {
    let name = "step"
    let category = CommandCategory.scripts
    let summary = "run a script or lesson one statement at a time, waiting for a key after each"
    let usage = "step FILE | step lesson N"
    let details = """
        Like run, the script is checked whole first (a mistake anywhere runs nothing), but \
        each statement is shown as if typed ("placelab> …"), after the comments before it \
        (the teacher's notes), then run, and then the shell waits for one key, no Enter \
        needed: Enter or Space runs the next statement, s runs the rest without waiting \
        (pauses included), b shows the last statement and its output again, q stops the \
        script. "pause MESSAGE" in the script shows its message and waits the same way. An \
        error stops the script as usual. "step lesson 3" (or a topic: "step lesson realms") \
        steps through a bundled lesson (see lessons). Without a terminal to answer (a script \
        run from a pipe), step runs straight through; answers piped to placelab --step FILE \
        are read a line each. The same from the command line: placelab --step FILE, or \
        placelab --step lesson 3.
        """
    let examples = [
        CommandExample("step scripts/01-shell-basics.plq", "walk through the first lesson"),
        CommandExample("step lesson 2", "the same for lesson 2, found wherever PlaceLab is installed"),
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
            try session.runScript(atPath: path, stepping: true)
        } catch var diagnostic as Diagnostic where diagnostic.span == nil {
            diagnostic.span = span
            throw diagnostic
        }
    }
}
