import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing

/// The interactive shell, driven in a pseudo-terminal the way a person uses it: typing,
/// Tab, Ctrl-C, Ctrl-D, the arrow keys, and the history file between sessions.
@Suite(.disabled(if: !PseudoTerminal.isAvailable,
                 "needs \(PseudoTerminal.setsidPath) (util-linux) to give the shell a controlling terminal"),
       .timeLimit(.minutes(1)))
struct TerminalTests {
    static let enter = "\r"
    static let tab = "\t"
    static let ctrlC = "\u{03}"
    static let ctrlD = "\u{04}"
    static let up = "\u{1B}[A"

    @Test func bannerPromptAndACommand() throws {
        let terminal = try PseudoTerminal()
        defer { terminal.finish() }
        terminal.waitForStartup(prompt: " — type \"help\" to start, Ctrl-D to leave.\nplacelab> ")
        #expect(terminal.screenLines.first?.hasPrefix("PlaceLab ") == true, "banner line: \(terminal.screen)")
        terminal.type("echo hello")
        terminal.waitFor("echo hello\nhello\nplacelab> ")
        #expect(terminal.screenLines.contains("placelab> echo hello"), "the typed line is echoed once")
        terminal.waitForEditLine("placelab> ")
    }

    @Test func aLongResultFitsTheWindowAndSaysHowToSeeTheRest() throws {
        let terminal = try PseudoTerminal(arguments: ["-q"])
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.type("roles sna_locality")
        terminal.waitFor("(`last` shows all)")
        terminal.waitForEditLine("placelab> ")
        let lines = terminal.screenLines
        // Every line of the grid is as wide as the others: none ran past the window's edge.
        let grid = lines.filter { ["┌", "│", "├", "└"].contains($0.first.map(String.init) ?? "") }
        #expect(!grid.isEmpty && Set(grid.map(\.count)).count == 1, "\(terminal.screen)")
        #expect(grid.allSatisfy { $0.count <= PseudoTerminal.columns }, "\(terminal.screen)")
        // The result, its footer and notes fit the window under the line typed.
        let result = lines.drop { !$0.hasPrefix("placelab> roles") }.dropFirst().dropLast()
        #expect(result.count <= PseudoTerminal.rows - 2, "\(terminal.screen)")
        #expect(terminal.screen.contains("la_partnerships"))
        #expect(terminal.screen.contains("0.2334"))
    }

    @Test func quietStartsWithoutTheBanner() throws {
        let terminal = try PseudoTerminal(arguments: ["-q"])
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.waitForEditLine("placelab> ")
        #expect(terminal.screenLines.first == "placelab> ")
        #expect(!terminal.screen.contains("PlaceLab "))
    }

    @Test func tabCompletesCommandsAndModes() throws {
        let terminal = try PseudoTerminal()
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.send("mo" + Self.tab)
        terminal.waitForEditLine("placelab> mode ")
        terminal.send("cs" + Self.tab)
        terminal.waitForEditLine("placelab> mode csv ")
        terminal.send(Self.enter)
        terminal.waitFor("mode csv \nplacelab> ")
        terminal.type("mode")
        terminal.waitFor("mode\nmode: csv\n")
    }

    @Test func tabCompletesStagesAndFieldsAcrossLines() throws {
        let terminal = try PseudoTerminal()
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.send("cas" + Self.tab)
        terminal.waitForEditLine("placelab> cases ")
        terminal.type("|")
        terminal.waitForEditLine("  |...> ")
        terminal.send("wh" + Self.tab)
        terminal.waitForEditLine("  |...> where ")
        terminal.send("cou" + Self.tab)
        terminal.waitForEditLine("  |...> where country ")
        terminal.type("== \"France\" | select name")
        terminal.waitFor("Lille")
    }

