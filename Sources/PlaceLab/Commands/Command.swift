/// A statement's verb. Each command is one small type that carries its own name, help,
/// examples, argument completion and behaviour, so adding one means one new file and one
/// line in `CommandRegistry.standard`.
public protocol Command: Sendable {
    /// The word that invokes it (lowercase).
    var name: String { get }
    /// Other words that invoke it (`exit` for `quit`, `\q`).
    var aliases: [String] { get }
    var category: CommandCategory { get }
    /// One line for the `help` list.
    var summary: String { get }
    /// The synopsis, as `mode [MODE]`.
    var usage: String { get }
    /// A paragraph for `help NAME`.
    var details: String { get }
    /// Statements a user can try; a test runs every one of them.
    var examples: [CommandExample] { get }

    /// What the argument at `index` is, so completion can offer the right candidates.
    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind

    /// Checks the arguments before anything runs, so a script with a mistake on line 40 runs nothing.
    func check(_ invocation: Invocation, _ context: CheckContext) throws

    func run(_ invocation: Invocation, in session: Session) throws

    /// The command as a `TableCommand` when it is one. Asked instead of `as? TableCommand`:
    /// the first such cast of each type searches every conformance in the binary, which cost
    /// a tenth of a script's first answer.
    var tableCommand: (any TableCommand)? { get }
}

extension Command {
    public var tableCommand: (any TableCommand)? { nil }
    public var aliases: [String] { [] }
    public var examples: [CommandExample] { [] }
    public func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind { .none }
    public func check(_ invocation: Invocation, _ context: CheckContext) throws {}
}

/// Groups in the `help` list.
public enum CommandCategory: String, CaseIterable, Sendable {
    case shell = "Shell"
    case output = "Output"
    case data = "Data"
    case scripts = "Scripts"
    case models = "Models"
    case networks = "Networks"
}

/// What a command argument is, for completion.
public enum ArgumentKind: Sendable, Equatable {
    case none
    case choice([String])
    case file
    /// A script file, or the word `lesson` (`run lesson 3`).
    case fileOrLesson
    /// A bundled lesson's number or topic.
    case lesson
    case helpTopic
    /// A loaded dataset or network.
    case dataset
    /// A glossary topic's id, for `explain`.
    case glossaryTopic
    /// A case's id, for `actions` and `factors`.
    case caseName
    /// A loaded network's name.
    case network
    /// A relation type of the network named.
    case relation(network: String)
    /// A node (id) of the network named.
    case node(network: String)
    /// A node column of the network named (`brokerage NAME by FIELD`).
    case nodeField(network: String)
    /// A case's id or one of these words (phases, a keyword), for `plot`.
    case caseNameOr([String])
    /// A field of the last result, for `chart`.
    case resultField
}

/// What `check` may consult: the names a statement could refer to at parse time.
public struct CheckContext: Sendable {
    public var commandNames: [String]
    public init(commandNames: [String]) {
        self.commandNames = commandNames
    }
}
