import PlaceLabCore

/// Parses one statement of the query language from its tokens.
///
/// Keywords are case-insensitive words; anything else is a name. Every error names what was
/// expected and points at what was found.
public struct QueryParser {
    private let tokens: [Token]
    private let source: SourceText
    private var index = 0
    /// Brackets, calls and prefix operators open inside one another.
    private var nesting = 0
    /// Operators in the statement so far.
    private var operators = 0

    /// Beyond these an expression would recurse deeper than the stack allows; no real
    /// query comes near them.
    static let maximumNesting = 200
    static let maximumOperators = 500

    public static let stageKeywords = ["where", "select", "sort", "limit", "distinct", "count", "group",
                                       "aggregate", "join", "left", "first", "last", "compare", "chart", "with"]
    public static let aggregateFunctions = ["count", "sum", "avg", "min", "max", "median", "list"]

    /// Commands whose result is a table and may therefore start a pipeline.
    private let tableCommands: Set<String>

    public init(tokens: [Token], source: SourceText, tableCommands: Set<String> = []) {
        self.tokens = tokens.filter { $0.kind != .newline }
        self.source = source
        self.tableCommands = tableCommands
    }

    // statement := "let" NAME "=" pipeline | "drop" NAME | pipeline
    public mutating func statement() throws -> QueryStatement {
        let result: QueryStatement
        if isKeyword("let") {
            advance()
            let name = try name("a name for the result")
            try expect(.equal, "\"=\" after the name")
            result = .binding(name: name.text, nameSpan: name.span, try pipeline())
        } else if isKeyword("drop") {
            advance()
            let name = try name("the name to drop")
            result = .drop(name: name.text, nameSpan: name.span)
        } else {
            result = .pipeline(try pipeline())
        }
        if let extra = current, extra.kind != .endOfInput {
            throw Diagnostic("unexpected \(describe(extra)) after the end of the statement", at: extra.span,
                             help: "stages are joined with \"|\"")
        }
        return result
    }

    // pipeline := (NAME | COMMAND word*) ("|" stage)*
    mutating func pipeline() throws -> Pipeline {
        let start = current?.span ?? endSpan
        let isCommand = current?.kind == .identifier && tableCommands.contains(current!.text.lowercased())
        let source = try name("a dataset name")
        var arguments: [Token]?
        if isCommand {
            arguments = []
            while let token = current, token.kind != .pipe, token.kind != .endOfInput {
                arguments!.append(token)
                advance()
            }
        }
        let stagesStart = index
        var stages: [Stage] = []
        while current?.kind == .pipe {
            if let last = stages.last, last.onlyShows {
                throw Diagnostic("\(last.keyword) must be the last stage of a query", at: last.span,
                                 help: "put the other stages before it, as in: cases | where … | \(last.keyword)")
            }
            advance()
            if isKeyword("export") {
                let target = try exportTarget()
                return Pipeline(source: source.text, sourceSpan: source.span, sourceArguments: arguments, stages: stages,
                                span: start.union(previousSpan), namesUsed: namesUsed(stages, from: stagesStart),
                                exportTarget: target)
            }
            if isKeyword("plot") {
                let target = try plotTarget()
                return Pipeline(source: source.text, sourceSpan: source.span, sourceArguments: arguments, stages: stages,
                                span: start.union(previousSpan), namesUsed: nil, plotTarget: target)
            }
            stages.append(try stage())
        }
        return Pipeline(source: source.text, sourceSpan: source.span, sourceArguments: arguments, stages: stages,
                        span: start.union(previousSpan), namesUsed: namesUsed(stages, from: stagesStart))
    }

    /// Every word in the stages (field names among them; keywords are harmless extras),
    /// or nil when no stage narrows the columns.
    private func namesUsed(_ stages: [Stage], from start: Int) -> Set<String>? {
        let narrows = stages.contains { stage in
            switch stage {
            case .select, .count, .aggregate: true
            default: false
            }
        }
        guard narrows else { return nil }
        return Set(tokens[start..<index].filter { $0.kind == .identifier || $0.kind == .quotedIdentifier }
            .map { $0.text.lowercased() })
    }