    @Test func tabCompletesLessonTopicsAndRunsOne() throws {
        let terminal = try PseudoTerminal(arguments: ["-q"])
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.send("step les" + Self.tab)
        terminal.waitForEditLine("placelab> step lesson ")
        terminal.send("realms" + Self.tab)
        terminal.waitForEditLine("placelab> step lesson realms-and-zones ")
        terminal.send(String(repeating: "\u{7F}", count: "step lesson realms-and-zones ".count))
        terminal.waitForEditLine("placelab> ")
        terminal.type("run lesson 1")
        terminal.waitFor("Lesson 1: finding your way around PlaceLab")
    }

    @Test func anOpenStatementContinuesOnTheNextLine() throws {
        let terminal = try PseudoTerminal()
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.type("echo (a,")
        terminal.waitFor("echo (a,\n  (...> ")
        terminal.waitForEditLine("  (...> ")
        terminal.type("b)")
        terminal.waitFor("b)\n(a, b)\nplacelab> ")
        #expect(terminal.screenLines.contains("(a, b)"), "the two lines run as one statement")
    }

    @Test func ctrlCDropsTheLineOrTheOpenStatement() throws {
        let terminal = try PseudoTerminal()
        defer { terminal.finish() }
        terminal.waitForStartup()

        // A half-typed line: Ctrl-C marks it ^C and leaves it unrun, under a fresh prompt.
        terminal.send("echo half-typed")
        terminal.waitForEditLine("placelab> echo half-typed")
        terminal.send(Self.ctrlC)
        terminal.waitFor("echo half-typed^C\nplacelab> ")
        terminal.waitForEditLine("placelab> ")

        // An unfinished statement: Ctrl-C at the continuation prompt drops all of it.
        terminal.type("echo \"abc")
        terminal.waitFor("echo \"abc\n  \"...> ")
        terminal.send("def")
        terminal.waitForEditLine("  \"...> def")
        terminal.send(Self.ctrlC)
        terminal.waitFor("def^C\nplacelab> ")
        terminal.waitForEditLine("placelab> ")

        // Still alive, and back at the top level (the quote is not open any more).
        terminal.type("echo alive")
        terminal.waitFor("echo alive\nalive\nplacelab> ")
        let lines = terminal.screenLines
        #expect(!lines.contains("half-typed"), "the half-typed line did not run")
        #expect(!lines.contains { $0.hasPrefix("abc") }, "the dropped statement did not run")
        let history = Self.entries(terminal.historyFile)
        #expect(history == ["echo alive"], "dropped lines are not kept in the history")
    }

