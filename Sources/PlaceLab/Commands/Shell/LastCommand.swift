import PlaceLabCore

/// `last`: shows the previous result again, every row of it.
struct LastCommand: Command {
    let name = "last"
    let category = CommandCategory.output
    let summary = "show the last result again in full (every row)"
    let usage = "last"
    let details = """
        On a terminal, long results show their first rows and say how many more there are; \
        last prints the whole of the previous result, in the current mode (so "mode csv" \
        then "last" gives it as CSV).
        """

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(0)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        guard let table = session.lastResult else {
            throw Diagnostic("there is no result yet to show again", at: invocation.verbSpan)
        }
        session.emit(table, limited: false)
    }
}
