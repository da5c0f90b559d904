import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Which columns of a result hold inferred values, followed through every stage.
@Suite struct InferredColumnsTests {
    private static func fact(_ basis: Provenance.Basis) -> Provenance {
        Provenance(source: "seed.txt", quote: "a phrase", basis: basis, note: basis == .inferred ? "why" : nil)
    }

    /// `estimate` is inferred in one row and null in another; `score` is stated throughout.
    private static let places = Dataset(name: "places", origin: "test", columns: [
        .init(name: "id", type: .text, values: ["a", "b", "c"].map(Value.text)),
        .init(name: "estimate", type: .integer, values: [.integer(3), .null, .integer(1)],
              provenance: [fact(.inferred), nil, fact(.inferred)]),
        .init(name: "score", type: .integer, values: [.integer(1), .integer(2), .integer(3)],
              provenance: [fact(.stated), fact(.stated), fact(.stated)]),
    ])

    private static let kinds = Dataset(name: "kinds", origin: "test", columns: [
        .init(name: "id", type: .text, values: ["a", "b"].map(Value.text)),
        .init(name: "guess", type: .text, values: [.text("x"), .text("y")], provenance: [fact(.stated), fact(.inferred)]),
    ])

    private func inferred(_ text: String) throws -> Set<String> {
        let source = SourceText(name: "q", text: text)
        var parser = QueryParser(tokens: Lexer.tokens(of: source), source: source)
        guard case .pipeline(let pipeline) = try parser.statement() else { throw Diagnostic("not a pipeline") }
        let evaluator = PipelineEvaluator(resolve: { name, span in
            switch name {
            case "places": return Frame(InferredColumnsTests.places)
            case "kinds": return Frame(InferredColumnsTests.kinds)
            default: throw Diagnostic("unknown \(name)", at: span)
            }
        }, checkInterrupt: {})
        return try evaluator.run(pipeline).table().inferredColumns
    }

    @Test func aDatasetColumnWithAnyInferredValueIsInferred() throws {
        #expect(try inferred("places") == ["estimate"])
        #expect(try inferred("places | where score > 1 | sort id desc | first 2") == ["estimate"])
    }

    @Test func selectKeepsRenamedFieldsAndMarksWhatIsComputedFromThem() throws {
        #expect(try inferred("places | select id, e = estimate, score") == ["e"])
        #expect(try inferred("places | select total = estimate + score, score * 2 as double") == ["total"])
        #expect(try inferred("places | select estimate, estimate") == ["estimate", "estimate_2"])
        #expect(try inferred("places | select id, score") == [])
    }

    @Test func aggregatesOfInferredValuesAreInferredAndCountsAreNot() throws {
        #expect(try inferred("places | aggregate mean = avg(estimate), n = count(), top = max(score)") == ["mean"])
        #expect(try inferred("places | group estimate | aggregate n = count()") == ["estimate"])
        #expect(try inferred("places | count") == [])
        #expect(try inferred("places | distinct estimate") == ["estimate"])
    }

    @Test func aJoinKeepsBothSidesMarks() throws {
        #expect(try inferred("places | join kinds on id") == ["estimate", "guess"])
    }
}
