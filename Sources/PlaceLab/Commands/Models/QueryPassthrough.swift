/// `sources`, `actions` and `factors` are also bundled datasets: `actions | where …` must stay a
/// query. A command of such a name hands a statement whose next token is `|` to the query runner.
enum QueryPassthrough {
    /// The query the statement spells, when a `|` follows the verb; nil for a plain command.
    static func statement(_ invocation: Invocation) throws -> QueryStatement? {
        guard invocation.tokens.first(where: { $0.kind != .newline })?.kind == .pipe else { return nil }
        let name = invocation.verb.hasPrefix(".") ? String(invocation.verb.dropFirst()) : invocation.verb
        let head = Token(.identifier, invocation.verbSpan, text: name, spaceBefore: false)
        var parser = QueryParser(tokens: [head] + invocation.tokens, source: invocation.source)
        return try parser.statement()
    }

    /// Runs the statement as a query if it is one; returns whether it was.
    static func run(_ invocation: Invocation, in session: Session) throws -> Bool {
        guard let query = try statement(invocation) else { return false }
        try QueryRunner(session: session).run(query)
        return true
    }
}
