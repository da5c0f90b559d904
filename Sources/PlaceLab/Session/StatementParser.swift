import PlaceLabCore
import PlaceLabLanguage

/// Parses a whole text (a script, a `-c` argument, a REPL entry) into checked statements.
///
/// Everything is parsed before anything runs, so a mistake on line 40 of a script runs nothing.
public struct StatementParser {
    public enum Outcome: Sendable {
        case statements([Statement])
        /// The text stops inside a statement; interactive input asks for another line.
        case incomplete(Opener)
        case failed([Diagnostic])
    }

    let registry: CommandRegistry

    public init(registry: CommandRegistry) {
        self.registry = registry
    }

    /// With `allowIncomplete`, text that stops inside a statement is `.incomplete` (the REPL
    /// asks for more); without it, that is an error (a script cannot get more lines).
    public func parse(_ source: SourceText, allowIncomplete: Bool = false) -> Outcome {
        let split = StatementSplitter.split(Lexer.tokens(of: source))
        var diagnostics = split.diagnostics.map { $0.located(in: source) }
        if allowIncomplete, diagnostics.isEmpty, let open = split.open {
            return .incomplete(open)
        }
        var statements: [Statement] = []
        let statementTokens = split.open == nil ? split.statements : Array(split.statements.dropLast())
        for tokens in statementTokens {
            do {
                statements.append(try statement(tokens, source))
            } catch let diagnostic as Diagnostic {
                diagnostics.append(diagnostic.located(in: source))
            } catch {
                diagnostics.append(Diagnostic("\(error)", at: tokens.first?.span).located(in: source))
            }
        }
        if let open = split.open, let span = split.openSpan {
            diagnostics.append(unclosed(open, span).located(in: source))
        }
        diagnostics.sort { ($0.span?.start ?? 0) < ($1.span?.start ?? 0) }
        return diagnostics.isEmpty ? .statements(statements) : .failed(diagnostics)
    }

    // statement := verb word*
    // verb      := identifier | "." identifier | "\" identifier | "\?"
    private func statement(_ tokens: [Token], _ source: SourceText) throws -> Statement {
        if isQuery(tokens) {
            var parser = QueryParser(tokens: tokens, source: source, tableCommands: registry.tableCommandNames)
            let span = tokens.first!.span.union(tokens.last!.span)
            let query = try parser.statement()
            try checkCommandSource(query, source)
            return .query(query, span, source)
        }
        let (verb, verbSpan, rest) = try splitVerb(tokens)
        if registry.lookup(verb) == nil, let habit = QueryHabits.stageFirst(tokens, source) { throw habit }
        let invocation = try registry.invocation(verb: verb, verbSpan: verbSpan, arguments: rest, source: source)
        return .command(invocation)
    }

    /// A query is a name followed by `|` (even a name that is also a command, such as the
    /// dataset and command `actions`), a name alone that is not a command, `let`/`drop`, or a
    /// command whose result is a table followed, after its words, by `|`.
    private func isQuery(_ tokens: [Token]) -> Bool {
        let first = tokens[0]
        if first.kind == .quotedIdentifier { return true }
        guard first.kind == .identifier else { return false }
        if tokens.count > 1, tokens[1].kind == .pipe { return true }
        if registry.tableCommandNames.contains(first.text.lowercased()),
           tokens.contains(where: { $0.kind == .pipe }) {
            return true
        }
        guard registry.lookup(first.text) == nil else { return false }
        let word = first.text.lowercased()
        return word == "let" || word == "drop" || tokens.count == 1
    }

    /// A command that starts a pipeline checks its words now, like any command.
    private func checkCommandSource(_ query: QueryStatement, _ source: SourceText) throws {
        let pipeline: Pipeline
        switch query {
        case .pipeline(let found), .binding(_, _, let found): pipeline = found
        case .drop: return
        }
        guard let arguments = pipeline.sourceArguments else { return }
        _ = try registry.invocation(verb: pipeline.source, verbSpan: pipeline.sourceSpan, arguments: arguments,
                                    source: source)
    }

    private func splitVerb(_ tokens: [Token]) throws -> (String, Span, [Token]) {
        let first = tokens[0]
        let second = tokens.count > 1 ? tokens[1] : nil
        switch first.kind {
        case .identifier:
            return (first.text, first.span, Array(tokens.dropFirst()))
        case .dot, .backslash:
            if let second, !second.spaceBefore, second.kind == .identifier || second.text == "?" {
                return (first.text + second.text, first.span.union(second.span), Array(tokens.dropFirst(2)))
            }
        default:
            break
        }
        throw Diagnostic("a statement starts with a command, not \(describe(first))", at: first.span,
                         help: "type \"help\" for the list of commands")
    }

    private func unclosed(_ open: Opener, _ span: Span) -> Diagnostic {
        switch open {
        case .quote: Diagnostic("unterminated string", at: span, help: "close it with \"")
        case .pipe: Diagnostic("the statement ends with \"|\": a stage must follow", at: span)
        default: Diagnostic("\"\(open.rawValue)\" is never closed", at: span)
        }
    }

    private func describe(_ token: Token) -> String {
        switch token.kind {
        case .string: "a string"
        case .number: "a number"
        case .error(let message): message
        default: "\"\(token.text)\""
        }
    }
}
