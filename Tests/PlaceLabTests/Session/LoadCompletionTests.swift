import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Tab after `load FILE` offers the options, then what each option takes.
@Suite struct LoadCompletionTests {
    private let context = CompletionContext(
        registry: .standard, datasets: [], fields: [:], homeFolder: "/home/student",
        listFolder: { folder in folder == "." ? [("towns.csv", false)] : [] })

    private func complete(_ line: String) -> [String] {
        Completer.complete(line: line, cursor: line.count, context: context).candidates
    }

    @Test func optionWordsThenTheirValues() {
        #expect(complete("load tow") == ["towns.csv"])
        #expect(complete("load towns.csv ") == LoadOptionsParser.optionWords.sorted())
        #expect(complete("load towns.csv de") == ["decimal", "delimiter"])
        #expect(complete("load towns.csv deli") == ["delimiter"])
        #expect(complete("load towns.csv decimal ").isEmpty)
        #expect(complete("load towns.csv delimiter se") == ["semicolon"])
        #expect(complete("load towns.csv header ") == ["none"])
        #expect(complete("load towns.csv format gr") == ["graphml"])
        #expect(complete("load towns.csv as ").isEmpty)
    }

    @Test func loadNetworkOffersItsOwnWordsAndTheTableOptionsThatApply() {
        #expect(complete("load network towns.csv ") == LoadOptionsParser.networkWords.sorted())
        #expect(!LoadOptionsParser.networkWords.contains("types"))
        #expect(complete("load network towns.csv di") == ["directed"])
        #expect(complete("load network towns.csv nodes tow") == ["towns.csv"])
        #expect(complete("load network towns.csv delimiter se") == ["semicolon"])
        #expect(complete("load network towns.csv header ") == ["none"])
    }
}