    // stage := where EXPR | select ITEMS | sort KEYS | limit N | distinct [FIELDS] | count
    //        | group FIELDS | aggregate ITEMS | [left] join NAME on FIELD [== FIELD] | first [N] | last [N]
    //        | compare [on FIELDS] | chart FIELD [by FIELD] | with basis
    private mutating func stage() throws -> Stage {
        guard let token = current, token.kind == .identifier else {
            throw Diagnostic("expected a stage after \"|\", found \(describe(current))", at: current?.span ?? endSpan,
                             help: "stages: \(QueryParser.stageKeywords.filter { $0 != "left" }.joined(separator: ", "))")
        }
        let keyword = token.text.lowercased()
        let start = token.span
        advance()
        switch keyword {
        case "where":
            let condition = try expression()
            return .filter(condition, start.union(previousSpan))
        case "select":
            let items = try commaList { try $0.selectItem() }
            return .select(items, start.union(previousSpan))
        case "sort":
            let keys = try commaList { try $0.sortKey() }
            return .sort(keys, start.union(previousSpan))
        case "limit":
            return .limit(try count("how many rows to keep"), start.union(previousSpan))
        case "distinct":
            let fields = atStageEnd ? [] : try commaList { try $0.fieldReference() }
            return .distinct(fields, start.union(previousSpan))
        case "count":
            return .count(start)
        case "group":
            let fields = try commaList { try $0.fieldReference() }
            return .group(fields, start.union(previousSpan))
        case "aggregate":
            let items = try commaList { try $0.aggregateItem() }
            return .aggregate(items, start.union(previousSpan))
        case "join":
            return .join(try joinClause(keepUnmatched: false), start.union(previousSpan))
        case "left":
            guard isKeyword("join") else {
                throw Diagnostic("expected \"join\" after \"left\", found \(describe(current))", at: current?.span ?? endSpan)
            }
            advance()
            return .join(try joinClause(keepUnmatched: true), start.union(previousSpan))
        case "first", "last":
            let rows = atStageEnd ? 1 : try count("how many rows")
            return keyword == "first" ? .first(rows, start.union(previousSpan)) : .last(rows, start.union(previousSpan))
        case "compare":
            guard !atStageEnd else { return .compare([], start) }
            guard isKeyword("on") else {
                throw Diagnostic("expected \"on\" and facets after compare, found \(describe(current))",
                                 at: current?.span ?? endSpan, help: "as in: … | compare on phase, authority")
            }
            advance()
            let facets = try commaList { try $0.fieldReference() }
            return .compare(facets, start.union(previousSpan))
        case "chart":
            guard !atStageEnd else {
                throw Diagnostic("chart needs the numeric field to draw", at: start,
                                 help: "as in: … | chart authority by name")
            }
            let value = try fieldReference()
            var label: FieldReference?
            if isKeyword("by") {
                advance()
                label = try fieldReference()
            }
            return .chart(ChartRequest(value: value, label: label), start.union(previousSpan))
        case "with":
            guard isKeyword("basis") else {
                throw Diagnostic("expected \"basis\" after with, found \(describe(current))", at: current?.span ?? endSpan,
                                 help: "as in: cases | with basis")
            }
            advance()
            return .withBasis(start.union(previousSpan))
        default:
            throw Diagnostic.unknown("stage", token.text, at: token.span,
                                     among: QueryParser.stageKeywords.filter { $0 != "left" })
        }
    }

