import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct LexerTests {
    private func kinds(_ text: String) -> [Token.Kind] {
        Lexer.tokens(of: SourceText(name: "t", text: text)).map(\.kind)
    }

    @Test func operatorsAndPunctuation() {
        #expect(kinds("| , ; ( ) [ ] == != <> < <= > >= = + - * / ~") == [
            .pipe, .comma, .semicolon, .leftParen, .rightParen, .leftBracket, .rightBracket,
            .equalEqual, .notEqual, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .equal,
            .plus, .minus, .star, .slash, .tilde, .endOfInput,
        ])
    }

    @Test func numbersAndWords() {
        let tokens = Lexer.tokens(of: SourceText(name: "t", text: "12 3.5 .5 1e3 1_000 3rd name_2"))
        #expect(tokens.map(\.kind) == [.number, .number, .number, .number, .number, .identifier, .identifier, .endOfInput])
        #expect(tokens.map(\.text).prefix(5) == ["12", "3.5", ".5", "1e3", "1000"])
    }

    @Test func stringEscapesAreDecoded() {
        let token = Lexer.tokens(of: SourceText(name: "t", text: #""a\"b\\c\n\u{e9}""#))[0]
        #expect(token.kind == .string)
        #expect(token.text == "a\"b\\c\né")
    }

    @Test func badEscapeIsAnErrorTokenCoveringTheString() {
        let token = Lexer.tokens(of: SourceText(name: "t", text: #"x "a\qb" y"#))[1]
        #expect(token.kind == .error("invalid escape \"\\q\" in string"))
        #expect(token.span == Span(2, 8))
    }

    @Test func unterminatedStringRunsToTheEnd() {
        let token = Lexer.tokens(of: SourceText(name: "t", text: "echo \"abc\ndef"))[1]
        #expect(token.isUnterminated)
        #expect(token.span == Span(5, 13))
    }

    @Test func commentsAreSkippedAndSpacingRecorded() {
        let tokens = Lexer.tokens(of: SourceText(name: "t", text: "a# note\nb c.d"))
        #expect(tokens.map(\.kind) == [.identifier, .newline, .identifier, .identifier, .dot, .identifier, .endOfInput])
        #expect(tokens.map(\.spaceBefore) == [false, true, false, true, false, false, false])
    }

    @Test func backtickNamesKeepSpaces() {
        let token = Lexer.tokens(of: SourceText(name: "t", text: "`mean authority`"))[0]
        #expect(token.kind == .quotedIdentifier)
        #expect(token.text == "mean authority")
    }

    @Test func unicodeWordsStayWhole() {
        let tokens = Lexer.tokens(of: SourceText(name: "t", text: "Enschedé 東京 ✓"))
        #expect(tokens.map(\.text) == ["Enschedé", "東京", "✓", ""])
    }
}
