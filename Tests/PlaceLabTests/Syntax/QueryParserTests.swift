import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct QueryParserTests {
    private func parse(_ text: String) throws -> QueryStatement {
        let source = SourceText(name: "q", text: text)
        var parser = QueryParser(tokens: Lexer.tokens(of: source), source: source)
        return try parser.statement()
    }

    private func pipeline(_ text: String) throws -> Pipeline {
        guard case .pipeline(let pipeline) = try parse(text) else {
            Issue.record("not a pipeline: \(text)")
            return Pipeline(source: "", sourceSpan: Span(0, 0), stages: [], span: Span(0, 0))
        }
        return pipeline
    }

    private func error(_ text: String) -> Diagnostic? {
        do {
            _ = try parse(text)
            return nil
        } catch {
            return error as? Diagnostic
        }
    }

    @Test func stagesInOrderWithTheirSpans() throws {
        let parsed = try pipeline("cases | where a > 1 | sort b desc | limit 3")
        #expect(parsed.source == "cases")
        #expect(parsed.sourceSpan == Span(0, 5))
        #expect(parsed.stages.map(\.keyword) == ["where", "sort", "limit"])
        #expect(parsed.stages.map(\.span) == [Span(8, 19), Span(22, 33), Span(36, 43)])
        #expect(parsed.span == Span(0, 43))
    }

    @Test func precedenceOrBelowAndBelowNotBelowComparison() throws {
        let parsed = try pipeline("t | where not a == 1 or b < 2 and c")
        guard case .filter(let condition, _) = parsed.stages[0],
              case .binary(.or, let left, let right, _) = condition,
              case .unary(.not, .binary(.equal, _, _, _), _) = left,
              case .binary(.and, .binary(.less, _, _, _), .field("c", _), _) = right else {
            Issue.record("unexpected tree")
            return
        }
    }

    @Test func arithmeticBindsTighterThanComparison() throws {
        let parsed = try pipeline("t | where a + b * 2 >= -3")
        guard case .filter(.binary(.greaterEqual, .binary(.plus, .field("a", _), .binary(.times, _, _, _), _),
                                   .literal(.integer(-3), let literalSpan), _), _) = parsed.stages[0] else {
            Issue.record("unexpected tree")
            return
        }
        #expect(literalSpan == Span(23, 25))
    }

    @Test func wordOperators() throws {
        let parsed = try pipeline(#"t | where x in [1, 2] and y not in ["a"] and z contains "q" and w starts with "s" and v ~ "^a" and u is not null"#)
        guard case .filter(let condition, _) = parsed.stages[0] else { return }
        var operators: [String] = []
        func walk(_ expression: Expression) {
            switch expression {
            case .binary(let op, let left, let right, _):
                if op != .and { operators.append(op.rawValue) }
                walk(left); walk(right)
            case .unary(.not, let inner, _):
                operators.append("not"); walk(inner)
            case .isNull(_, let negated, _):
                operators.append(negated ? "is not null" : "is null")
            default: break
            }
        }
        walk(condition)
        #expect(operators == ["in", "not", "in", "contains", "starts with", "~", "is not null"])
    }

    @Test func selectItemsNamedThreeWays() throws {
        let parsed = try pipeline("t | select a, b as bee, c = a * 2, lower(d)")
        guard case .select(let items, _) = parsed.stages[0] else { return }
        #expect(items.map(\.name) == ["a", "bee", "c", "lower(d)"])
    }

    @Test func bracketsBelongToTheirExpression() throws {
        let parsed = try pipeline("t | select -(i), not (i > 1), (a)")
        guard case .select(let items, _) = parsed.stages[0] else { return }
        #expect(items.map(\.name) == ["-(i)", "not (i > 1)", "a"])
    }

    @Test func groupAggregateJoinAndFriends() throws {
        let parsed = try pipeline("t | group a, b | aggregate n = count(), m = avg(x) | left join u on a == id | distinct | first | last 2 | count")
        #expect(parsed.stages.map(\.keyword) == ["group", "aggregate", "join", "distinct", "first", "last", "count"])
        guard case .join(let join, _) = parsed.stages[2] else { return }
        #expect(join.keepUnmatched && join.other == "u" && join.leftField.name == "a" && join.rightField.name == "id")
        guard case .aggregate(let items, _) = parsed.stages[1] else { return }
        #expect(items.map(\.function) == ["count", "avg"])
        #expect(items[0].argument == nil)
    }

    @Test func letAndDrop() throws {
        guard case .binding(let name, let span, let pipeline) = try parse("let uk = cases | count") else {
            Issue.record("not a binding")
            return
        }
        #expect(name == "uk" && span == Span(4, 6) && pipeline.source == "cases")
        #expect(try parse("drop uk") == .drop(name: "uk", nameSpan: Span(5, 7)))
    }

    @Test func keywordsIgnoreCase() throws {
        let parsed = try pipeline("t | WHERE a > 1 AND NOT b | Sort a DESC")
        #expect(parsed.stages.map(\.keyword) == ["where", "sort"])
    }

    @Test(arguments: [
        ("t | wher a", "unknown stage \"wher\"", Span(4, 8)),
        ("t | where a = 1", "\"=\" gives a name; to compare, write \"==\"", Span(12, 13)),
        ("t | where", "expected a value, a field or \"(\", but the statement ends here", Span(9, 9)),
        ("t | limit x", "expected how many rows to keep (a whole number), found \"x\"", Span(10, 11)),
        ("t | aggregate n = mean(a)", "unknown aggregate function \"mean\"", Span(18, 22)),
        ("t | sort a b", "unexpected \"b\" after the end of the statement", Span(11, 12)),
        ("t | join u", "expected \"on FIELD\" after the dataset to join, found the end of the statement", Span(10, 10)),
        ("t | where a is 3", "expected \"null\" or \"nan\" after \"is\", found the number 3", Span(15, 16)),
    ])
    func errorsNameWhatWasExpectedAndWhere(text: String, message: String, span: Span) {
        let diagnostic = error(text)
        #expect(diagnostic?.message == message)
        #expect(diagnostic?.span == span)
    }
}

@Suite struct QueryParserLimitTests {
    private func message(_ text: String) -> String? {
        let source = SourceText(name: "q", text: text)
        var parser = QueryParser(tokens: Lexer.tokens(of: source), source: source)
        do {
            _ = try parser.statement()
            return nil
        } catch {
            return (error as? Diagnostic)?.message
        }
    }

    @Test func deepNestingAndLongChainsAreErrorsNotCrashes() {
        let deep = "t | where " + String(repeating: "(", count: 300) + "x" + String(repeating: ")", count: 300)
        #expect(message(deep) == "expression nested too deeply (more than 200 levels)")
        let long = "t | where " + String(repeating: "x or ", count: 600) + "x"
        #expect(message(long) == "expression too long (more than 500 operators)")
        let fine = "t | where " + String(repeating: "(", count: 50) + "x" + String(repeating: ")", count: 50)
        #expect(message(fine) == nil)
    }
}
