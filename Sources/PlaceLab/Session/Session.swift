import Foundation
import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage
import PlaceLabRender

/// A PlaceLab session: the state a user builds up, and `run(text)` to act on it.
///
/// The executable turns flags, the terminal and signals into calls on this type; nothing
/// here reads the terminal, so every behaviour can be tested with a `BufferConsole`.
public final class Session {
    public var settings: SessionSettings
    public let registry: CommandRegistry
    public let console: Console
    /// Reports every error of a script instead of stopping at the first (`--keep-going`).
    public var keepGoing = false
    /// The terminal's size, asked before each result so a resized window is honoured.
    public var terminalSize: () -> (columns: Int, rows: Int)? = { nil }
    /// Whether Ctrl-C was pressed; long work polls it through `checkInterrupt()`.
    public var isInterrupted: @Sendable () -> Bool = { false }
    /// Where the progress line of long work goes (standard error, set only when it is a
    /// terminal); nil shows none.
    public var progressSink: (@Sendable (String) -> Void)?
    /// The persistent history, when the session keeps one.
    public var history: HistoryStore?
    /// The datasets and networks loaded: the bundled ones and the user's. The bundled
    /// folder is read on first use, so statements that need no data start at once.
    public var catalog: Catalog {
        get {
            loadBundledDataIfNeeded()
            return storedCatalog
        }
        set {
            loadBundledDataIfNeeded()
            storedCatalog = newValue
        }
    }
    private var storedCatalog = Catalog()
    /// Results named with `let`, by name.
    var bindings: [String: Frame] = [:]
    private var bundledFolder: String?
    private var bundledCache: DatasetCache?
    /// The last table shown, for `last`.
    public internal(set) var lastResult: Table?
    /// Set by `quit`: the exit status the user asked for.
    public internal(set) var quitStatus: Int32?

    private var fileOutput: FileOutput?
    private var pendingOnce: FileOutput?
    private var activeOnce: FileOutput?
    /// Scripts being run, outermost first, so a script that runs itself is caught.
    private var runningScripts: [String] = []
    /// How deep scripts may run each other: a chain of distinct scripts ends with an error
    /// here instead of exhausting the stack.
    public static let maximumScriptDepth = 64
    /// Set by `--safe` or `safe on`: files only inside the working folder, for the rest of
    /// the session (it cannot be turned off).
    public private(set) var safeMode: SafeMode?

    /// Asks the teacher what to do at a step-mode wait or a `pause`; the argument is the
    /// pause's message. Set by the executable (which reads the terminal); without it, step
    /// mode runs straight through.
    public var waitForTeacher: ((String?) -> StepChoice)?
    /// How deep in step mode the session is (a stepped script may run or step others).
    private var stepDepth = 0
    /// Set by `s` at a wait: the rest runs without waiting.
    private var stepRunsToEnd = false
    /// Set by `q` at a wait: every script being stepped stops, without an error.
    private var stepStopped = false
    /// What the statement just stepped showed (as echoed, then its output), for `b`.
    private var stepReplay = ""
    /// The folder of bundled lessons (`lessons`, `run lesson N`), when one was found.
    public var lessonsFolder: String? {
        get {
            if let find = findLessonsFolder {
                findLessonsFolder = nil
                storedLessonsFolder = find()
            }
            return storedLessonsFolder
        }
        set {
            findLessonsFolder = nil
            storedLessonsFolder = newValue
        }
    }
    private var storedLessonsFolder: String?
    /// Finds `lessonsFolder` when it is first asked for: looking through folders at every
    /// start cost a twentieth of a plain start, and most runs never ask.
    public var findLessonsFolder: (() -> String?)?
    /// Illustrative notes already shown in full on the terminal; later results shorten them.
    var notesShownInFull: Set<String> = []
    /// The handout being written (`record FILE`).
    private var recorder: Recorder?

    public init(settings: SessionSettings = SessionSettings(), console: Console, registry: CommandRegistry = .standard) {
        self.settings = settings
        self.console = console
        self.registry = registry
    }

    /// How many statements failed in a call to `run`, and whether `quit` was seen.
    public struct Outcome: Sendable, Equatable {
        public var failures = 0
        public var quit = false
        public var succeeded: Bool { failures == 0 }
    }

    // MARK: - Running text

