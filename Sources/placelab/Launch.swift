import Foundation
import PlaceLab
import PlaceLabCore
import PlaceLabData
import PlaceLabRender

extension LaunchOptions {
    /// Turns the options into a session, runs what they ask for, and ends the process.
    func launch() -> Never {
        let environment = ProcessInfo.processInfo.environment
        Terminal.useUTF8Locale()
        InterruptSignal.install()
        signal(SIGPIPE, SIG_IGN)  // a closed pipe (| head) ends output quietly, not the process
        let toTerminal = Terminal.outputIsTerminal
        // COLUMNS and LINES, as POSIX has them, stand in for the window's size (in pipes too).
        let width = Terminal.sizeVariable("COLUMNS", environment, within: 20...10_000)
        let height = Terminal.sizeVariable("LINES", environment, within: 5...100_000)
        let settings = SessionSettings(
            mode: mode ?? (toTerminal ? .box : .table),
            colored: color.enabled(environment: environment, outputIsTerminal: toTerminal),
            terminal: toTerminal || width.value != nil || height.value != nil,
            echo: echo)
        let console = StandardConsole()
        let session = Session(settings: settings, console: console)
        session.keepGoing = keepGoing
        if safe { session.enterSafeMode() }
        for problem in [width, height].compactMap(\.problem) { session.notice(problem) }
        session.terminalSize = { [width, height] in Terminal.size(width: width.value, height: height.value) }
        // Long work shows a progress line, only where a person watches standard error.
        if isatty(STDERR_FILENO) == 1 {
            session.progressSink = { text in
                var text = text
                text.withUTF8 { bytes in _ = bytes.isEmpty ? 0 : write(STDERR_FILENO, bytes.baseAddress, bytes.count) }
            }
        }
        session.isInterrupted = { InterruptSignal.wasPressed }
        // Step mode asks the person at the terminal; with --step, answers may also be piped in.
        if Terminal.inputIsTerminal || step != nil {
            session.waitForTeacher = { TeacherPrompt.wait($0) }
        }
        // Scripts may list the history; only statements typed at the prompt are added to it.
        session.history = history(environment)
        loadBundledData(into: session, environment: environment)
        var status = start(session, environment: environment)
        session.finish()
        // Results that never reached standard output (a full disk) are an error, however
        // the statements went; so is text still buffered (the shell's own newlines).
        if fflush(nil) != 0, errno != EPIPE, console.outputFailure == nil {
            FileHandleWriter.error("placelab: error: cannot write results to standard output: \(String(cString: strerror(errno)))\n")
            status = status == 0 ? 1 : status
        }
        if console.outputFailure != nil, status == 0 { status = 1 }
        // The process ends with the session still held: releasing every dataset first cost
        // a fiftieth of a first answer, for memory the exit gives back anyway.
        withExtendedLifetime(session) { Foundation.exit(status) }
    }

    /// Runs what the flags ask for and returns the exit status.
    private func start(_ session: Session, environment: [String: String]) -> Int32 {
        var failed = false
        for statements in command {
            let outcome = session.run(SourceText(name: "<command>", text: statements))
            failed = failed || !outcome.succeeded
            if session.quitStatus != nil || (failed && !keepGoing) { return status(session, failed) }
        }
        let choice = (try? scriptChoice()) ?? nil
        if case .lesson(let statement)? = choice {
            let outcome = session.run(SourceText(name: "<arguments>", text: statement, showsLocation: false, showsText: false))
            return status(session, failed || !outcome.succeeded)
        }
        if case .file(let path, let stepping)? = choice {
            let source: SourceText
            do {
                source = try ScriptReader.read(path)
            } catch {
                session.report(error as? Diagnostic ?? Diagnostic("\(error)"))
                return 2
            }
            let outcome = stepping ? session.step(source) : session.run(source)
            return status(session, failed || !outcome.succeeded)
        }
        if !command.isEmpty { return status(session, failed) }
        if Terminal.inputIsTerminal {
            _ = session.catalog  // an interactive session reports broken dataset files at once
            if !noInit, !safe { runInitFile(session, environment: environment) }
            let repl = REPL(session: session, quiet: quiet)
            return repl.run()
        }
        let input = FileHandle.standardInput.readDataToEndOfFile()
        guard let text = String(data: input, encoding: .utf8) else {
            session.report(Diagnostic("standard input is not UTF-8 text"))
            return 2
        }
        let outcome = session.run(SourceText(name: "<stdin>", text: text))
        return status(session, !outcome.succeeded)
    }

    private func status(_ session: Session, _ failed: Bool) -> Int32 {
        if InterruptSignal.wasPressed { return 130 }
        if let requested = session.quitStatus, requested != 0 { return requested }
        return failed ? 1 : 0
    }

    private func history(_ environment: [String: String]) -> HistoryStore? {
        guard !noHistory, let path = HistoryStore.defaultPath(environment: environment) else { return nil }
        return HistoryStore(path: path)
    }

    /// Names the datasets folder; its files are read when data is first needed.
    private func loadBundledData(into session: Session, environment: [String: String]) {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        let datasets = DatasetFolder.locate(explicit: data, environment: environment, executable: executable)
        session.findLessonsFolder = {
            LessonFolder.locate(datasets: datasets, environment: environment, executable: executable)
        }
        guard let folder = datasets else {
            session.notice("note: no bundled datasets found; start with --data DIR to name their folder")
            return
        }
        session.useBundledData(from: folder, cache: DatasetCache.directory(environment: environment).map(DatasetCache.init))
    }

    /// `$XDG_CONFIG_HOME/placelab/init.plq` (default `~/.config/…`): errors are shown, the shell still starts.
    private func runInitFile(_ session: Session, environment: [String: String]) {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? environment["HOME"].map { $0 + "/.config" }
        guard let config else { return }
        let path = config + "/placelab/init.plq"
        guard FileManager.default.fileExists(atPath: path) else { return }
        do {
            try session.runScript(atPath: path)
        } catch let diagnostic as Diagnostic {
            session.report(diagnostic)
        } catch {
            // already reported with the init file's own positions
        }
    }
}
