import PlaceLabCore
import PlaceLabLanguage

/// Checks a parsed script against the names it can know before any of it runs: datasets,
/// their fields, networks and cases. A misspelt field on line 2 is then reported before line 1 runs.
///
/// The check walks the statements in order and keeps what each makes: a `let` whose query
/// could be followed leaves its columns; a `load` leaves a name whose columns are unknown
/// (or, for a PlaceLab YAML file that names itself, makes every name unknowable); `run`,
/// `step` and `unload` make every later name unknowable. What is unknowable is skipped,
/// never guessed: the statement that uses it is checked when it runs.
struct ScriptCheck {
    let session: Session

    /// What a name stands for while checking.
    private enum Known {
        /// A table whose columns are known: its frame, with no rows.
        case columns(Frame)
        /// A name that exists, with columns we cannot know before running.
        case unknownColumns
    }

    private var names: [String: Known] = [:]
    /// Set once a statement may make any name at all: later unknown names are not reported.
    private var anythingMayExist = false
    /// Cleared once a statement may change the cases (a load, a run).
    private var casesKnown = true

    init(session: Session) {
        self.session = session
        for (name, frame) in session.bindings { names[name] = .columns(frame.withoutRows()) }
    }

    /// Whether the statement may make names the check could not know before it ran (a load,
    /// a script run, an unload): the statements after it are then checked again.
    static func makesNames(_ statement: Statement) -> Bool {
        guard case .command(let invocation) = statement else { return false }
        return invocation.command is LoadCommand || invocation.command is RunCommand
            || invocation.command is StepCommand || invocation.command is UnloadCommand
    }

    /// The first problem in the statements, checked against what the session holds now.
    static func firstProblem(in statements: [Statement], session: Session) -> Diagnostic? {
        var check = ScriptCheck(session: session)
        return check.problems(in: statements).first
    }

