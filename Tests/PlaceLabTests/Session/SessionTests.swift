import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct SessionTests {
    private func session(_ settings: SessionSettings = SessionSettings()) -> (Session, BufferConsole) {
        let console = BufferConsole()
        return (Session(settings: settings, console: console), console)
    }

    private func script(_ text: String) -> SourceText {
        SourceText(name: "test.plq", text: text)
    }

    @Test func runsStatementsInOrder() {
        let (session, console) = session()
        let outcome = session.run(script("echo a\necho b; echo c"))
        #expect(outcome.succeeded)
        #expect(console.output == "a\nb\nc\n")
    }

    @Test func aSyntaxErrorAnywhereRunsNothing() {
        let (session, console) = session()
        let outcome = session.run(script("echo a\nmode xml\necho b"))
        #expect(outcome.failures == 1)
        #expect(console.output.isEmpty)
        #expect(console.reports.hasPrefix("test.plq:2:6: error: unknown mode \"xml\""))
    }

    @Test func stopsAtTheFirstRuntimeErrorUnlessKeepGoing() {
        let (session, console) = session()
        #expect(session.run(script("echo a\nlast\necho b")).failures == 1)
        #expect(console.output == "a\n")
        session.keepGoing = true
        #expect(session.run(script("last\necho c\nlast")).failures == 2)
        #expect(console.output == "a\nc\n")
    }

    @Test func incompleteTextIsAnErrorInScriptsAndMoreInputWhenTyped() {
        let (session, _) = session()
        guard case .incomplete(.paren) = session.parse(script("echo (a,"), allowIncomplete: true) else {
            Issue.record("typed input should ask for more")
            return
        }
        guard case .failed(let diagnostics) = session.parse(script("echo (a,")) else {
            Issue.record("a script cannot be incomplete")
            return
        }
        #expect(diagnostics.map(\.message) == ["\"(\" is never closed"])
    }

    @Test func quitStopsTheRestAndSetsTheStatus() {
        let (session, console) = session()
        let outcome = session.run(script("echo a\nquit 4\necho b"))
        #expect(outcome.quit)
        #expect(session.quitStatus == 4)
        #expect(console.output == "a\n")
    }

    @Test func echoShowsEachStatementAsTyped() {
        let (session, console) = session(SessionSettings(echo: true))
        session.run(script("echo (a,\nb)"))
        #expect(console.output == "placelab> echo (a,\n  ...> b)\n(a, b)\n")
    }

    @Test func outputFileIsSavedWholeAfterEachStatement() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("out.txt").path
        try "old contents\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (session, console) = session()
        session.run(script("output \(path)\necho into the file"))
        // Each finished statement's results are on disk at once, the earlier file replaced whole.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "into the file\n")
        session.run(script("output\necho on screen"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "into the file\n")
        #expect(console.output == "on screen\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.txt"])
    }

    @Test func onceCoversOnlyTheNextStatementAndKeepsTheOldFileOnFailure() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("session-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("once.txt").path
        let (session, console) = session()
        session.run(script("once \(path)\necho first\necho second"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
        #expect(console.output == "second\n")
        session.run(script("once \(path)\nlast"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "first\n")
    }

    @Test func timerReportsOnTheDiagnosticStream() {
        let (session, console) = session()
        session.run(script("timer on\necho x"))
        #expect(console.output == "x\n")
        #expect(console.reports.split(separator: "\n").allSatisfy { $0.hasPrefix("time: ") && $0.hasSuffix(" ms") })
    }

    @Test func interruptStopsAScriptBetweenStatements() {
        let (session, console) = session()
        // The session asks from one thread only; the box satisfies the @Sendable signature.
        final class Calls: @unchecked Sendable { var count = 0 }
        let calls = Calls()
        session.isInterrupted = {
            calls.count += 1
            return calls.count > 1
        }
        let outcome = session.run(script("echo a\necho b\necho c"))
        #expect(outcome.failures == 1)
        #expect(console.output == "a\n")
        #expect(console.reports == "interrupted\n")
    }

    /// Examples run from the package root with the bundled datasets, as a user would try them.
    @Test func everyCommandExampleRuns() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let bundled = DatasetFolder.load(root.appendingPathComponent("datasets").path).entries
        let previous = FileManager.default.currentDirectoryPath
        _ = FileManager.default.changeCurrentDirectoryPath(root.path)
        defer { _ = FileManager.default.changeCurrentDirectoryPath(previous) }
        for command in CommandRegistry.standard.commands {
            for example in command.examples {
                let (session, console) = session()
                session.catalog = Catalog(bundled)
                session.lessonsFolder = root.appendingPathComponent("scripts").path
                let outcome = session.run(SourceText(name: "example", text: example.statement))
                #expect(outcome.succeeded, "\(command.name) example \"\(example.statement)\": \(console.reports)")
                session.finish()
            }
        }
    }

    /// The examples in "help where", "help sort", … run on the bundled data.
    @Test func everyStageExampleRuns() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        let bundled = DatasetFolder.load(root.appendingPathComponent("datasets").path).entries
        for stage in QueryStageHelp.all {
            for example in stage.examples {
                let (session, console) = session()
                session.catalog = Catalog(bundled)
                session.lessonsFolder = root.appendingPathComponent("scripts").path
                let outcome = session.run(SourceText(name: "example", text: example.statement))
                #expect(outcome.succeeded, "\(stage.name) example \"\(example.statement)\": \(console.reports)")
                #expect(!console.output.isEmpty)
            }
        }
    }

    @Test func everyCommandHasHelp() {
        for command in CommandRegistry.standard.commands {
            #expect(!command.summary.isEmpty && !command.details.isEmpty && command.usage.hasPrefix(command.name))
        }
    }
}
