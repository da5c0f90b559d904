import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// What reaches the screen: layout to the terminal's size, notes as `notes` asks, and an
/// illustrative label in every mode.
@Suite struct ScreenTests {
    static let note = Network.illustrativePrefix + "built by PlaceLab to show what a source says in words; "
        + "every node and tie is invented, so nothing here is a finding."
    static let table = Table(columns: ["node", "betweenness"],
                             rows: (0..<30).map { [.text("node_\($0)"), .number(Double($0) / 7)] },
                             notes: [note, "relation: trust only"])

    private func session(mode: OutputMode, terminal: Bool, size: (Int, Int)? = (60, 20)) -> (Session, BufferConsole) {
        let console = BufferConsole()
        let session = Session(settings: SessionSettings(mode: mode, terminal: terminal), console: console)
        session.terminalSize = { size.map { (columns: $0.0, rows: $0.1) } }
        return (session, console)
    }

    @Test func aTerminalResultFitsItsHeightLessThePrompt() {
        let (session, console) = session(mode: .table, terminal: true)
        session.emit(ScreenTests.table)
        let lines = console.output.split(separator: "\n")
        #expect(lines.count <= 20 - Session.promptLines)
        #expect(console.output.contains("more rows (`last` shows all)"))
        // Rounded to the column's decimals, never cut.
        #expect(console.output.contains("| node_1  |       0.143 |"))
    }

    @Test func withoutAKnownHeightTheStandardLimitHolds() {
        let (session, _) = session(mode: .table, terminal: true, size: nil)
        #expect(session.screenOptions(limited: true).maxHeight == SessionSettings().terminalRowLimit)
        #expect(session.screenOptions(limited: false).maxHeight == nil)
    }

    @Test func theIllustrativeNoteIsWholeOnceThenOneLine() {
        let (session, console) = session(mode: .table, terminal: true, size: (200, 200))
        session.emit(ScreenTests.table)
        #expect(console.output.contains(ScreenTests.note))
        session.emit(ScreenTests.table)
        let second = console.output.components(separatedBy: "note: ").suffix(2)
        #expect(second.first?.hasPrefix(NoteLength.illustrativeLabel) == true)
        #expect(console.output.contains("relation: trust only"))
    }

    @Test func notesFullAndOff() throws {
        let (session, console) = session(mode: .table, terminal: true, size: (200, 200))
        #expect(session.run(SourceText(name: "t", text: "notes off")).succeeded)
        session.emit(ScreenTests.table)
        #expect(!console.output.contains(ScreenTests.note))
        #expect(console.output.contains(NoteLength.illustrativeLabel))
        #expect(!console.output.contains("relation: trust only"))
        #expect(session.run(SourceText(name: "t", text: "notes full")).succeeded)
        session.emit(ScreenTests.table)
        session.emit(ScreenTests.table)
        #expect(console.output.components(separatedBy: ScreenTests.note).count == 3)
    }

    @Test func pipesAlwaysGetEveryNoteInFull() {
        let (session, console) = session(mode: .table, terminal: false)
        session.settings.notes = .off
        session.emit(ScreenTests.table)
        session.emit(ScreenTests.table)
        #expect(console.output.components(separatedBy: ScreenTests.note).count == 3)
    }

    @Test func csvAndTsvKeepTheDataPureAndSayTheNoteOnStandardError() {
        for mode in [OutputMode.csv, .tsv] {
            let (session, console) = session(mode: mode, terminal: false)
            session.emit(ScreenTests.table)
            #expect(!console.output.contains("illustrative"), "\(mode)")
            #expect(console.output.split(separator: "\n").count == 31, "\(mode)")
            #expect(console.reports == "note: " + ScreenTests.note + "\n", "\(mode)")
        }
    }

    @Test func jsonWrapsTheRowsWithATopLevelNote() throws {
        let (session, console) = session(mode: .json, terminal: false)
        session.emit(ScreenTests.table)
        #expect(console.output.hasPrefix("{\"note\":\"" + ScreenTests.note + "\",\"rows\":[\n{\"node\":\"node_0\""))
        #expect(console.output.hasSuffix("]}\n"))
        let back = try JSONReader.parse(console.output, path: "r.json", name: "r")
        #expect(back.rowCount == 30)
        #expect(back.notes == [ScreenTests.note])
        // Without an illustrative note, json stays a bare array.
        let (plain, plainConsole) = self.session(mode: .json, terminal: false)
        plain.emit(Table(columns: ["a"], rows: [[.integer(1)]], notes: ["relation: trust only"]))
        #expect(plainConsole.output == "[\n{\"a\":1}\n]\n")
    }

    @Test func notesCompletesItsChoices() {
        let context = CompletionContext(registry: .standard, datasets: [], fields: [:])
        #expect(Completer.complete(line: "notes s", cursor: 7, context: context).candidates == ["short"])
        #expect(Completer.complete(line: "no", cursor: 2, context: context).candidates == ["notes"])
    }

    @Test func drawingsFollowTheTerminalWidthWithinBounds() {
        let (session, _) = session(mode: .box, terminal: true, size: (60, 20))
        #expect(session.diagramWidth == 58)
        let (wide, _) = self.session(mode: .box, terminal: true, size: (300, 20))
        #expect(wide.diagramWidth == TextDiagram.widest - 2)
        let (tiny, _) = self.session(mode: .box, terminal: true, size: (20, 20))
        #expect(tiny.diagramWidth == TextDiagram.narrowest)
        let (piped, _) = self.session(mode: .box, terminal: false)
        #expect(piped.diagramWidth == TextDiagram.width)
    }

    @Test func loadNotesWrapAtWordsOnATerminalAndStayOneLineInPipes() {
        let note = "big: 2 infinite values (±inf), the first on line 2; a number past ±1.8e308, such as 1e309, "
            + "is read as inf too"
        let (screen, _) = session(mode: .box, terminal: true, size: (60, 20))
        let lines = screen.indentedNotice(note, indent: "  ").split(separator: "\n").map(String.init)
        #expect(lines.count > 1)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(lines.first?.hasPrefix("  big:") == true && lines.dropFirst().allSatisfy { $0.hasPrefix("    ") })
        // The same words in the same order: nothing cut, nothing broken inside a word.
        #expect(lines.flatMap { $0.split(separator: " ") } == note.split(separator: " "))
        let (piped, _) = session(mode: .box, terminal: false)
        #expect(piped.indentedNotice(note, indent: "  ") == "  " + note)
    }
}