    /// Every problem found, in order; empty when the script may run. Checking stops being
    /// useful after the first, but each statement is checked so the names it makes are known.
    mutating func problems(in statements: [Statement]) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for statement in statements {
            do {
                try check(statement)
            } catch let diagnostic as Diagnostic {
                found.append(diagnostic.located(in: statement.source))
            } catch {
                // Only diagnostics are reported early; anything else shows when the statement runs.
            }
        }
        return found
    }

    private mutating func check(_ statement: Statement) throws {
        switch statement {
        case .command(let invocation):
            try check(invocation)
        case .query(.pipeline(let pipeline), _, let source):
            try checkCommandSource(pipeline, source)
            if let target = pipeline.plotTarget { try QueryPlot.check(target) }
            _ = try frame(of: pipeline, source)
        case .query(.binding(let name, _, let pipeline), _, let source):
            try checkCommandSource(pipeline, source)
            if session.registry.lookup(name) != nil { return }
            if let frame = try frame(of: pipeline, source) {
                names[name.lowercased()] = .columns(frame)
            } else {
                names[name.lowercased()] = .unknownColumns
            }
        case .query(.drop(let name, _), _, _):
            names[name.lowercased()] = nil
            // A dropped let name may have hidden a dataset of the same name.
            if session.catalog[name] != nil { names[name.lowercased()] = .unknownColumns }
        }
    }

    // MARK: - Queries

    /// The query's result with no rows, after checking every name it uses; nil when its
    /// source cannot be known before running (a loaded file, a command on a large network).
    private func frame(of pipeline: Pipeline, _ source: SourceText) throws -> Frame? {
        var stages = pipeline.stages
        if let last = stages.last, last.onlyShows { stages.removeLast() }
        if stages.contains(where: { if case .join(let clause, _) = $0 { !isKnown(clause.other) } else { false } }) {
            return nil
        }
        var checked = pipeline
        checked.stages = stages
        if pipeline.sourceArguments != nil {
            guard let columns = commandColumns(pipeline, source) else { return nil }
            let evaluator = PipelineEvaluator(resolve: { name, span in try self.resolve(name, span) },
                                              resolveCommand: { _ in columns }, checkInterrupt: {})
            return try evaluator.run(checked)
        }
        guard isKnown(pipeline.source) else { return nil }
        let evaluator = PipelineEvaluator(resolve: { name, span in try self.resolve(name, span) }, checkInterrupt: {})
        return try evaluator.run(checked)
    }

    /// The columns of the command that starts a query (`network gouda | sort …`), with no rows,
    /// when they can be known cheaply: the command's table without its costly measures (which
    /// it leaves out when none is asked for), and every column it may add. Nil when the command
    /// reads a name the script may make, or a network too large to read twice.
    private func commandColumns(_ pipeline: Pipeline, _ source: SourceText) -> Frame? {
        guard !anythingMayExist,
              let invocation = try? session.registry.invocation(verb: pipeline.source, verbSpan: pipeline.sourceSpan,
                                                                arguments: pipeline.sourceArguments ?? [], source: source),
              let command = invocation.command.tableCommand else { return nil }
        if let first = invocation.words.first {
            guard names[first.text.lowercased()] == nil else { return nil }
            if case .network(let network)? = session.catalog[first.text], network.nodes.rowCount > ScriptCheck.largestNetworkRead {
                return nil
            }
        }
        guard var table = try? command.table(invocation, in: session, columns: []) else { return nil }
        for name in command.resultColumns where table.column(named: name) == nil {
            table.columns.append(Dataset.Column(name: name, type: .empty, values: Array(repeating: .null, count: table.rowCount)))
        }
        return Frame(table).withoutRows()
    }

    /// Above this many nodes a command's table is not computed just to check a script.
    static let largestNetworkRead = 2_000

    /// Whether the name's columns can be known: a dataset or a `let` made before, or a name
    /// that is certainly unknown (so resolving it reports it).
    private func isKnown(_ name: String) -> Bool {
        switch names[name.lowercased()] {
        case .columns: return true
        case .unknownColumns: return false
        // Once anything may exist, a name not made here is left for when it runs.
        case nil: return !anythingMayExist
        }
    }

    private func resolve(_ name: String, _ span: Span) throws -> Frame {
        if case .columns(let frame) = names[name.lowercased()] { return frame }
        if let dataset = session.dataset(named: name) { return Frame(dataset).withoutRows() }
        let made = names.keys.filter { if case .columns = names[$0] { true } else { false } }
        let known = made + session.catalog.names + session.registry.names
        throw Diagnostic.unknown("dataset or command", name, at: span, among: known)
    }

    /// A command that starts a query (`network NAME | …`) names what it reads like any command.
    private func checkCommandSource(_ pipeline: Pipeline, _ source: SourceText) throws {
        guard let arguments = pipeline.sourceArguments,
              let invocation = try? session.registry.invocation(verb: pipeline.source, verbSpan: pipeline.sourceSpan,
                                                                arguments: arguments, source: source) else { return }
        try checkFirstName(invocation)
    }

    // MARK: - Commands

    private mutating func check(_ invocation: Invocation) throws {
        switch invocation.command {
        case is LoadCommand:
            casesKnown = false
            guard let request = try? LoadRequest(invocation) else { return }
            names[request.name.lowercased()] = .unknownColumns
            // A PlaceLab YAML file names its dataset inside, unless "as NAME" says.
            let named = invocation.words.contains { !$0.quoted && $0.text.lowercased() == "as" }
            if request.format == .bundled, !named { anythingMayExist = true }
        case is RunCommand, is StepCommand, is UnloadCommand:
            anythingMayExist = true
            casesKnown = false
            names = names.filter { if case .columns = $0.value { true } else { false } }
        default:
            try checkCaseWords(invocation)
            try checkFirstName(invocation)
        }
    }

    /// A network or dataset named as a command's first word (network, roles, describe, …)
    /// must exist, unless the script may have made it.
    private func checkFirstName(_ invocation: Invocation) throws {
        guard !anythingMayExist, let word = invocation.words.first, names[word.text.lowercased()] == nil else { return }
        switch invocation.command.argumentKind(at: 0, after: []) {
        case .network:
            _ = try NetworkSelection.find(word, in: session)
        case .dataset where invocation.command is DescribeCommand:
            if session.catalog[word.text] == nil {
                throw Diagnostic.unknown("dataset", word.text, at: word.span, among: session.catalog.names)
            }
        default:
            break
        }
    }

    /// The words a command takes as case names (its completion says which) must name a case.
    private func checkCaseWords(_ invocation: Invocation) throws {
        guard casesKnown else { return }
        let command = invocation.command
        var caseWords: [Word] = []
        var previous: [String] = []
        for (index, word) in invocation.words.enumerated() {
            // compare's facets follow "on".
            if command is CompareCommand, !word.quoted, word.text.lowercased() == "on" { break }
            if command.argumentKind(at: index, after: previous) == .caseName, !word.text.hasPrefix("-") {
                caseWords.append(word)
            }
            previous.append(word.text)
        }
        guard !caseWords.isEmpty, let cases = session.dataset(named: "cases") else { return }
        let lookup = TopicLookup(cases, nameColumn: "name")
        // compare takes each word as a case; the others read all their words as one name.
        let groups = command is CompareCommand ? caseWords.map { [$0] } : [caseWords]
        for words in groups where lookup.find(words.map(\.text).joined(separator: " ")) == .notFound {
            _ = try lookup.resolve(words, kind: "case")
        }
    }
}

extension Frame {
    /// The same columns with no rows: what a pipeline's stages can be checked against.
    func withoutRows() -> Frame {
        var frame = self
        frame.rows = []
        return frame
    }
}
