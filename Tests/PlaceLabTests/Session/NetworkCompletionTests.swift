import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct NetworkCompletionTests {
    private let context = CompletionContext(
        registry: .standard, datasets: ["cases", "sna"],
        networks: ["sna": .init(relations: ["advice", "trust"], nodes: ["la_senior", "head_a", "resident_1"],
                                fields: ["label", "realm", "organisation"])])

    private func complete(_ line: String) -> [String] {
        Completer.complete(line: line, cursor: line.count, context: context).candidates
    }

    @Test func networkCommandsOfferNetworksThenTheirWords() {
        #expect(complete("network s") == ["sna"])
        #expect(complete("roles ") == ["sna"])
        #expect(complete("network sna ") == ["relation", "summary", "unweighted", "weighted"])
        #expect(complete("network sna relation a") == ["advice"])
        #expect(complete("roles sna relation ") == ["advice", "trust"])
    }

    @Test func pathOffersNodesAndBrokerageOffersFields() {
        #expect(complete("path sna he") == ["head_a"])
        #expect(complete("path sna la_senior res") == ["resident_1"])
        #expect(complete("brokerage sna ") == ["by", "relation"])
        #expect(complete("brokerage sna by r") == ["realm"])
    }

    @Test func aTableCommandStartsAQueryWithItsColumns() {
        #expect(complete("network sna | where bet") == ["betweenness"])
        #expect(complete("network sna | sort re") == ["realm"])
        #expect(complete("roles sna | select ro") == ["role"])
        #expect(complete("datasets | where ki") == ["kind"])
        #expect(complete("network sna | ").contains("where"))
    }
}
