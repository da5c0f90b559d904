import PlaceLabCore
import PlaceLabLanguage

/// `history [N]`: lists the statements typed before, newest last.
struct HistoryCommand: Command {
    let name = "history"
    let category = CommandCategory.shell
    let summary = "list the statements typed in this and earlier sessions"
    let usage = "history [N]"
    let details = """
        Shows the last N entries (all with no N) as a table, so any mode works ("mode csv" \
        then "history" exports it). History lives in $XDG_STATE_HOME/placelab/history \
        (default ~/.local/state/placelab/history, or $PLACELAB_HISTORY), is saved after \
        every statement typed at the prompt, and keeps the latest 2,000. Statements from \
        scripts and pipes are not added. In the line editor, Up/Down step through it and \
        Ctrl-R searches it.
        """
    let examples = [
        CommandExample("history 10", "the last ten statements"),
    ]

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(1)
        if let word = invocation.words.first { _ = try count(word) }
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        guard let history = session.history else {
            session.notice("history is off (--no-history, or no home folder)")
            return
        }
        let entries = history.entries
        let shown = try invocation.words.first.map(count) ?? entries.count
        let first = max(0, entries.count - shown)
        let rows = entries[first...].enumerated().map { offset, entry in
            [Value.integer(first + offset + 1), Value.text(entry)]
        }
        session.emit(Table(columns: ["n", "statement"], rows: rows))
    }

    private func count(_ word: Word) throws -> Int {
        guard let number = Int(word.text), number >= 0 else {
            throw Diagnostic("expected how many entries to show, not \"\(word.text)\"", at: word.span)
        }
        return number
    }
}
