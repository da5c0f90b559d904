import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// `… | with basis`: each field of bundled data beside its stated/inferred mark, followed
/// through the stages that keep rows; a hedged value's note under every result that shows it.
@Suite struct WithBasisTests {
    private static func fact(_ basis: Provenance.Basis, hedge: String? = nil) -> Provenance {
        Provenance(source: "seed.txt", quote: "a phrase", basis: basis, note: basis == .inferred ? "why" : nil, qualifier: hedge)
    }

    private static let places = Dataset(name: "places", origin: "test", columns: [
        .init(name: "id", type: .text, values: ["a", "b", "c"].map(Value.text)),
        .init(name: "phase", type: .phase, values: [.text("embedding"), .null, .text("latent")],
              provenance: [fact(.stated, hedge: "some signs"), nil, fact(.inferred)]),
        .init(name: "score", type: .integer, values: [.integer(1), .integer(2), .integer(3)],
              provenance: [fact(.stated), fact(.inferred), fact(.stated)]),
    ], key: "id")

    private static let plain = Dataset(name: "plain", origin: "mine.csv", columns: [
        .init(name: "id", type: .text, values: ["a"].map(Value.text)),
    ])

    private func run(_ text: String) throws -> Table {
        let source = SourceText(name: "q", text: text)
        var parser = QueryParser(tokens: Lexer.tokens(of: source), source: source)
        guard case .pipeline(let pipeline) = try parser.statement() else { throw Diagnostic("not a pipeline") }
        let evaluator = PipelineEvaluator(resolve: { name, span in
            switch name {
            case "places": return Frame(WithBasisTests.places)
            case "plain": return Frame(WithBasisTests.plain)
            default: throw Diagnostic("unknown \(name)", at: span)
            }
        }, checkInterrupt: {})
        return try evaluator.run(pipeline).table()
    }

    @Test func eachMarkedFieldIsFollowedByItsBasis() throws {
        let table = try run("places | with basis")
        #expect(table.columnNames == ["id", "phase", "phase_basis", "score", "score_basis"])
        #expect(table.rows.map { $0[2] } == [.text("stated (some signs)"), .null, .text("inferred")])
        #expect(table.rows.map { $0[4] } == [.text("stated"), .text("inferred"), .text("stated")])
    }

    @Test func theMarksFollowTheRowsThroughFiltersSortsAndPlainSelects() throws {
        let table = try run("places | where score >= 2 | sort score desc | select s = score, id | with basis")
        #expect(table.columnNames == ["s", "s_basis", "id"])
        #expect(table.rows == [[.integer(3), .text("stated"), .text("c")], [.integer(2), .text("inferred"), .text("b")]])
    }

    @Test func aResultWithNoMarksSaysWhereToPutTheStage() {
        #expect(throws: Diagnostic.self) { try run("places | count | with basis") }
        #expect(throws: Diagnostic.self) { try run("plain | with basis") }
        #expect(throws: Diagnostic.self) { try run("places | with bases") }
    }

    @Test func aHedgedValueIsNeverShownBare() throws {
        #expect(try run("places | select phase").notes == ["a phase: embedding (some signs), the source's hedge"])
        #expect(try run("places | where id != \"a\"").notes == [])
        #expect(try run("places | with basis | where phase_basis starts with \"stated\"").notes.count == 1)
    }
}