    /// Parses without running; `allowIncomplete` lets typed input ask for another line.
    public func parse(_ source: SourceText, allowIncomplete: Bool = false) -> StatementParser.Outcome {
        StatementParser(registry: registry).parse(source, allowIncomplete: allowIncomplete)
    }

    /// Parses all of `source`, then runs its statements in order, stopping at the first
    /// error unless `keepGoing` is set. Errors are reported as they happen.
    @discardableResult
    public func run(_ source: SourceText) -> Outcome {
        run(source, stepping: false)
    }

    private func run(_ source: SourceText, stepping: Bool) -> Outcome {
        var outcome = Outcome()
        let statements: [Statement]
        switch parse(source) {
        case .statements(let parsed):
            statements = parsed
        case .incomplete:
            // Unreachable: without allowIncomplete an open statement is a diagnostic.
            outcome.failures = 1
            return outcome
        case .failed(let diagnostics):
            reportBeforeRunning(keepGoing ? diagnostics : [diagnostics[0]], in: source)
            outcome.failures = keepGoing ? diagnostics.count : 1
            return outcome
        }
        // Names that can be known are checked before anything runs, like the syntax. With
        // --keep-going every statement runs anyway, and each reports its own error in turn.
        if !keepGoing {
            if let problem = ScriptCheck.firstProblem(in: statements, session: self) {
                reportBeforeRunning([problem], in: source)
                outcome.failures = 1
                return outcome
            }
        }
        var previous: Statement?
        for (index, statement) in statements.enumerated() {
            // A pause waits by itself, so neither it nor the statement after it waits again.
            if stepping, let previous, !isPause(previous), !isPause(statement), !stepStopped, waits,
               askTeacher(nil) == .stop {
                stepStopped = true
            }
            if stepStopped { break }
            let notes = LessonNotes.comments(in: source, from: previous?.span.end ?? 0, to: statement.span.start)
            previous = statement
            if quitStatus != nil {
                outcome.quit = true
                break
            }
            if isInterrupted() {
                reportInterrupt()
                outcome.failures += 1
                break
            }
            if stepping, !notes.isEmpty { showTeacherNotes(notes) }
            recorder?.begin(Session.echoText(statement.text), notes: LessonNotes.handoutText(notes))
            if !isPause(statement) { stepReplay = "" }
            var failed = false
            do {
                // In step mode a pause shows only its message: echoing it would say it twice.
                // Readers, measures and layouts find Ctrl-C through `Cancellation.current`.
                try Cancellation.$current.withValue(Cancellation(isInterrupted)) {
                    try execute(statement, echo: settings.echo || (stepping && !isPause(statement)))
                }
            } catch {
                failed = true
                handle(error, in: statement)
            }
            recorder?.end()
            // What output and record hold so far goes to disk now, so a later failure or a
            // killed process cannot lose it.
            if !saveOpenFiles(after: statement) { failed = true }
            if failed {
                outcome.failures += 1
                if !keepGoing { break }
            }
            // A load (or a script run) has made names known that could not be before: the rest
            // is checked again with them, before any more of it runs.
            if !failed, !keepGoing, ScriptCheck.makesNames(statement),
               let problem = ScriptCheck.firstProblem(in: Array(statements[(index + 1)...]), session: self) {
                reportBeforeRunning([problem], in: source)
                outcome.failures += 1
                break
            }
        }
        if quitStatus != nil { outcome.quit = true }
        return outcome
    }

    /// Reports what stopped a text from running. A handout shows a typed line that failed
    /// with its error; a whole script that failed shows only the error.
    private func reportBeforeRunning(_ diagnostics: [Diagnostic], in source: SourceText) {
        let typed = !source.showsLocation || !source.text.dropLast(source.text.hasSuffix("\n") ? 1 : 0).contains("\n")
        if typed { recorder?.begin(Session.echoText(source.text.trimmingCharacters(in: .newlines))) }
        for diagnostic in diagnostics { report(diagnostic) }
        if typed { recorder?.end() }
        // The handout holds the error at once, like a statement's output. A failed save is
        // not lost: the file stays unsaved, and the next statement's save reports it.
        try? recorder?.save()
    }