    // export := "export" "to" FILE        (only last: the result is written, not shown)
    private mutating func exportTarget() throws -> ExportTarget {
        let start = current!.span
        advance()
        guard isKeyword("to") else {
            throw Diagnostic("expected \"to\" and a file after export, found \(describe(current))",
                             at: current?.span ?? endSpan, help: "as in: … | export to result.csv")
        }
        advance()
        var tokens: [Token] = []
        while let token = current, token.kind != .endOfInput {
            if token.kind == .pipe {
                throw Diagnostic("export must be the last stage of a query", at: start.union(previousSpan),
                                 help: "put the other stages before it, as in: cases | where … | export to result.csv")
            }
            tokens.append(token)
            advance()
        }
        let words = Word.words(from: tokens)
        guard let path = words.first else {
            throw Diagnostic("export needs a file after \"to\"", at: endSpan, help: "as in: … | export to result.csv")
        }
        if words.count > 1 {
            throw Diagnostic("export takes one file", at: words[1].span.union(words[words.count - 1].span),
                             help: "quote a name with spaces: export to \"my result.csv\"")
        }
        guard let format = ExportFormat(path: path.text), format.writesTables else {
            throw Diagnostic("a query's result is a table: it is written as "
                                 + ExportFormat.tableExtensions.joined(separator: ", "), at: path.span,
                             help: "a whole network is exported by name: export NAME to FILE.graphml")
        }
        return ExportTarget(path: path.text, pathSpan: path.span, span: start.union(previousSpan))
    }

    // plot := "plot" KIND WORD* "to" FILE.svg        (only last: the rows are drawn, not shown)
    private mutating func plotTarget() throws -> PlotTarget {
        let start = current!.span
        advance()
        var tokens: [Token] = []
        while let token = current, token.kind != .endOfInput {
            if token.kind == .pipe {
                throw Diagnostic("plot must be the last stage of a query", at: start.union(previousSpan),
                                 help: "put the other stages before it, as in: cases | where … | plot lifecycle to cases.svg")
            }
            tokens.append(token)
            advance()
        }
        let words = Word.words(from: tokens)
        let kinds = PlotTarget.kinds
        guard let kind = words.first, !kind.quoted, kinds.contains(kind.text.lowercased()) else {
            let found = words.first.map { "\"\($0.text)\"" } ?? "nothing"
            throw Diagnostic("expected what to draw after plot (\(kinds.joined(separator: ", "))), found \(found)",
                             at: words.first?.span ?? endSpan,
                             help: "as in: cases | where … | plot triangle to cases.svg; network gouda | where … | plot network to gouda.svg")
        }
        let example = "as in: … | plot \(kind.text.lowercased()) to \(kind.text.lowercased()).svg"
        guard let to = words.indices.dropFirst().last(where: { !words[$0].quoted && words[$0].text.lowercased() == "to" }) else {
            throw Diagnostic("plot needs \"to FILE.svg\" at the end: the file to write", at: endSpan, help: example)
        }
        guard to + 1 < words.count else {
            throw Diagnostic("plot needs a file after \"to\", ending in .svg", at: endSpan, help: example)
        }
        if to + 2 < words.count {
            throw Diagnostic("plot takes one file", at: words[to + 2].span.union(words[words.count - 1].span),
                             help: "quote a name with spaces: to \"my figure.svg\"")
        }
        let file = words[to + 1]
        guard file.text.lowercased().hasSuffix(".svg"), file.text.count > 4 else {
            throw Diagnostic("plot writes SVG: the file name must end in .svg, not \"\(file.text)\"", at: file.span,
                             help: example)
        }
        return PlotTarget(kind: kind.text.lowercased(), kindSpan: kind.span, clauses: Array(words[1..<to]),
                          path: file.text, pathSpan: file.span, span: start.union(previousSpan))
    }

    // item := NAME "=" EXPR | EXPR ["as" NAME]
    private mutating func selectItem() throws -> SelectItem {
        if let first = current, first.kind == .identifier || first.kind == .quotedIdentifier,
           index + 1 < tokens.count, tokens[index + 1].kind == .equal {
            advance(2)
            return SelectItem(expression: try expression(), name: first.text)
        }
        let expression = try expression()
        if isKeyword("as") {
            advance()
            return SelectItem(expression: expression, name: try name("a column name after \"as\"").text)
        }
        if case .field(let name, _) = expression { return SelectItem(expression: expression, name: name) }
        return SelectItem(expression: expression, name: source.slice(expression.span))
    }

    // key := EXPR ["asc" | "desc"]
    private mutating func sortKey() throws -> SortKey {
        let expression = try expression()
        if isKeyword("desc") {
            advance()
            return SortKey(expression: expression, descending: true)
        }
        if isKeyword("asc") { advance() }
        return SortKey(expression: expression, descending: false)
    }

