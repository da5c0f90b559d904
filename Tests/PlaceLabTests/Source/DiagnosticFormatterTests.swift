import Testing
@testable import PlaceLab

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

    @Test func colourOnlyWhenAsked() {
        let source = SourceText(name: "f", text: "x")
        let diagnostic = Diagnostic("bad", at: Span(0, 1), source: source)
        #expect(!DiagnosticFormatter(style: .plain).format(diagnostic).contains("\u{1B}"))
        #expect(DiagnosticFormatter(style: TextStyle(colored: true)).format(diagnostic).contains("\u{1B}[1;31merror:"))
    }
}
