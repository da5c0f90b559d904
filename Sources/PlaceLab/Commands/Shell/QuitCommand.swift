import PlaceLabCore
import PlaceLabLanguage

/// `quit [STATUS]`: leaves the shell.
struct QuitCommand: Command {
    let name = "quit"
    let aliases = ["exit", "\\q"]
    let category = CommandCategory.shell
    let summary = "leave PlaceLab (also exit, \\q, or Ctrl-D on an empty line)"
    let usage = "quit [STATUS]"
    let details = """
        Leaves the shell, or ends a script early. The exit status is STATUS if given \
        (0–255), else 0 when everything so far succeeded.
        """

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(1)
        if let word = invocation.words.first { _ = try status(word) }
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        session.requestQuit(status: try invocation.words.first.map(status) ?? 0)
    }

    private func status(_ word: Word) throws -> Int32 {
        guard let number = Int32(word.text), (0...255).contains(number) else {
            throw Diagnostic("exit status must be a whole number from 0 to 255, not \"\(word.text)\"", at: word.span)
        }
        return number
    }
}
