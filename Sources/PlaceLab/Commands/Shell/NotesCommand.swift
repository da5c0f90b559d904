import PlaceLabCore
import PlaceLabLanguage

/// `notes [short|full|off]`: how much of a result's notes follows it on a terminal.
struct NotesCommand: Command {
    let name = "notes"
    let category = CommandCategory.output
    let summary = "show or set how much of the notes follows each result (short, full, off)"
    let usage = "notes [short|full|off]"
    let details = """
        Results carry notes: what a network's roles rest on, which relation counts, and for \
        an illustrative network (one PlaceLab built to show what a source describes only in \
        words) why it is not data. On a terminal, short (the default) shows an illustrative \
        note in full the first time and as one line after that, and every other note in \
        full; full shows every note every time; off leaves the notes out but keeps the \
        one-line illustrative label, since illustrative data always says so. Files and \
        pipes always get every note in full. notes alone shows the setting.
        """
    let examples = [
        CommandExample("notes full", "every note in full after every result"),
        CommandExample("notes off", "only the one-line illustrative label"),
        CommandExample("notes", "show the setting and the choices"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .choice(NoteLength.allCases.map(\.rawValue)) : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(1)
        if let word = invocation.words.first { _ = try length(word) }
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        guard let word = invocation.words.first else {
            var text = "notes: \(session.settings.notes.rawValue)\n"
            for length in NoteLength.allCases {
                let marker = length == session.settings.notes ? "*" : " "
                text += " \(marker) \(length.rawValue.padded(to: 6)) \(length.summary)\n"
            }
            session.emit(text: text)
            return
        }
        session.settings.notes = try length(word)
        // A new choice starts afresh: the next illustrative note shows in full once more.
        session.notesShownInFull = []
    }

    private func length(_ word: Word) throws -> NoteLength {
        if let length = NoteLength(rawValue: word.text.lowercased()) { return length }
        throw Diagnostic("unknown notes setting \"\(word.text)\"", at: word.span,
                         help: "notes takes " + NoteLength.allCases.map(\.rawValue).joined(separator: ", ")
                             + ", or nothing to show the setting")
    }
}
