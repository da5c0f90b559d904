/// `pause ["message"]`: in step mode, shows the message and waits for the teacher.
struct PauseCommand: Command {
    let name = "pause"
    let category = CommandCategory.scripts
    let summary = "in step mode, show a message and wait for a key; elsewhere do nothing"
    let usage = "pause [\"MESSAGE\"]"
    let details = """
        For lessons run with "step FILE" or "placelab --step FILE": shows MESSAGE once and \
        waits like the wait after each statement (Enter or Space goes on, s runs the rest \
        without waiting, b shows the last output again, q stops the script). Outside step \
        mode, and after s, it does nothing at all, so the same script also runs straight \
        through from a file or a pipe.
        """
    let examples = [
        CommandExample("pause \"Which realm leads in Bristol?\"", "a question for the class (waits only in step mode)"),
        CommandExample("pause", "wait without a message (only in step mode)"),
    ]

    func run(_ invocation: Invocation, in session: Session) throws {
        let message = invocation.words.map(\.text).joined(separator: " ")
        session.pause(message.isEmpty ? nil : message)
    }
}