    private func execute(_ statement: Statement, echo: Bool) throws {
        if echo {
            console.write(Session.echoText(statement.text))
            stepReplay += Session.echoText(statement.text)
        }
        if let once = pendingOnce, !isOnce(statement) {
            pendingOnce = nil
            activeOnce = once
        }
        let started = DispatchTime.now().uptimeNanoseconds
        defer {
            if settings.timer {
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                console.report(String(format: "time: %.3f ms\n", elapsed))
            }
        }
        do {
            switch statement {
            case .command(let invocation):
                try invocation.command.run(invocation, in: self)
            case .query(let query, _, let source):
                try QueryRunner(session: self, source: source).run(query)
            }
            do {
                try closeOnce()
            } catch var diagnostic as Diagnostic where diagnostic.span == nil && diagnostic.place == nil {
                diagnostic.span = statement.span
                throw diagnostic
            }
        } catch {
            activeOnce?.discard()
            activeOnce = nil
            throw error
        }
    }

    private func isOnce(_ statement: Statement) -> Bool {
        if case .command(let invocation) = statement { return invocation.command is OnceCommand }
        return false
    }

    private func isPause(_ statement: Statement) -> Bool {
        if case .command(let invocation) = statement { return invocation.command is PauseCommand }
        return false
    }

    // MARK: - Step mode

    /// Whether step mode is on and still waits (not after `s`).
    var waits: Bool { stepDepth > 0 && !stepRunsToEnd }

    /// Asks the teacher, and remembers `s` so no later wait asks again; `b` shows the last
    /// statement and its output again and asks once more.
    private func askTeacher(_ message: String?) -> StepChoice {
        guard let waitForTeacher else { return .next }
        var choice = waitForTeacher(message)
        while choice == .showAgain {
            console.write(stepReplay)
            choice = waitForTeacher(message)
        }
        if choice == .runToEnd { stepRunsToEnd = true }
        return choice
    }

    /// The comments before a statement, shown in step mode as the teacher's notes.
    private func showTeacherNotes(_ notes: [String]) {
        let text = notes.map { style.paint($0, .muted) + "\n" }.joined()
        console.write(text)
    }

    /// `pause`: in step mode shows the message and waits; otherwise does nothing.
    func pause(_ message: String?) {
        guard waits, !stepStopped else { return }
        if askTeacher(message) == .stop { stepStopped = true }
    }

    /// Runs a script one statement at a time: each is echoed as if typed, run, and then the
    /// teacher is asked before the next. The script is parsed whole first, like any script.
    /// `q` at a wait stops it without an error.
    @discardableResult
    public func step(_ source: SourceText) -> Outcome {
        stepDepth += 1
        defer {
            stepDepth -= 1
            if stepDepth == 0 {
                stepStopped = false
                stepRunsToEnd = false
            }
        }
        return run(source, stepping: true)
    }

    private func handle(_ error: Error, in statement: Statement) {
        switch error {
        case let diagnostic as Diagnostic:
            report(diagnostic.located(in: statement.source))
        case is AlreadyReported:
            break
        case is Interrupted:
            reportInterrupt()
        default:
            report(Diagnostic("\(error)", at: statement.span, source: statement.source))
        }
    }

    /// The statement as `--echo` shows it: the prompt, then continuation lines marked.
    static func echoText(_ text: String) -> String {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var out = "placelab> " + lines[0] + "\n"
        for line in lines.dropFirst() { out += "  ...> " + line + "\n" }
        return out
    }

    /// Adds a dataset the user loaded, replacing one of the same name; returns whether one
    /// was replaced. The bundled folder is not read for this: a script that only loads its own
    /// file never pays for it.
    public func addDataset(_ entry: Catalog.Entry) -> Bool {
        let replacesBundled = bundledFolder.map { DatasetFolder.names(in: $0).contains(entry.name.lowercased()) } ?? false
        return storedCatalog.add(entry) || replacesBundled
    }

    /// A dataset by name: the user's own first, then the bundled ones (read only if needed).
    public func dataset(named name: String) -> Dataset? {
        storedCatalog.dataset(name) ?? catalog.dataset(name)
    }

    /// Names the folder of bundled datasets, read when the catalog is first used (through
    /// `cache`, when given, so later sessions need not parse the YAML again).
    public func useBundledData(from folder: String, cache: DatasetCache? = nil) {
        bundledFolder = folder
        bundledCache = cache
    }