    // item := NAME "=" FUNC "(" [EXPR | "*"] ")"
    private mutating func aggregateItem() throws -> AggregateItem {
        let name = try name("a name for the aggregate, as in n = count()")
        try expect(.equal, "\"=\" after \"\(name.text)\", as in \(name.text) = count()")
        guard let function = current, function.kind == .identifier else {
            throw Diagnostic("expected an aggregate function, found \(describe(current))", at: current?.span ?? endSpan,
                             help: "functions: \(QueryParser.aggregateFunctions.joined(separator: ", "))")
        }
        let lowered = function.text.lowercased()
        guard QueryParser.aggregateFunctions.contains(lowered) else {
            throw Diagnostic.unknown("aggregate function", function.text, at: function.span, among: QueryParser.aggregateFunctions)
        }
        advance()
        try expect(.leftParen, "\"(\" after \(lowered)")
        var argument: Expression?
        if current?.kind == .star {
            advance()
        } else if current?.kind != .rightParen {
            argument = try expression()
        }
        try expect(.rightParen, "\")\" to close \(lowered)(")
        if argument == nil, lowered != "count" {
            throw Diagnostic("\(lowered) needs a field, as in \(lowered)(authority)", at: function.span.union(previousSpan))
        }
        return AggregateItem(name: name.text, function: lowered, functionSpan: function.span, argument: argument,
                             span: name.span.union(previousSpan))
    }

    // join := NAME "on" FIELD ["==" FIELD]
    private mutating func joinClause(keepUnmatched: Bool) throws -> JoinClause {
        let other = try name("the dataset to join")
        guard isKeyword("on") else {
            throw Diagnostic("expected \"on FIELD\" after the dataset to join, found \(describe(current))",
                             at: current?.span ?? endSpan, help: "as in: join realms on realm == id")
        }
        advance()
        let left = try fieldReference()
        var right = left
        if current?.kind == .equalEqual || current?.kind == .equal {
            advance()
            right = try fieldReference()
        }
        return JoinClause(other: other.text, otherSpan: other.span, leftField: left, rightField: right,
                          keepUnmatched: keepUnmatched)
    }

    // MARK: - Expressions

    // expr := and ("or" and)*
    mutating func expression() throws -> Expression {
        var left = try conjunction()
        while isKeyword("or") {
            advance()
            let right = try conjunction()
            try countOperator(right.span)
            left = .binary(.or, left, right, left.span.union(right.span))
        }
        return left
    }

    // and := not ("and" not)*
    private mutating func conjunction() throws -> Expression {
        var left = try negation()
        while isKeyword("and") {
            advance()
            let right = try negation()
            try countOperator(right.span)
            left = .binary(.and, left, right, left.span.union(right.span))
        }
        return left
    }

    // not := "not" not | comparison
    private mutating func negation() throws -> Expression {
        if isKeyword("not") {
            let start = current!.span
            advance()
            try enter(start)
            defer { leave() }
            let operand = try negation()
            return .unary(.not, operand, start.union(operand.span))
        }
        return try comparison()
    }

