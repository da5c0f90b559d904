import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Step mode, `pause` and `record`, driven through the library with an injected teacher.
@Suite struct TeachingTests {
    private func session(_ settings: SessionSettings = SessionSettings()) -> (Session, BufferConsole) {
        let console = BufferConsole()
        return (Session(settings: settings, console: console), console)
    }

    private func script(_ text: String) -> SourceText {
        SourceText(name: "lesson.plq", text: text)
    }

    private func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placelab-teaching-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    // MARK: - Step mode

    @Test func stepEchoesEachStatementAndWaitsBetween() {
        let (session, console) = session()
        var asked: [String?] = []
        session.waitForTeacher = { message in
            asked.append(message)
            return .next
        }
        let outcome = session.step(script("echo a\npause \"think\"\necho b\necho c"))
        #expect(outcome.succeeded)
        // The pause shows its message (through the teacher's prompt) and is not echoed too.
        #expect(console.output == "placelab> echo a\na\nplacelab> echo b\nb\nplacelab> echo c\nc\n")
        // The pause is the wait after a (and before b); after b: wait. None after the last.
        #expect(asked == ["think", nil])
    }

    @Test func theCommentsBeforeAStatementAreTheTeachersNotes() {
        let (session, console) = session()
        session.waitForTeacher = { _ in .next }
        let lesson = "#| args: --step\n# Notice the realms.\n## For the handout.\necho a   # not a note\n\n# Then this.\necho b"
        #expect(session.step(script(lesson)).succeeded)
        #expect(console.output == """
            # Notice the realms.
            ## For the handout.
            placelab> echo a
            a
            # Then this.
            placelab> echo b
            b

            """)
    }

    @Test func showAgainRepeatsTheLastStatementAndItsOutput() {
        let (session, console) = session()
        var answers: [StepChoice] = [.showAgain, .next]
        session.waitForTeacher = { _ in answers.removeFirst() }
        #expect(session.step(script("echo a\necho b")).succeeded)
        #expect(console.output == "placelab> echo a\na\nplacelab> echo a\na\nplacelab> echo b\nb\n")
    }

    @Test func stopEndsTheScriptWithoutAnError() {
        let (session, console) = session()
        session.waitForTeacher = { _ in .stop }
        let outcome = session.step(script("echo a\necho b"))
        #expect(outcome.succeeded)
        #expect(console.output == "placelab> echo a\na\n")
        // The next script is not stopped by the earlier q.
        session.waitForTeacher = { _ in .next }
        #expect(session.step(script("echo c\necho d")).succeeded)
        #expect(console.output.hasSuffix("d\n"))
    }

    @Test func runToEndSkipsTheRemainingWaits() {
        let (session, _) = session()
        var asked = 0
        session.waitForTeacher = { _ in
            asked += 1
            return .runToEnd
        }
        #expect(session.step(script("echo a\npause\necho b\necho c")).succeeded)
        #expect(asked == 1)
    }

    @Test func pauseOutsideStepModeDoesNothing() {
        let (session, console) = session()
        var asked = 0
        session.waitForTeacher = { _ in
            asked += 1
            return .stop
        }
        #expect(session.run(script("echo a\npause \"look\"\necho b")).succeeded)
        #expect(asked == 0)
        #expect(console.output == "a\nb\n")
    }

    @Test func aStopAtAPauseInANestedScriptStopsEverything() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inner = folder.appendingPathComponent("inner.plq").path
        try "echo in\npause \"stop here\"\necho never".write(toFile: inner, atomically: true, encoding: .utf8)
        let (session, console) = session()
        session.waitForTeacher = { message in message == nil ? .next : .stop }
        let outcome = session.step(script("run \(inner)\necho after"))
        #expect(outcome.succeeded)
        #expect(!console.output.contains("never") && !console.output.contains("after"))
    }

    @Test func stepParsesTheWholeScriptFirst() {
        let (session, console) = session()
        session.waitForTeacher = { _ in .next }
        let outcome = session.step(script("echo a\nmode xml"))
        #expect(outcome.failures == 1)
        #expect(console.output.isEmpty)
        #expect(console.reports.hasPrefix("lesson.plq:2:6: error: unknown mode \"xml\""))
    }

    // MARK: - Completion

    @Test func stepAndRecordCompleteFilePaths() {
        let context = CompletionContext(
            registry: .standard, datasets: [], fields: [:], homeFolder: nil,
            listFolder: { folder in folder == "." ? [("lesson.plq", false), ("lessons", true), ("notes.md", false)] : [] })
        let complete = { (line: String) in Completer.complete(line: line, cursor: line.count, context: context).candidates }
        #expect(complete("step les") == ["lesson", "lesson.plq", "lessons/"])  // the word lesson too: run lesson N
        #expect(complete("record no") == ["notes.md"])
        #expect(complete("st").contains("step"))
        #expect(complete("pau") == ["pause"])
    }

    // MARK: - Recording

    @Test func recordWritesAMarkdownHandout() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("notes.md").path
        try "old handout\n".write(toFile: path, atomically: true, encoding: .utf8)
        let (session, _) = session(SessionSettings(colored: true))
        session.run(script("echo not recorded"))
        session.run(script("record \(path)"))
        session.run(script("echo \"# Bristol and Swindon\""))
        session.run(script("load nowhere.csv"))
        session.run(script("mode xml"))
        // Before record off, the handout already holds every finished statement.
        let sofar = try String(contentsOfFile: path, encoding: .utf8)
        #expect(sofar.contains("placelab> mode xml") && !sofar.contains("old handout"))
        session.run(script("record off"))
        session.run(script("echo after"))
        let expected = """
            ```text
            placelab> echo "# Bristol and Swindon"
            ```

            # Bristol and Swindon

            ```text
            placelab> load nowhere.csv
            ```

            ```text
            lesson.plq:1:6: error: cannot read "nowhere.csv": no such file
              1 | load nowhere.csv
                |      ^^^^^^^^^^^
            ```

            ```text
            placelab> mode xml
            ```

            ```text
            lesson.plq:1:6: error: unknown mode "xml"
              1 | mode xml
                |      ^^^
              help: the modes are box, table, markdown, csv, tsv, json, line
            ```

            """
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
    }

    @Test func aFenceIsLongerThanAnyBackticksInside() {
        #expect(Handout.fenced("a ``` fence") == "````text\na ``` fence\n````\n")
    }

    @Test func recordingGoesOnThroughRunAndEndsAtFinish() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("run.md").path
        let lesson = folder.appendingPathComponent("lesson.plq").path
        try "## What to notice.\necho one\n# not for the handout\necho two".write(toFile: lesson, atomically: true, encoding: .utf8)
        let (session, _) = session()
        session.run(script("record \(path)\nrun \(lesson)"))
        // Saved after each statement, so it is on disk before the session finishes.
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("placelab> echo two"))
        session.finish()
        let expected = """
            ```text
            placelab> run \(lesson)
            ```

            What to notice.

            ```text
            placelab> echo one
            ```

            one

            ```text
            placelab> echo two
            ```

            two

            """
        #expect(try String(contentsOfFile: path, encoding: .utf8) == expected)
    }

    @Test func figuresAreLinkedRelativeToTheHandout() {
        #expect(Handout.relativePath("/work/class/figs/a.svg", from: "/work/class") == "figs/a.svg")
        #expect(Handout.relativePath("/work/figs/a.svg", from: "/work/class") == "../figs/a.svg")
        var handout = Handout()
        handout.blocks.append(.figure(path: "/work/class/my figure.svg", svg: nil))
        #expect(handout.markdown(folder: "/work/class") == "![my figure.svg](<my figure.svg>)\n")
    }
}