    /// Reads the bundled folder if it is still pending; a file that fails is reported by
    /// name and the rest load.
    private func loadBundledDataIfNeeded() {
        guard let folder = bundledFolder else { return }
        bundledFolder = nil
        let (entries, problems) = bundledCache?.load(folder) ?? DatasetFolder.load(folder)
        // Bundled datasets come first; one the user loaded earlier under the same name wins.
        let loadedEarlier = storedCatalog
        storedCatalog = Catalog(entries.filter { loadedEarlier[$0.name] == nil })
        for entry in loadedEarlier.entries { storedCatalog.add(entry) }
        for problem in problems { report(problem) }
        if !problems.isEmpty {
            notice("note: \(plural(problems.count, "dataset file")) not loaded; the shell goes on with the rest")
        }
    }

    /// What Tab may offer now.
    public func completionContext() -> CompletionContext {
        var fields: [String: [String]] = [:]
        for entry in catalog.entries {
            fields[entry.name.lowercased()] = catalog.dataset(entry.name)?.columns.map(\.name)
        }
        for (name, frame) in bindings { fields[name] = frame.names }
        let keys = { (name: String) in self.catalog.dataset(name)?.column(named: "id")?.values.map(\.plainText) ?? [] }
        var networks: [String: CompletionContext.NetworkNames] = [:]
        for case .network(let network) in catalog.entries {
            networks[network.name.lowercased()] = CompletionContext.NetworkNames(
                relations: network.relations, nodes: network.nodes.column(named: "id")?.values.map(\.plainText) ?? [],
                fields: network.nodes.columns.map(\.name).filter { $0 != "id" })
        }
        return CompletionContext(registry: registry, datasets: catalog.names + bindings.keys.sorted(), fields: fields,
                                 glossaryTopics: keys("glossary"), cases: keys("cases"), networks: networks,
                                 resultFields: lastResult?.columnNames ?? [],
                                 lessons: lessonsFolder.map { LessonFolder.lessons(in: $0).flatMap { [String($0.number), $0.topic] } } ?? [])
    }

    // MARK: - Scripts

    /// Runs a script file inside this session, with its own positions in errors.
    public func runScript(atPath path: String, stepping: Bool = false) throws {
        let canonical = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        if let index = runningScripts.firstIndex(of: canonical) {
            let chain = (runningScripts[index...] + [canonical]).map { URL(fileURLWithPath: $0).lastPathComponent }
            throw Diagnostic("script \"\(path)\" runs itself (\(chain.joined(separator: " → "))); not followed again",
                             help: "remove the \"run\" that leads back to it")
        }
        try safeMode?.checkScript(path)
        guard runningScripts.count < Session.maximumScriptDepth else {
            throw Diagnostic("scripts run inside each other more than \(Session.maximumScriptDepth) deep; \"\(path)\" is not run",
                             help: "look for a chain of run statements that goes on too long")
        }
        let source = try ScriptReader.read(path)
        try Session.checkLooksLikeScript(source, parsed: parse(source))
        runningScripts.append(canonical)
        defer { runningScripts.removeLast() }
        let outcome = stepping ? step(source) : run(source)
        if !outcome.succeeded { throw AlreadyReported() }
    }

    /// Refuses a file whose first statement does not parse (say, a data or password file
    /// given to `run`) before any of its text can be shown in an error.
    static func checkLooksLikeScript(_ source: SourceText, parsed: StatementParser.Outcome) throws {
        guard case .failed(let diagnostics) = parsed, let first = diagnostics.first else { return }
        let firstStatement = StatementSplitter.split(Lexer.tokens(of: source)).statements.first
        let firstEnd = firstStatement?.last?.span.end ?? source.text.utf8.count
        guard (first.span?.start ?? 0) <= firstEnd else { return }
        let place = first.span.map { source.location(of: $0.start) }
        let at = place.map { " (line \($0.line), column \($0.column))" } ?? ""
        throw Diagnostic("cannot run \"\(source.name)\": it does not look like a PlaceLab script; its first statement\(at) does not parse",
                         help: "run takes a script of PlaceLab statements (.plq); read data files with load")
    }

    /// Turns on safe mode for the rest of the session, confined to the working folder.
    public func enterSafeMode() {
        guard safeMode == nil else { return }
        safeMode = SafeMode(folder: FileManager.default.currentDirectoryPath)
    }

    /// A file to write, within safe mode's limits.
    func openFile(_ path: String) throws -> FileOutput {
        try safeMode?.checkWrite(path)
        return try FileOutput(path: path)
    }

