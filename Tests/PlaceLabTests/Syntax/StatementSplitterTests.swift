import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct StatementSplitterTests {
    private func split(_ text: String) -> StatementSplitter.Result {
        StatementSplitter.split(Lexer.tokens(of: SourceText(name: "t", text: text)))
    }

    private func statements(_ text: String) -> [String] {
        split(text).statements.map { $0.map(\.text).joined(separator: " ") }
    }

    @Test func newlinesAndSemicolonsEndStatements() {
        #expect(statements("a 1\nb; c\n\n; d") == ["a 1", "b", "c", "d"])
    }

    @Test func bracketsAndTrailingPipesContinue() {
        #expect(statements("a (1,\n2)\nb |\n c") == ["a ( 1 , 2 )", "b | c"])
        #expect(statements("a [1;\n2]") == ["a [ 1 ; 2 ]"])
    }

    @Test(arguments: [
        ("mode (", Opener.paren, 5),
        ("x [1, (2", .paren, 6),
        ("x [1,", .bracket, 2),
        ("echo \"abc", .quote, 5),
        ("cases |", .pipe, 6),
        ("cases |  # a comment", .pipe, 6),
    ])
    func reportsWhatIsOpen(text: String, opener: Opener, at offset: Int) {
        let result = split(text)
        #expect(result.open == opener)
        #expect(result.openSpan?.start == offset)
        #expect(result.diagnostics.isEmpty)
    }

    @Test func completeTextHasNothingOpen() {
        #expect(split("a (b) \"c\" | d").open == nil)
    }

    @Test func mismatchedClosersAreErrorsNotContinuations() {
        let result = split("a (b]")
        #expect(result.diagnostics.map(\.message) == ["\"]\" does not close \"(\""])
        #expect(result.diagnostics.first?.span == Span(4, 5))
        #expect(split("a)").diagnostics.map(\.message) == ["unexpected \")\" with nothing open"])
    }
}
