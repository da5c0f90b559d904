import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabRender

/// `help` on a terminal: every line fits its width, and every word of the help reaches the
/// screen whole.
@Suite struct HelpLayoutTests {
    private func help(_ topic: String, columns: Int) -> String {
        let console = BufferConsole()
        let session = Session(settings: SessionSettings(terminal: true), console: console)
        session.terminalSize = { (columns: columns, rows: 40) }
        session.run(SourceText(name: "t.plq", text: "help " + topic))
        return console.output
    }

    /// Every name help knows: commands, stages, topics, and the overview ("").
    private var topics: [String] {
        [""] + CommandRegistry.standard.commands.map(\.name) + QueryStageHelp.all.map(\.name) + HelpTopic.all.map(\.name)
    }

    @Test(arguments: [60, 80, 100])
    func everyLineFitsTheWidth(columns: Int) {
        for topic in topics {
            let output = help(topic, columns: columns)
            #expect(!output.isEmpty, "help \(topic)")
            for line in output.split(separator: "\n") {
                #expect(DisplayWidth.of(String(line)) <= columns, "help \(topic) at \(columns): \(line)")
            }
        }
    }

    @Test func noWordIsBrokenAt60Columns() {
        let words = { (text: String) in Set(text.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)) }
        for topic in topics {
            let wide = words(help(topic, columns: 1_000))
            let narrow = words(help(topic, columns: 60))
            #expect(narrow == wide, "help \(topic): \(narrow.symmetricDifference(wide).sorted())")
        }
    }

    @Test func widerThan100ColumnsStopsAt100() {
        let lines = help("plot", columns: 200).split(separator: "\n")
        #expect(lines.contains { DisplayWidth.of(String($0)) > 80 })
        #expect(lines.allSatisfy { DisplayWidth.of(String($0)) <= 100 })
    }

    @Test func aPipeGetsTheHelpAsWritten() {
        let console = BufferConsole()
        let session = Session(console: console)
        session.run(SourceText(name: "t.plq", text: "help"))
        #expect(console.output.contains("\n  history      list the statements typed in this and earlier sessions\n"))
    }
}