    /// Writes whole files (see `FileOutput.writeWhole`), within safe mode's limits.
    func writeFiles(_ files: [(path: String, text: String)]) throws {
        for file in files { try safeMode?.checkWrite(file.path) }
        try FileOutput.writeWhole(files)
    }

    /// Refuses, in safe mode, to read a file outside the working folder.
    func checkReadable(_ path: String) throws {
        try safeMode?.checkRead(path)
    }

    /// Where a script named in a `run` resolves: as given (relative to the working folder),
    /// else beside the script that names it.
    public func resolveScriptPath(_ path: String) -> String {
        if path.hasPrefix("/") || FileManager.default.fileExists(atPath: path) { return path }
        if let current = runningScripts.last {
            let sibling = URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(path).path
            if FileManager.default.fileExists(atPath: sibling) { return sibling }
        }
        return path
    }

    // MARK: - Output

    /// Prints a result table in the current mode, to the current output.
    public func emit(_ table: Table) {
        lastResult = table
        emit(table, limited: true)
    }

    /// Prints a table; `limited: false` shows every row even on a terminal (`last`).
    func emit(_ table: Table, limited: Bool) {
        switch settings.mode {
        case .csv, .tsv, .json:
            emitData(table)
        case .box, .table, .markdown, .line:
            var shown = table
            shown.notes = screenNotes(table.notes)
            let text = TableRenderer.render(shown, screenOptions(limited: limited))
            if activeOnce == nil, fileOutput == nil, let recorder {
                // The handout gets the table itself, to show as a table rather than as text.
                console.write(text)
                stepReplay += text
                recorder.capture(table: table)
            } else {
                emit(text: text)
            }
        }
    }

    /// Prints text the user wrote as prose (`echo`): in a handout it is Markdown, so
    /// `echo "# Roles"` is a heading there.
    func emit(prose text: String) {
        if activeOnce == nil, fileOutput == nil, let recorder {
            console.write(text)
            stepReplay += text
            recorder.capture(prose: text)
        } else {
            emit(text: text)
        }
    }

    /// Writes a figure the user named, says so, and lets a handout being recorded link it (or, as
    /// a web page, show it). A failed write is placed at the file name the user typed.
    func writeFigure(_ svg: String, described description: String, to path: String, at span: Span) throws {
        do {
            try writeFiles([(path, svg)])
        } catch var diagnostic as Diagnostic {
            diagnostic.span = span
            throw diagnostic
        }
        notice("wrote \(path): \(description)")
        recorder?.capture(figure: path)
    }

    /// Prints text as a result: redirected by `output` and `once` like tables.
    public func emit(text: String) {
        if let activeOnce {
            activeOnce.write(text)
        } else if let fileOutput {
            fileOutput.write(text)
        } else {
            console.write(text)
            stepReplay += text
            recorder?.capture(text)
        }
    }

    /// Whether results currently go to standard output rather than to a file.
    var resultsReachConsole: Bool {
        activeOnce == nil && fileOutput == nil
    }

    /// Whether results currently reach the terminal (not a file, not a pipe).
    public var resultsReachTerminal: Bool {
        activeOnce == nil && fileOutput == nil && settings.terminal
    }

    /// The style for text that reaches the console.
    public var style: TextStyle { TextStyle(colored: settings.colored) }

    /// The style for results: the console's, but always plain in a file.
    public var resultStyle: TextStyle {
        activeOnce == nil && fileOutput == nil ? style : .plain
    }

    /// A short message for the person at the console, never redirected.
    public func notice(_ text: String) {
        let line = text.hasSuffix("\n") ? text : text + "\n"
        console.report(line)
        stepReplay += line
        recorder?.capture(line)
    }

    public func report(_ diagnostic: Diagnostic) {
        let diagnostic = withoutLinesOutsideSafeFolder(diagnostic)
        let shown = DiagnosticFormatter(style: style, width: settings.terminal ? terminalSize()?.columns : nil).format(diagnostic)
        console.report(shown)
        stepReplay += shown
        recorder?.capture(DiagnosticFormatter(style: .plain).format(diagnostic))
    }

