import PlaceLabCore
import PlaceLabRender

/// `help [COMMAND|TOPIC]`: the list of commands, or one command's usage and examples.
struct HelpCommand: Command {
    let name = "help"
    let aliases = ["\\?", "\\h"]
    let category = CommandCategory.shell
    let summary = "list the commands, or explain one (help mode)"
    let usage = "help [COMMAND|TOPIC]"
    let details = "With no argument, lists every command with a one-line summary and the help topics."
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
        guard let word = invocation.words.first else {
            session.emit(text: overview(session.registry, style))
            return
        }
        if let command = session.registry.lookup(word.text) {
            session.emit(text: describe(command, style))
        } else if let stage = QueryStageHelp.lookup(word.text) {
            session.emit(text: describe(stage, style))
        } else if let topic = HelpTopic.lookup(word.text) {
            session.emit(text: style.paint(topic.name, .header) + " — " + topic.summary + "\n\n" + topic.text + "\n")
        } else {
            let names = session.registry.names + HelpTopic.all.map(\.name) + QueryStageHelp.all.map(\.name)
            throw Diagnostic.unknown("command or help topic", word.text, at: word.span, among: names)
        }
    }

    private func overview(_ registry: CommandRegistry, _ style: TextStyle) -> String {
        var out = "PlaceLab \(PlaceLabVersion.current): explore place-based leadership models.\n"
        // One column width for every section, so that the longest name of any kind still has a gap.
        let allNames = registry.names + QueryStageHelp.all.map(\.name) + HelpTopic.all.map(\.name)
        let width = (allNames.map(\.count).max() ?? 8) + 2
        for category in CommandCategory.allCases {
            let commands = registry.commands.filter { $0.category == category }
            guard !commands.isEmpty else { continue }
            out += "\n" + style.paint(category.rawValue, .header) + "\n"
            for command in commands.sorted(by: { $0.name < $1.name }) {
                out += "  " + command.name.padding(toLength: width, withPad: " ", startingAt: 0) + command.summary + "\n"
            }
        }
        out += "\n" + style.paint("Query stages", .header) + " (cases | where … | sort … ; help query)\n"
        for stage in QueryStageHelp.all {
            out += "  " + stage.name.padding(toLength: width, withPad: " ", startingAt: 0) + stage.summary + "\n"
        }
        out += "\n" + style.paint("Topics", .header) + "\n"
        for topic in HelpTopic.all {
            out += "  " + topic.name.padding(toLength: width, withPad: " ", startingAt: 0) + topic.summary + "\n"
        }
        out += "\nType \"help NAME\" for a command's usage and examples, or a topic's text.\n"
        return out
    }

    private func describe(_ stage: QueryStageHelp, _ style: TextStyle) -> String {
        var out = style.paint(stage.usage, .header) + "\n  " + stage.summary + "\n\n"
        out += TextWrap.wrap(stage.details, width: 76).map { "  " + $0 + "\n" }.joined()
        out += "\n" + style.paint("Examples", .header) + "\n"
        for example in stage.examples {
            out += "  placelab> \(example.statement)\n      \(example.explanation)\n"
        }
        return out
    }

    private func describe(_ command: any Command, _ style: TextStyle) -> String {
        var out = style.paint(command.usage, .header) + "\n  " + command.summary + "\n\n"
        for paragraph in command.details.components(separatedBy: "\n") {
            out += TextWrap.wrap(paragraph, width: 76).map { "  " + $0 + "\n" }.joined()
        }
        let aliases = command.aliases
        if !aliases.isEmpty {
            out += "\n  Also: " + aliases.joined(separator: ", ") + "\n"
        }
        if !command.examples.isEmpty {
            out += "\n" + style.paint("Examples", .header) + "\n"
            for example in command.examples {
                out += "  placelab> \(example.statement)\n      \(example.explanation)\n"
            }
        }
        return out
    }
}
