/// `clear`: clears the terminal screen.
struct ClearCommand: Command {
    let name = "clear"
    let category = CommandCategory.shell
    let summary = "clear the terminal screen"
    let usage = "clear"
    let details = """
        Clears the screen and puts the prompt at the top, as Ctrl-L does while typing. \
        Does nothing when results go to a pipe or file, which never get escape codes.
        """

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(0)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        if session.resultsReachTerminal {
            session.console.write("\u{1B}[H\u{1B}[2J\u{1B}[3J")
        }
    }
}
