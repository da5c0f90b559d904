import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// The one word-wrapping helper every drawing, footer and cell uses.
@Suite struct TextWrapTests {
    @Test func breaksAtSpacesAndDropsThem() {
        #expect(TextWrap.wrap("one two three", width: 7) == ["one two", "three"])
        #expect(TextWrap.wrap("one  two   three", width: 8) == ["one  two", "three"])
        #expect(TextWrap.wrap("fits", width: 4) == ["fits"])
        #expect(TextWrap.wrap("aa bb cc", width: 2, firstWidth: 5) == ["aa bb", "cc"])
        #expect(TextWrap.wrap("", width: 3) == [""])
    }

    @Test func keepsIndentationAtTheStart() {
        #expect(TextWrap.wrap("  indented text here", width: 10) == ["  indented", "text here"])
    }

    @Test func neverBreaksInsideAWordThatFitsALine() {
        let text = "the inferred teaching estimates and their betweenness centrality"
        for width in 11...40 {
            let lines = TextWrap.wrap(text, width: width)
            #expect(lines.joined(separator: " ") == text, "width \(width)")
            #expect(lines.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width)")
        }
    }

    @Test func aWordLongerThanTheLineBreaksAfterASlashDashOrUnderscore() {
        #expect(TextWrap.wrap("Managerial/professional", width: 14) == ["Managerial/", "professional"])
        #expect(TextWrap.wrap("expected_closeness", width: 10) == ["expected_", "closeness"])
        #expect(TextWrap.wrap("see-through", width: 6) == ["see-", "throug", "h"])
    }

    @Test func hardBreaksOnlyWhatCannotFit() {
        #expect(TextWrap.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
        #expect(TextWrap.wrap("a abcdefghij b", width: 4) == ["a", "abcd", "efgh", "ij b"])
    }

    @Test func wideCharactersCountTwoColumns() {
        #expect(TextWrap.wrap("東京都庁", width: 5) == ["東京", "都庁"])
        #expect(TextWrap.wrap("東京 都庁 大阪", width: 9) == ["東京 都庁", "大阪"])
        #expect(TextWrap.wrap("🎉🎉 ok", width: 4) == ["🎉🎉", "ok"])
        // A character wider than the line still goes out, alone, rather than looping.
        #expect(TextWrap.wrap("東東", width: 1) == ["東", "東"])
        #expect(TextWrap.wrap("Zoë café", width: 4) == ["Zoë", "café"])
    }

    @Test func longestWordIsTheNarrowestWidthWithoutABreakInAWord() {
        #expect(TextWrap.longestWord("hub, gatekeeper") == 10)
        #expect(TextWrap.longestWord("expected_closeness") == 9)
        #expect(TextWrap.longestWord("東京 都") == 4)
        #expect(TextWrap.longestWord("") == 0)
        #expect(TextWrap.longestWord("municipal_director team", softBreaks: false) == 18)
    }
}
