import PlaceLabCore
import PlaceLabLanguage

/// `safe [on]`: confines the session's files to the working folder, for good.
struct SafeCommand: Command {
    let name = "safe"
    let category = CommandCategory.scripts
    let summary = "confine files to the working folder for the rest of the session (safe on)"
    let usage = "safe [on]"
    let details = """
        For running a script someone else wrote (a student's, one handed round a class), \
        as sqlite3's -safe: with safe on, output, once, record, export and plot write \
        only inside the working folder (so never over a file outside it), load reads only \
        inside it, and run and step run only .plq scripts inside it. Paths are judged \
        after following symbolic links and "..". Each refusal is an error at the \
        statement that asked. An error in a file outside the folder gives its line and \
        column but does not quote the line. Safe mode cannot be turned off in the session \
        that turned it on; safe alone says whether it is on. The same from the command \
        line, for a teacher: placelab --safe student.plq (the init file is not run). \
        PlaceLab never runs other programs, in safe mode or not.
        """
    let examples = [
        CommandExample("safe", "is safe mode on?"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .choice(["on"]) : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(1)
        if let word = invocation.words.first { try Self.checkOn(word) }
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        guard let word = invocation.words.first else {
            if let safeMode = session.safeMode {
                session.emit(text: "safe: on (files only inside \(safeMode.folder))\n")
            } else {
                session.emit(text: "safe: off\n")
            }
            return
        }
        try Self.checkOn(word)
        session.enterSafeMode()
    }

    private static func checkOn(_ word: Word) throws {
        if try !OnOff.parse(word) {
            throw Diagnostic("safe mode cannot be turned off", at: word.span,
                             help: "it lasts until the session ends; start placelab again without --safe")
        }
    }
}