    // comparison := sum [OP sum | "~" sum | "contains" sum | "starts" "with" sum | ["not"] "in" sum | "is" ["not"] ("null" | "nan")]
    private mutating func comparison() throws -> Expression {
        let left = try sum()
        let symbolic: [Token.Kind: BinaryOperator] = [
            .equalEqual: .equal, .notEqual: .notEqual, .less: .less, .lessEqual: .lessEqual,
            .greater: .greater, .greaterEqual: .greaterEqual, .tilde: .matches,
        ]
        if let token = current, let op = symbolic[token.kind] {
            advance()
            try countOperator(token.span)
            let right = try sum()
            return .binary(op, left, right, left.span.union(right.span))
        }
        if current?.kind == .equal {
            throw Diagnostic("\"=\" gives a name; to compare, write \"==\"", at: current!.span)
        }
        if isKeyword("contains") {
            advance()
            let right = try sum()
            return .binary(.contains, left, right, left.span.union(right.span))
        }
        if isKeyword("starts") {
            advance()
            guard isKeyword("with") else {
                throw Diagnostic("expected \"with\" after \"starts\", found \(describe(current))", at: current?.span ?? endSpan)
            }
            advance()
            let right = try sum()
            return .binary(.startsWith, left, right, left.span.union(right.span))
        }
        if isKeyword("in") || (isKeyword("not") && index + 1 < tokens.count && tokens[index + 1].text.lowercased() == "in") {
            let negated = isKeyword("not")
            advance(negated ? 2 : 1)
            let right = try sum()
            let test = Expression.binary(.in, left, right, left.span.union(right.span))
            return negated ? .unary(.not, test, test.span) : test
        }
        if isKeyword("is") {
            advance()
            let negated = isKeyword("not")
            if negated { advance() }
            if isKeyword("nan") {
                advance()
                return .isNaN(left, negated: negated, left.span.union(previousSpan))
            }
            guard isKeyword("null") else {
                throw Diagnostic("expected \"null\" or \"nan\" after \"is\", found \(describe(current))", at: current?.span ?? endSpan,
                                 help: "to compare values, write ==")
            }
            advance()
            return .isNull(left, negated: negated, left.span.union(previousSpan))
        }
        return left
    }

    // sum := product (("+" | "-") product)*
    private mutating func sum() throws -> Expression {
        var left = try product()
        while let token = current, token.kind == .plus || token.kind == .minus {
            advance()
            let right = try product()
            try countOperator(token.span)
            left = .binary(token.kind == .plus ? .plus : .minus, left, right, left.span.union(right.span))
        }
        return left
    }

    // product := unary (("*" | "/") unary)*
    private mutating func product() throws -> Expression {
        var left = try unary()
        while let token = current, token.kind == .star || token.kind == .slash {
            advance()
            let right = try unary()
            try countOperator(token.span)
            left = .binary(token.kind == .star ? .times : .divide, left, right, left.span.union(right.span))
        }
        return left
    }

    // unary := "-" unary | primary
    private mutating func unary() throws -> Expression {
        if let token = current, token.kind == .minus {
            advance()
            try enter(token.span)
            defer { leave() }
            let operand = try unary()
            if case .literal(.integer(let number), let span) = operand { return .literal(.integer(-number), token.span.union(span)) }
            if case .literal(.number(let number), let span) = operand { return .literal(.number(-number), token.span.union(span)) }
            return .unary(.negate, operand, token.span.union(operand.span))
        }
        return try primary()
    }

    // primary := NUMBER | STRING | true | false | null | "[" items "]" | NAME "(" args ")" | FIELD | "(" expr ")"
    private mutating func primary() throws -> Expression {
        guard let token = current, token.kind != .endOfInput else {
            throw Diagnostic("expected a value, a field or \"(\", but the statement ends here", at: endSpan)
        }
        switch token.kind {
        case .number:
            advance()
            if let integer = Int(token.text) { return .literal(.integer(integer), token.span) }
            guard let number = Double(token.text) else { throw Diagnostic("\"\(token.text)\" is not a number", at: token.span) }
            return .literal(.number(number), token.span)
        case .string:
            advance()
            return .literal(.text(token.text), token.span)
        case .leftBracket:
            advance()
            try enter(token.span)
            defer { leave() }
            var items: [Expression] = []
            if current?.kind != .rightBracket {
                items = try commaList { try $0.expression() }
            }
            try expect(.rightBracket, "\"]\" to close the list")
            return .list(items, token.span.union(previousSpan))
        case .leftParen:
            advance()
            try enter(token.span)
            defer { leave() }
            let inner = try expression()
            let opened = source.location(of: token.span.start)
            try expect(.rightParen, "\")\" to close the \"(\" at \(opened.line):\(opened.column)")
            return inner.spanning(token.span.union(previousSpan))
        case .identifier:
            switch token.text.lowercased() {
            case "true": advance(); return .literal(.bool(true), token.span)
            case "false": advance(); return .literal(.bool(false), token.span)
            case "null": advance(); return .literal(.null, token.span)
            default: break
            }
            if index + 1 < tokens.count, tokens[index + 1].kind == .leftParen, !tokens[index + 1].spaceBefore {
                advance(2)
                try enter(token.span)
                defer { leave() }
                var arguments: [Expression] = []
                if current?.kind != .rightParen { arguments = try commaList { try $0.expression() } }
                try expect(.rightParen, "\")\" to close \(token.text)(")
                return .call(token.text.lowercased(), arguments, token.span.union(previousSpan))
            }
            let field = try fieldReference()
            return .field(field.name, field.span)
        case .quotedIdentifier:
            let field = try fieldReference()
            return .field(field.name, field.span)
        case .error(let message):
            throw Diagnostic(message, at: token.span)
        case .symbol where token.text == "'":
            throw QueryHabits.singleQuote(at: index, in: tokens, source)
        default:
            throw Diagnostic("expected a value, a field or \"(\", found \(describe(token))", at: token.span)
        }
    }