    /// In safe mode an error in a file outside the working folder gives its place but quotes
    /// none of its text — neither its line nor the words a message puts in quotes — so errors
    /// cannot read such a file out.
    private func withoutLinesOutsideSafeFolder(_ diagnostic: Diagnostic) -> Diagnostic {
        guard let safeMode else { return diagnostic }
        var diagnostic = diagnostic
        if let place = diagnostic.place, !safeMode.mayQuote(place.path) {
            diagnostic.place?.lineText = nil
        } else if diagnostic.place == nil, let source = diagnostic.source, let span = diagnostic.span,
                  source.showsLocation, !source.name.hasPrefix("<"), !safeMode.mayQuote(source.name) {
            let location = source.location(of: span.start)
            diagnostic.place = FilePlace(path: source.name, line: location.line, column: location.column)
        } else {
            return diagnostic
        }
        diagnostic.message = SafeMode.withoutQuotedText(diagnostic.message)
        diagnostic.help = diagnostic.help.map(SafeMode.withoutQuotedText)
        return diagnostic
    }

    private func reportInterrupt() {
        notice("interrupted")
    }

    /// Throws `Interrupted` once Ctrl-C has been pressed; long work calls it as it goes.
    public func checkInterrupt() throws {
        if isInterrupted() { throw Interrupted() }
    }

    /// Brings the `output` and `record` files up to date on disk; one that cannot be written
    /// is reported and closed (what it held before stays). Returns whether all were saved.
    private func saveOpenFiles(after statement: Statement) -> Bool {
        var saved = true
        if let file = fileOutput {
            do {
                try file.save()
            } catch {
                fileOutput = nil
                file.discard()
                saved = false
                report(Session.closing(error, "results go to the screen again", at: statement))
            }
        }
        if let recorder {
            do {
                try recorder.save()
            } catch {
                self.recorder = nil
                recorder.file.discard()
                saved = false
                report(Session.closing(error, "recording stopped", at: statement))
            }
        }
        return saved
    }

    private static func closing(_ error: Error, _ consequence: String, at statement: Statement) -> Diagnostic {
        var diagnostic = error as? Diagnostic ?? Diagnostic("\(error)")
        diagnostic.message += "; \(consequence)"
        if diagnostic.span == nil, diagnostic.place == nil { diagnostic.span = statement.span }
        return diagnostic.located(in: statement.source)
    }

    /// Sends results to a file until `closeOutputFile` (`output FILE`).
    func openOutputFile(_ path: String) throws {
        let file = try openFile(path)
        try closeOutputFile()
        fileOutput = file
    }

    /// Finishes the results file and returns results to the console; returns its path.
    @discardableResult
    func closeOutputFile() throws -> String? {
        guard let file = fileOutput else { return nil }
        fileOutput = nil
        try file.close()
        return file.path
    }

    var outputFilePath: String? { fileOutput?.path }

    /// Sends the next statement's results to a file (`once FILE`).
    func sendNextResult(to path: String) throws {
        pendingOnce?.discard()
        pendingOnce = try openFile(path)
    }

    private func closeOnce() throws {
        guard let once = activeOnce else { return }
        activeOnce = nil
        try once.close()
    }

    /// Starts writing the session as a Markdown transcript (`record FILE`), finishing any
    /// earlier one.
    func startRecording(_ path: String) throws {
        let file = try openFile(path)
        try stopRecording()
        recorder = Recorder(file: file)
    }

    /// Finishes the transcript and moves it into place; returns its path.
    @discardableResult
    func stopRecording() throws -> String? {
        guard let recorder else { return nil }
        self.recorder = nil
        try recorder.close()
        return recorder.file.path
    }

    var recordingPath: String? { recorder?.file.path }

    /// Finishes open files; call once when the session ends.
    public func finish() {
        pendingOnce?.discard()
        pendingOnce = nil
        do {
            try closeOutputFile()
        } catch {
            report(error as? Diagnostic ?? Diagnostic("\(error)"))
        }
        do {
            try stopRecording()
        } catch {
            report(error as? Diagnostic ?? Diagnostic("\(error)"))
        }
    }

    func requestQuit(status: Int32) {
        quitStatus = status
    }
}

/// What the teacher chose at a step-mode wait.
public enum StepChoice: Sendable, Equatable {
    /// Run the next statement (Enter).
    case next
    /// Stop the script (`q`).
    case stop
    /// Run the rest without waiting (`s`).
    case runToEnd
    /// Show the statement just run and its output again, then wait again (`b`).
    case showAgain
}

/// Thrown after the error was already shown (a failing nested script).
struct AlreadyReported: Error {}
