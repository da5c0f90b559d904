import PlaceLabCore
import PlaceLabLanguage

/// The one place that lists every command.
public struct CommandRegistry: Sendable {
    public let commands: [any Command]
    /// Commands whose result can start a query, found once.
    public let tableCommandNames: Set<String>

    public init(_ commands: [any Command]) {
        self.commands = commands
        tableCommandNames = Set(commands.filter { $0.tableCommand != nil }.map(\.name))
    }

    public static let standard = CommandRegistry([
        HelpCommand(),
        ModeCommand(),
        OutputCommand(),
        OnceCommand(),
        LastCommand(),
        ChartCommand(),
        EchoCommand(),
        RunCommand(),
        StepCommand(),
        LessonsCommand(),
        PauseCommand(),
        RecordCommand(),
        SafeCommand(),
        TimerCommand(),
        NotesCommand(),
        HistoryCommand(),
        ClearCommand(),
        QuitCommand(),
        DatasetsCommand(),
        DescribeCommand(),
        LoadCommand(),
        ExportCommand(),
        UnloadCommand(),
        ExplainCommand(),
        SourcesCommand(),
        ActionsCommand(),
        FactorsCommand(),
        ShowCommand(),
        CompareCommand(),
        RealmsCommand(),
        VehicleCommand(),
        LifecycleCommand(),
        DiagnoseCommand(),
        NetworkCommand(),
        RolesCommand(),
        CoreCommand(),
        BrokerageCommand(),
        PathCommand(),
        EdgesCommand(),
        PlotCommand(),
    ])

    /// Finds a command by name or alias, case-insensitively; `.mode` (sqlite habit) finds `mode`.
    public func lookup(_ word: String) -> (any Command)? {
        var key = word.lowercased()
        if key.hasPrefix("."), key.count > 1 { key.removeFirst() }
        return commands.first { $0.name == key || $0.aliases.contains(key) }
    }

    /// A checked invocation of the command `verb` with the words in `arguments`.
    public func invocation(verb: String, verbSpan: Span, arguments: [Token], source: SourceText) throws -> Invocation {
        guard let command = lookup(verb) else {
            throw Diagnostic.unknown("command", verb, at: verbSpan, among: namesAndAliases)
        }
        let end = arguments.last?.span ?? verbSpan
        let invocation = Invocation(command: command, verb: verb, verbSpan: verbSpan, words: Word.words(from: arguments),
                                    tokens: arguments, span: verbSpan.union(end), source: source)
        try command.check(invocation, CheckContext(commandNames: names))
        return invocation
    }

    /// Every word that starts a command, for completion and did-you-mean.
    public var names: [String] {
        commands.map(\.name)
    }

    public var namesAndAliases: [String] {
        commands.flatMap { [$0.name] + $0.aliases.filter { $0.first?.isLetter ?? false } }
    }
}
