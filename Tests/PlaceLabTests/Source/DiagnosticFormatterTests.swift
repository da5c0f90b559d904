import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct DiagnosticFormatterTests {
    @Test func scriptErrorsNameFileLineAndColumnWithACaret() {
        let source = SourceText(name: "lesson.plq", text: "echo hi\n  modee csv\n")
        let diagnostic = Diagnostic("unknown command \"modee\"", at: Span(10, 15), help: "did you mean \"mode\"?", source: source)
        #expect(DiagnosticFormatter(style: .plain).format(diagnostic) == """
            lesson.plq:2:3: error: unknown command "modee"
              2 |   modee csv
                |   ^^^^^
              help: did you mean "mode"?

            """)
    }

    @Test func atATerminalTheMessageAndHelpWrapAtWords() {
        let source = SourceText(name: "lesson.plq", text: "plot network town by centrality to t.svg\n")
        let help = "size by one of: degree, in_degree, out_degree, betweenness, closeness, harmonic, eigenvector"
        let diagnostic = Diagnostic("unknown measure \"centrality\" to size nodes by in the network town", at: Span(21, 31),
                                    help: help, source: source)
        let text = DiagnosticFormatter(style: .plain, width: 60).format(diagnostic)
        #expect(text == """
            lesson.plq:1:22: error: unknown measure "centrality" to size
                nodes by in the network town
              1 | plot network town by centrality to t.svg
                |                      ^^^^^^^^^^
              help: size by one of: degree, in_degree, out_degree,
                    betweenness, closeness, harmonic, eigenvector

            """)
        for line in text.split(separator: "\n") { #expect(DisplayWidth.of(String(line)) <= 60) }
        // In a file or a pipe each stays one line, for grep.
        #expect(DiagnosticFormatter(style: .plain).format(diagnostic).contains("help: " + help + "\n"))
        // Too narrow to wrap usefully: left whole.
        #expect(DiagnosticFormatter(style: .plain, width: 20).format(diagnostic).contains("help: " + help + "\n"))
    }

    @Test func typedInputGetsTheCaretWithoutAPlace() {
        let source = SourceText(name: "<stdin>", text: "mode xml", showsLocation: false)
        let diagnostic = Diagnostic("unknown mode \"xml\"", at: Span(5, 8), source: source)
        #expect(DiagnosticFormatter(style: .plain).format(diagnostic) == """
            error: unknown mode "xml"
              1 | mode xml
                |      ^^^

            """)
    }

    @Test func columnsCountCharactersAndCaretsCoverWideOnes() {
        let source = SourceText(name: "f", text: "echo é 東京 x")
        // "東京" starts after "echo é " (8 bytes: é is 2) and is 6 bytes long.
        let diagnostic = Diagnostic("here", at: Span(8, 14), source: source)
        #expect(diagnostic.location == "f:1:8")
        let text = DiagnosticFormatter(style: .plain).format(diagnostic)
        #expect(text.contains("  1 | echo é 東京 x\n    |        ^^^^\n"))
    }

    @Test func firstLineOffsetsCountFromTheOrigin() {
        let source = SourceText(name: "<stdin>", text: "a\nb", firstLine: 10)
        #expect(source.location(of: 2) == SourceLocation(line: 11, column: 1))
    }

    @Test func aFarColumnKeepsItsCaretInAWindowOfTheLine() {
        let line = String(repeating: "a", count: 150) + "X" + String(repeating: "b", count: 200)
        let place = FilePlace(path: "wide.csv", line: 2, column: 151, lineText: line)
        let text = DiagnosticFormatter(style: .plain).format(Diagnostic("bad X", place: place))
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[1].hasPrefix("  2 | …") && lines[1].hasSuffix("…"))
        #expect(DisplayWidth.of(lines[1]) <= 6 + DiagnosticFormatter.excerptWidth)
        // The caret stands under the X.
        let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
        let x = lines[1].firstIndex(of: "X").map { lines[1].distance(from: lines[1].startIndex, to: $0) }
        #expect(caret != nil && caret == x)
        // Near the start, the line is cut at its end only.
        let near = DiagnosticFormatter(style: .plain).format(Diagnostic("bad", place: FilePlace(path: "w", line: 1, column: 3, lineText: line)))
        #expect(near.contains("  1 | aaa") && near.contains("    |   ^"))
    }

    @Test func colourOnlyWhenAsked() {
        let source = SourceText(name: "f", text: "x")
        let diagnostic = Diagnostic("bad", at: Span(0, 1), source: source)
        #expect(!DiagnosticFormatter(style: .plain).format(diagnostic).contains("\u{1B}"))
        #expect(DiagnosticFormatter(style: TextStyle(colored: true)).format(diagnostic).contains("\u{1B}[1;31merror:"))
    }
}
