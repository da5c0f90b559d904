import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct EvaluatorTests {
    /// A small table: a phase column, numbers with nulls, text and a list.
    private static let places = Dataset(name: "places", origin: "test", columns: [
        .init(name: "name", type: .text, values: ["Gouda", "Lille", "Bristol", "Knowsley"].map(Value.text)),
        .init(name: "phase", type: .phase, values: [.text("latent"), .text("mobilisation"), .null, .text("embedding")]),
        .init(name: "score", type: .integer, values: [.integer(2), .null, .integer(5), .integer(3)]),
        .init(name: "ratio", type: .number, values: [.number(0.5), .number(1.5), .null, .number(2)]),
        .init(name: "tags", type: .list, values: [.list([.text("a")]), .list([.text("a"), .text("b")]), .list([]), .null]),
    ], notes: ["a note that travels"])

    private func run(_ text: String) throws -> Table {
        let source = SourceText(name: "q", text: text)
        var parser = QueryParser(tokens: Lexer.tokens(of: source), source: source)
        guard case .pipeline(let pipeline) = try parser.statement() else { throw Diagnostic("not a pipeline") }
        let evaluator = PipelineEvaluator(resolve: { name, span in
            guard name == "places" else { throw Diagnostic("unknown \(name)", at: span) }
            return Frame(EvaluatorTests.places)
        }, checkInterrupt: {})
        return try evaluator.run(pipeline).table()
    }

    private func column(_ text: String) throws -> [Value] {
        try run(text).rows.map { $0[0] }
    }

    @Test func phasesCompareInLifecycleOrderByNameOrNumber() throws {
        #expect(try column("places | where phase >= mobilisation | select name") == [.text("Lille"), .text("Knowsley")])
        #expect(try column("places | where phase < 2 | select name") == [.text("Gouda")])
        #expect(try column("places | sort phase desc | select name") == ["Knowsley", "Lille", "Gouda", "Bristol"].map(Value.text))
    }

    @Test func comparisonsWithNullAreFalseAndNotFlipsThem() throws {
        #expect(try column("places | where score == null | count") == [.integer(0)])
        #expect(try column("places | where score != null | count") == [.integer(0)])
        #expect(try column("places | where not (score > 2) | select name") == [.text("Gouda"), .text("Lille")])
        #expect(try column("places | where score is null | select name") == [.text("Lille")])
    }

    @Test func arithmeticKeepsWholeNumbersAndNullsPropagate() throws {
        let table = try run("places | select a = score + 1, b = score / 2, c = score * ratio, d = score / 0")
        #expect(table.rows[0] == [.integer(3), .number(1), .number(1), .null])
        #expect(table.rows[1] == [.null, .null, .null, .null])
        #expect(try column("places | select n = name + \"!\" | first") == [.text("Gouda!")])
    }

    @Test func sortIsStableWithNullsLastBothWays() throws {
        #expect(try column("places | sort score | select name") == ["Gouda", "Knowsley", "Bristol", "Lille"].map(Value.text))
        #expect(try column("places | sort score desc | select name") == ["Bristol", "Knowsley", "Gouda", "Lille"].map(Value.text))
        #expect(try column("places | sort len(tags) | select name") == ["Bristol", "Gouda", "Lille", "Knowsley"].map(Value.text))
    }

    @Test func aggregatesSkipNullsAndCountCountsRows() throws {
        let table = try run("places | aggregate n = count(), known = count(score), total = sum(score), mean = avg(ratio), mid = median(score), lo = min(name), all = list(score)")
        #expect(table.rows == [[.integer(4), .integer(3), .integer(10), .number(4.0 / 3), .number(3), .text("Bristol"),
                                .list([.integer(2), .integer(5), .integer(3)])]])
    }

    @Test func groupsKeepFirstSeenOrder() throws {
        let table = try run("places | select name, big = score > 2 | group big | aggregate n = count(), names = list(name)")
        #expect(table.rows == [[.bool(false), .integer(2), .list([.text("Gouda"), .text("Lille")])],
                               [.bool(true), .integer(2), .list([.text("Bristol"), .text("Knowsley")])]])
    }

    @Test func membershipContainsAndPatterns() throws {
        #expect(try column(#"places | where name in ["Lille", "Gouda"] | select name"#) == [.text("Gouda"), .text("Lille")])
        #expect(try column(#"places | where tags contains "b" | select name"#) == [.text("Lille")])
        #expect(try column(#"places | where name ~ "o.+s" | select name"#) == [.text("Knowsley")])
        #expect(try column(#"places | where name starts with "B" | select name"#) == [.text("Bristol")])
    }

    @Test func distinctLimitsAndNotesTravel() throws {
        let table = try run("places | select big = score > 2 | distinct | limit 5")
        #expect(table.rows == [[.bool(false)], [.bool(true)]])
        #expect(table.notes == ["a note that travels"])
        #expect(try column("places | last 1 | select name") == [.text("Knowsley")])
    }

    @Test func typeErrorsNameBothTypesAtTheRightPlace() {
        do {
            _ = try run(#"places | where score > "3""#)
            Issue.record("expected an error")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message == "cannot compare integer with text")
            #expect(diagnostic.span == Span(15, 26))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func unknownFieldsSuggestTheNearestName() {
        do {
            _ = try run("places | select nme")
            Issue.record("expected an error")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message == "unknown field \"nme\" in places")
            #expect(diagnostic.help == "did you mean \"name\"?")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}
