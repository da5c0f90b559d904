import PlaceLabCore
import PlaceLabLanguage

/// `timer on|off`: prints how long each statement takes.
struct TimerCommand: Command {
    let name = "timer"
    let category = CommandCategory.shell
    let summary = "print the time each statement takes (on or off)"
    let usage = "timer [on|off]"
    let details = """
        With timer on, each statement is followed by a line "time: 1.234 ms" (wall-clock \
        time). It goes to the screen's error stream, so it never enters an output file \
        or a pipe of results. timer alone shows the setting.
        """
    let examples = [
        CommandExample("timer on", "time every statement from now on"),
        CommandExample("timer off", "stop timing"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .choice(["on", "off"]) : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(1)
        if let word = invocation.words.first { _ = try OnOff.parse(word) }
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        guard let word = invocation.words.first else {
            session.emit(text: "timer: \(session.settings.timer ? "on" : "off")\n")
            return
        }
        session.settings.timer = try OnOff.parse(word)
    }
}

/// `on`/`off` arguments, with the usual synonyms.
enum OnOff {
    static func parse(_ word: Word) throws -> Bool {
        switch word.text.lowercased() {
        case "on", "yes", "true", "1": return true
        case "off", "no", "false", "0": return false
        default:
            throw Diagnostic("expected on or off, not \"\(word.text)\"", at: word.span)
        }
    }
}
