/// `mode [MODE]`: shows or sets how results print.
struct ModeCommand: Command {
    let name = "mode"
    let category = CommandCategory.output
    let summary = "show or set how results print (box, table, markdown, csv, tsv, json, line)"
    let usage = "mode [box|table|markdown|csv|tsv|json|line]"
    let details = """
        With no argument, shows the current mode and the choices. Box-drawing tables are \
        the default on a terminal, plain tables when output goes to a pipe or file. \
        --mode sets the mode from the command line.
        """
    let examples = [
        CommandExample("mode markdown", "print results as Markdown tables, ready for a handout"),
        CommandExample("mode", "show the current mode and the choices"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .choice(OutputMode.allCases.map(\.rawValue)) : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(1)
        if let word = invocation.words.first {
            _ = try mode(word)
        }
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        guard let word = invocation.words.first else {
            var text = "mode: \(session.settings.mode.rawValue)\n"
            for mode in OutputMode.allCases {
                let marker = mode == session.settings.mode ? "*" : " "
                text += " \(marker) \(mode.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) \(mode.summary)\n"
            }
            session.emit(text: text)
            return
        }
        session.settings.mode = try mode(word)
    }

    private func mode(_ word: Word) throws -> OutputMode {
        if let mode = OutputMode(rawValue: word.text.lowercased()) { return mode }
        var problem = Diagnostic.unknown("mode", word.text, at: word.span, among: OutputMode.allCases.map(\.rawValue))
        let modes = "the modes are " + OutputMode.allCases.map(\.rawValue).joined(separator: ", ")
        // A web page comes from record FILE.html, not from a mode.
        let page = word.text.lowercased().hasPrefix("htm") ? "; for a web page of the session: record FILE.html" : ""
        problem.help = problem.help.map { $0 + page } ?? modes + page
        throw problem
    }
}