    /// A person presses Ctrl-C when they like, including just as a key's echo appears. Here four
    /// shells at once each get "ab" then Ctrl-C the moment "ab" shows, 25 times over.
    @Test func ctrlCPressedRightAfterTypingIsNotLost() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<4 {
                group.addTask { try Self.pressCtrlCRightAfterTyping(times: 25) }
            }
            try await group.waitForAll()
        }
    }

    private static func pressCtrlCRightAfterTyping(times: Int) throws {
        let terminal = try PseudoTerminal(arguments: ["-q"])
        defer { terminal.finish() }
        terminal.waitForStartup()
        for attempt in 1...times {
            terminal.send("ab")
            guard terminal.waitForEditLine("placelab> ab") else { return }
            terminal.send(ctrlC, whenEditing: false)
            let freshPrompt = terminal.waitUntil(timeout: .seconds(2)) {
                $0.editLine.beforeCursor == "placelab> " && $0.screenLines.dropLast().last == "placelab> ab^C"
            }
            if freshPrompt { continue }
            // What the user sees next: the line they type now is thrown away on Enter.
            terminal.send("\u{15}")  // Ctrl-U
            terminal.type("echo after-lost")
            _ = terminal.waitUntil(timeout: .seconds(2)) { $0.screen.hasSuffix("echo after-lost\n\nplacelab> ")
                || $0.screenLines.contains("after-lost") }
            Issue.record("""
                Ctrl-C number \(attempt), pressed as soon as "ab" showed, gave no fresh prompt; \
                then "echo after-lost⏎" \
                \(terminal.screenLines.contains("after-lost") ? "ran" : "printed nothing"). The screen's end:
                \(terminal.screenLines.suffix(4).map { "  | " + $0 }.joined(separator: "\n"))
                """)
            return
        }
    }

    @Test func ctrlDOnAnEmptyLineLeaves() throws {
        let terminal = try PseudoTerminal()
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.send(Self.ctrlD)
        #expect(terminal.waitForExit() == 0)
        #expect(terminal.cursorLine.allSatisfy { $0 == " " }, "the caller's prompt starts on a fresh line")
    }

    @Test func ctrlDInsideAStatementSaysWhatIsOpenAndStays() throws {
        let terminal = try PseudoTerminal()
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.type("echo (a,")
        terminal.waitFor("  (...> ")
        terminal.send(Self.ctrlD)
        terminal.waitFor("error: \"(\" is never closed")
        terminal.waitForEditLine("placelab> ")
        terminal.type("echo still-here")
        terminal.waitFor("echo still-here\nstill-here\nplacelab> ")
    }

    static let stepHint = "-- Enter/Space: next, s: run to the end, b: show again, q: stop -- "

    @Test func stepWaitsForSingleKeysAtTheTerminal() throws {
        let home = try PlaceLabBinary.temporaryFolder()
        try "# Say what to notice.\necho one\npause \"Ready?\"\necho two\necho three\necho four\n"
            .write(to: home.appendingPathComponent("lesson.plq"), atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(home: home)
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.type("step lesson.plq")
        // The comment before a statement is the teacher's note; the pause after "echo one" is
        // its wait, and shows its message once (the pause itself is not echoed).
        terminal.waitFor("# Say what to notice.\nplacelab> echo one\none\nReady?\n" + Self.stepHint)
        #expect(!terminal.screen.contains("pause \"Ready?\""))
        // Enter alone goes on.
        terminal.send(Self.enter)
        terminal.waitFor("placelab> echo two\ntwo\n" + Self.stepHint)
        // b shows the statement and its output again, and waits again.
        terminal.send("b")
        terminal.waitFor("placelab> echo two\ntwo\n" + Self.stepHint)
        // Space goes on too, without Enter.
        terminal.send(" ")
        terminal.waitFor("placelab> echo three\nthree\n" + Self.stepHint)
        // q stops at once, with no Enter: the shell's prompt is back.
        terminal.send("q")
        terminal.waitForEditLine("placelab> ")
        #expect(!terminal.screen.contains("four"))
        terminal.type("echo still-here")
        terminal.waitFor("echo still-here\nstill-here\nplacelab> ")
    }

    @Test func stepRunsOnAfterS() throws {
        let home = try PlaceLabBinary.temporaryFolder()
        try "echo one\necho two\npause \"Ready?\"\necho three\n"
            .write(to: home.appendingPathComponent("lesson.plq"), atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(arguments: ["--step", "lesson.plq"], home: home)
        defer { terminal.finish() }
        terminal.waitFor("placelab> echo one\none\n" + Self.stepHint)
        terminal.send("s")
        terminal.waitFor("placelab> echo three\nthree\n")
        #expect(terminal.waitForExit() == 0)
        #expect(!terminal.screen.contains("Ready?"), "after s a pause waits no more")
        #expect(terminal.isInLineMode, "the terminal is back in line mode")
    }

    @Test func aSignalThatEndsAStepWaitRestoresTheTerminal() throws {
        let home = try PlaceLabBinary.temporaryFolder()
        try "echo one\necho two\n"
            .write(to: home.appendingPathComponent("lesson.plq"), atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(arguments: ["--step", "lesson.plq"], home: home)
        defer { terminal.finish() }
        terminal.waitFor("placelab> echo one\none\n" + Self.stepHint)
        terminal.waitUntilEditing()
        terminal.kill(SIGTERM)
        _ = terminal.waitUntil { !$0.isRunning }
        #expect(terminal.isInLineMode, "the terminal is back in line mode after SIGTERM")
    }

    @Test func ctrlCAtAStepWaitStopsAndRestoresTheTerminal() throws {
        let home = try PlaceLabBinary.temporaryFolder()
        try "echo one\necho two\n"
            .write(to: home.appendingPathComponent("lesson.plq"), atomically: true, encoding: .utf8)
        let terminal = try PseudoTerminal(arguments: ["--step", "lesson.plq"], home: home)
        defer { terminal.finish() }
        terminal.waitFor("placelab> echo one\none\n" + Self.stepHint)
        terminal.send(Self.ctrlC)
        #expect(terminal.waitForExit() == 130)
        #expect(!terminal.screen.contains("two"))
        #expect(terminal.isInLineMode, "the terminal is back in line mode after Ctrl-C")
    }

    @Test func theInitFileRunsFirstUnlessNoInit() throws {
        let home = try PlaceLabBinary.temporaryFolder()
        let config = home.appendingPathComponent("config/placelab")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "echo from-the-init-file\nmode csv\n".write(to: config.appendingPathComponent("init.plq"), atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": home.appendingPathComponent("config").path]

        let terminal = try PseudoTerminal(home: home, environment: environment)
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.type("mode")
        terminal.waitFor("mode: csv")
        #expect(terminal.screenLines.first == "from-the-init-file")

        let skipped = try PseudoTerminal(arguments: ["--no-init"], home: home, environment: environment)
        defer { skipped.finish() }
        skipped.waitForStartup()
        skipped.type("mode")
        skipped.waitFor("mode: box")
        #expect(!skipped.screenLines.contains("from-the-init-file"))
    }

    @Test func historyIsKeptAcrossSessions() throws {
        let home = try PlaceLabBinary.temporaryFolder()

        let first = try PseudoTerminal(home: home)
        defer { first.finish() }
        first.waitForStartup()
        first.type("echo first-session")
        first.waitFor("echo first-session\nfirst-session\nplacelab> ")
        first.send(Self.ctrlD)
        #expect(first.waitForExit() == 0)

        let historyPath = first.historyFile.path
        let attributes = try FileManager.default.attributesOfItem(atPath: historyPath)
        let permissions = (attributes[.posixPermissions] as? NSNumber)?.intValue
        #expect(permissions == 0o600, "history mode is \(String(permissions ?? -1, radix: 8)), want 600")
        #expect(Self.entries(first.historyFile) == ["echo first-session"])

        let second = try PseudoTerminal(home: home)
        defer { second.finish() }
        second.waitForStartup()
        second.waitForEditLine("placelab> ")
        second.send(Self.up)
        second.waitForEditLine("placelab> echo first-session")
        second.send(Self.enter)
        second.waitFor("echo first-session\nfirst-session\nplacelab> ")

        // A statement typed over two lines is one entry, on one line.
        second.type("echo (x,")
        second.waitFor("  (...> ")
        second.type("y)")
        second.waitFor("y)\n(x, y)\nplacelab> ")
        #expect(Self.entries(second.historyFile) == ["echo first-session", "echo (x, y)"])
        second.send(Self.up)
        second.waitForEditLine("placelab> echo (x, y)")
        second.send(Self.up)
        second.waitForEditLine("placelab> echo first-session")

        // `history` lists them.
        second.send("\u{15}")  // Ctrl-U: clear the recalled line
        second.waitForEditLine("placelab> ")
        second.type("history")
        second.waitFor("echo first-session")
        second.waitFor("echo (x, y)")
        second.waitFor("placelab> ")
    }

    @Test func historySurvivesAKill() throws {
        let terminal = try PseudoTerminal()
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.type("echo before-kill")
        terminal.waitFor("echo before-kill\nbefore-kill\nplacelab> ")
        terminal.kill(SIGKILL)
        terminal.finish()
        #expect(terminal.terminationSignal == SIGKILL)
        #expect(Self.entries(terminal.historyFile) == ["echo before-kill"])
    }

    @Test func quitAndExitLeaveWithTheirStatus() throws {
        let quit = try PseudoTerminal()
        defer { quit.finish() }
        quit.waitForStartup()
        quit.type("quit")
        #expect(quit.waitForExit() == 0)

        let exit = try PseudoTerminal()
        defer { exit.finish() }
        exit.waitForStartup()
        exit.type("exit 3")
        #expect(exit.waitForExit() == 3)
    }

    @Test func utf8InputIsEditedAndPrinted() throws {
        let terminal = try PseudoTerminal()
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.send("echo héllo 東京")
        terminal.waitForEditLine("placelab> echo héllo 東京")
        terminal.send(Self.enter)
        terminal.waitFor("echo héllo 東京\nhéllo 東京\nplacelab> ")
        #expect(Self.entries(terminal.historyFile) == ["echo héllo 東京"])
    }

    @Test func noHistoryNeitherReadsNorWrites() throws {
        let home = try PlaceLabBinary.temporaryFolder()
        let historyFile = home.appendingPathComponent("history")
        try "echo old-entry\n".write(to: historyFile, atomically: true, encoding: .utf8)

        let terminal = try PseudoTerminal(arguments: ["--no-history"], home: home)
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.waitForEditLine("placelab> ")
        terminal.send(Self.up)
        terminal.settle()
        #expect(!terminal.screen.contains("old-entry"), "Up recalls nothing from the file")
        terminal.send("\u{15}")  // Ctrl-U, in case it did
        terminal.type("echo not-saved")
        terminal.waitFor("not-saved\nplacelab> ")
        terminal.send(Self.ctrlD)
        #expect(terminal.waitForExit() == 0)
        #expect(Self.entries(historyFile) == ["echo old-entry"])
    }

    @Test func noHistoryCreatesNoFile() throws {
        let terminal = try PseudoTerminal(arguments: ["--no-history"])
        defer { terminal.finish() }
        terminal.waitForStartup()
        terminal.type("echo not-saved")
        terminal.waitFor("not-saved\nplacelab> ")
        terminal.send(Self.ctrlD)
        #expect(terminal.waitForExit() == 0)
        #expect(!FileManager.default.fileExists(atPath: terminal.historyFile.path))
    }

    /// The history file's entries, one a line ([] when there is no file).
    static func entries(_ file: URL) -> [String] {
        guard let text = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
    }
}

extension TerminalTests {
    /// Two sessions open at once, each typing 300 statements as fast as the shell takes
    /// them, share one history file: every line of both must be kept.
    @Test func twoSessionsAtOnceLoseNoHistory() throws {
        let home = try PlaceLabBinary.temporaryFolder()
        let sessions = try [PseudoTerminal(arguments: ["-q"], home: home), PseudoTerminal(arguments: ["-q"], home: home)]
        defer { for session in sessions { session.finish() } }
        for session in sessions { session.waitForStartup() }
        let count = 300
        for index in 0..<count {
            for (name, session) in zip(["a", "b"], sessions) {
                session.send("# \(name)\(index)" + Self.enter, whenEditing: false)
            }
            // Generous limits: the whole suite runs beside it on two cores.
            for session in sessions { session.waitUntilEditing(timeout: .seconds(30)) }
        }
        for session in sessions {
            session.send(Self.ctrlD)
            #expect(session.waitForExit(timeout: .seconds(30)) == 0)
        }
        let kept = Self.entries(sessions[0].historyFile)
        #expect(kept.count == 2 * count, "kept \(kept.count) of \(2 * count) lines")
        #expect(kept.filter { $0.hasPrefix("# b") } == (0..<count).map { "# b\($0)" })
    }
}
