/// `pause ["message"]`: in step mode, shows the message and waits for the teacher.
struct PauseCommand: Command {
    let name = "pause"
    let category = CommandCategory.scripts
    let summary = "in step mode, show a message and wait for Enter; elsewhere do nothing"
    let usage = "pause [\"MESSAGE\"]"
    let details = """
        For lessons run with "step FILE" or "placelab --step FILE": shows MESSAGE and waits \
        like the wait after each statement (Enter goes on, s then Enter runs the rest \
        without waiting, q then Enter stops the script). Outside step mode, and after s, \
        it does nothing at all, so the same script also runs straight through from a file \
        or a pipe.
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
