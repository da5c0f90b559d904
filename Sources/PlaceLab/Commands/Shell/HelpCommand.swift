import PlaceLabCore
import PlaceLabRender

/// `help [COMMAND|TOPIC]`: the list of commands, or one command's usage and examples.
struct HelpCommand: Command {
    let name = "help"
    let aliases = ["\\?", "\\h"]
    let category = CommandCategory.shell
    let summary = "list the commands, or explain one (help mode)"
    let usage = "help [COMMAND|TOPIC]"
    let details = """
        With no argument, lists every command with a one-line summary and the help topics. On a \
        terminal, help lays itself out to the window's width (60 to 100 columns; COLUMNS stands \
        in for it), wrapping at words; in a pipe or a file it is as written, 78 columns.
        """
    let examples = [
        CommandExample("help", "every command, grouped"),
        CommandExample("help mode", "usage, description and examples of one command"),
        CommandExample("help keys", "the editing keys"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .helpTopic : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(1)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let style = session.resultStyle
        let layout = HelpLayout(session: session)
        guard let word = invocation.words.first else {
            session.emit(text: overview(session.registry, style, layout))
            return
        }
        if let command = session.registry.lookup(word.text) {
            session.emit(text: describe(command, style, layout))
        } else if let stage = QueryStageHelp.lookup(word.text) {
            session.emit(text: describe(stage, style, layout))
        } else if let topic = HelpTopic.lookup(word.text) {
            let title = style.paint(topic.name, .header) + " — " + topic.summary
            let body = topic.text.components(separatedBy: "\n").map(layout.preformatted).joined()
            session.emit(text: (layout.fitsScreen ? layout.paragraph(title, indent: 0) : title + "\n") + "\n" + body)
        } else {
            let names = session.registry.names + HelpTopic.all.map(\.name) + QueryStageHelp.all.map(\.name)
            throw Diagnostic.unknown("command or help topic", word.text, at: word.span, among: names)
        }
    }

    private func overview(_ registry: CommandRegistry, _ style: TextStyle, _ layout: HelpLayout) -> String {
        var out = "PlaceLab \(PlaceLabVersion.current): explore place-based leadership models.\n"
        // One column width for every section, so that the longest name of any kind still has a gap.
        let allNames = registry.names + QueryStageHelp.all.map(\.name) + HelpTopic.all.map(\.name)
        let width = (allNames.map(\.count).max() ?? 8) + 2
        for category in CommandCategory.allCases {
            let commands = registry.commands.filter { $0.category == category }
            guard !commands.isEmpty else { continue }
            out += "\n" + style.paint(category.rawValue, .header) + "\n"
            for command in commands.sorted(by: { $0.name < $1.name }) {
                out += layout.entry(command.name, command.summary, column: width + 2)
            }
        }
        out += "\n" + style.paint("Query stages", .header) + " (cases | where … | sort … ; help query)\n"
        for stage in QueryStageHelp.all {
            out += layout.entry(stage.name, stage.summary, column: width + 2)
        }
        out += "\n" + style.paint("Topics", .header) + "\n"
        for topic in HelpTopic.all {
            out += layout.entry(topic.name, topic.summary, column: width + 2)
        }
        let footer = "Type \"help NAME\" for a command's usage and examples, or a topic's text."
        out += "\n" + (layout.fitsScreen ? layout.paragraph(footer, indent: 0) : footer + "\n")
        return out
    }

    private func describe(_ stage: QueryStageHelp, _ style: TextStyle, _ layout: HelpLayout) -> String {
        var out = heading(stage.usage, stage.summary, style, layout)
        out += layout.paragraph(stage.details)
        out += "\n" + style.paint("Examples", .header) + "\n"
        for example in stage.examples {
            out += self.example(example, layout)
        }
        return out
    }

    /// The usage (wrapped at words on a narrow screen) and the one-line summary under it.
    private func heading(_ usage: String, _ summary: String, _ style: TextStyle, _ layout: HelpLayout) -> String {
        guard layout.fitsScreen else { return style.paint(usage, .header) + "\n  " + summary + "\n\n" }
        let lines = TextWrap.wrap(usage, width: layout.width - 2, firstWidth: layout.width)
        return lines.enumerated().map { ($0.offset == 0 ? "" : "  ") + style.paint($0.element, .header) + "\n" }.joined()
            + layout.paragraph(summary) + "\n"
    }

    /// `placelab> STATEMENT` and what it shows, each wrapped under its own indent on a screen.
    private func example(_ example: CommandExample, _ layout: HelpLayout) -> String {
        guard layout.fitsScreen else { return "  placelab> \(example.statement)\n      \(example.explanation)\n" }
        return layout.preformatted("  placelab> " + example.statement) + layout.paragraph(example.explanation, indent: 6)
    }

    private func describe(_ command: any Command, _ style: TextStyle, _ layout: HelpLayout) -> String {
        var out = heading(command.usage, command.summary, style, layout)
        for paragraph in command.details.components(separatedBy: "\n") {
            out += layout.paragraph(paragraph)
        }
        let aliases = command.aliases
        if !aliases.isEmpty {
            out += "\n  Also: " + aliases.joined(separator: ", ") + "\n"
        }
        if !command.examples.isEmpty {
            out += "\n" + style.paint("Examples", .header) + "\n"
            for example in command.examples {
                out += self.example(example, layout)
            }
        }
        return out
    }
}
