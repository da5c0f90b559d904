import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct SuggestionTests {
    @Test func findsTyposTranspositionsAndPrefixes() {
        let names = ["authority", "capacity", "value", "mode", "output", "once"]
        #expect(Suggestion.closest(to: "autority", among: names) == "authority")
        #expect(Suggestion.closest(to: "mdoe", among: names) == "mode")
        #expect(Suggestion.closest(to: "OUTPT", among: names) == "output")
        #expect(Suggestion.closest(to: "capa", among: names) == "capacity")
    }

    @Test func saysNothingWhenNothingIsClose() {
        #expect(Suggestion.closest(to: "zebra", among: ["mode", "output"]) == nil)
        #expect(Suggestion.closest(to: "o", among: ["output", "once"]) == nil)
    }

    @Test func editDistanceCountsSwapsOnce() {
        #expect(Suggestion.editDistance(Array("abcd"), Array("abdc")) == 1)
        #expect(Suggestion.editDistance(Array("kitten"), Array("sitting")) == 3)
        #expect(Suggestion.editDistance(Array(""), Array("abc")) == 3)
    }
}