    // field := NAME ["." NAME]
    private mutating func fieldReference() throws -> FieldReference {
        let first = try name("a field name")
        if let dot = current, dot.kind == .dot, !dot.spaceBefore, index + 1 < tokens.count,
           tokens[index + 1].kind == .identifier || tokens[index + 1].kind == .quotedIdentifier {
            advance()
            let second = try name("a field name after \".\"")
            return FieldReference(name: first.text + "." + second.text, span: first.span.union(second.span))
        }
        return FieldReference(name: first.text, span: first.span)
    }

    // MARK: - Limits

    private mutating func enter(_ span: Span) throws {
        nesting += 1
        if nesting > QueryParser.maximumNesting {
            throw Diagnostic("expression nested too deeply (more than \(QueryParser.maximumNesting) levels)", at: span,
                             help: "split it with let, or simplify it")
        }
    }

    private mutating func leave() { nesting -= 1 }

    private mutating func countOperator(_ span: Span) throws {
        operators += 1
        if operators > QueryParser.maximumOperators {
            throw Diagnostic("expression too long (more than \(QueryParser.maximumOperators) operators)", at: span,
                             help: "split it with let, or use in [...] instead of a chain of or")
        }
    }

    // MARK: - Tokens

    private var current: Token? { index < tokens.count ? tokens[index] : nil }
    private var previousSpan: Span { index > 0 ? tokens[index - 1].span : endSpan }
    private var endSpan: Span {
        let end = tokens.last(where: { $0.kind != .endOfInput })?.span.end ?? 0
        return Span(end, end)
    }
    private var atStageEnd: Bool { current == nil || current?.kind == .pipe || current?.kind == .endOfInput }

    private mutating func advance(_ count: Int = 1) { index = min(index + count, tokens.count) }

    private func isKeyword(_ word: String) -> Bool {
        guard let token = current, token.kind == .identifier else { return false }
        return token.text.lowercased() == word
    }

    private mutating func expect(_ kind: Token.Kind, _ what: String) throws {
        guard current?.kind == kind else {
            throw Diagnostic("expected \(what), found \(describe(current))", at: current?.span ?? endSpan)
        }
        advance()
    }

    private mutating func name(_ what: String) throws -> (text: String, span: Span) {
        guard let token = current, token.kind == .identifier || token.kind == .quotedIdentifier else {
            throw Diagnostic("expected \(what), found \(describe(current))", at: current?.span ?? endSpan)
        }
        advance()
        return (token.text, token.span)
    }

    private mutating func count(_ what: String) throws -> Int {
        guard let token = current, token.kind == .number, let value = Int(token.text), value >= 0 else {
            throw Diagnostic("expected \(what) (a whole number), found \(describe(current))", at: current?.span ?? endSpan)
        }
        advance()
        return value
    }

    private mutating func commaList<T>(_ item: (inout QueryParser) throws -> T) throws -> [T] {
        var items = [try item(&self)]
        while current?.kind == .comma {
            advance()
            items.append(try item(&self))
        }
        return items
    }

    private func describe(_ token: Token?) -> String {
        guard let token, token.kind != .endOfInput else { return "the end of the statement" }
        switch token.kind {
        case .string: return "the string \"\(token.text)\""
        case .number: return "the number \(token.text)"
        case .error(let message): return message
        default: return "\"\(token.text)\""
        }
    }
}
