import PlaceLabCore

/// `once FILE`: sends only the next statement's results to a file.
struct OnceCommand: Command {
    let name = "once"
    let category = CommandCategory.output
    let summary = "send the next statement's results to a file"
    let usage = "once FILE"
    let details = """
        The statement after once writes its results to FILE; the one after that prints \
        on the screen again. The file appears whole when that statement succeeds; if it \
        fails, any earlier file of that name is left as it was. See help output for \
        how files are written.
        """
    let examples = [
        CommandExample("once /tmp/placelab-help.txt", "the next result goes to the file"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .file : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.onlyWord("a file name")
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let word = try invocation.onlyWord("a file name")
        do {
            try session.sendNextResult(to: word.text)
        } catch var diagnostic as Diagnostic {
            diagnostic.span = word.span
            throw diagnostic
        }
    }
}
