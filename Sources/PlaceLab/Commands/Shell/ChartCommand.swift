import PlaceLabCore
import PlaceLabLanguage

/// `chart FIELD [by LABEL]`: the last result's numeric field as horizontal bars.
struct ChartCommand: Command {
    let name = "chart"
    let category = CommandCategory.output
    let summary = "draw a result's numeric field as horizontal bars"
    let usage = "chart FIELD [by LABEL]"
    let details = """
        Draws one numeric field of the last result as horizontal bars, one per row in the \
        result's order, each labelled by LABEL — by default the name field, or else the first \
        text field (node, id, …), or else the row's number — with the value printed at the end \
        of the bar. Bars start at zero; negative values grow to the left of the axis, and an \
        unknown value (null) gets no bar. On a terminal the chart fits the window; elsewhere \
        it is 80 columns wide. Box mode draws with block characters to an eighth of a column; \
        table and markdown mode with "#". In csv, tsv, json and line mode chart gives the \
        numbers it would draw, as a table (LABEL, FIELD), so an export stays data.
        The result's notes are printed under the chart (an illustrative network says so), and \
        a field PlaceLab inferred, such as the cases' authority, capacity and value teaching \
        estimates, is marked "(inferred)".
        As the last stage of a query, chart draws the query's result and keeps it as the last \
        result: cases | where … | chart FIELD [by LABEL]; a let cannot keep a chart.
        """
    let examples = [
        CommandExample("cases | where authority is not null | chart authority", "the cases' authority estimates as bars"),
        CommandExample("cases | where capacity is not null | sort capacity desc | chart capacity by id",
                       "sorted, labelled by id"),
        CommandExample("cases | select name, authority, capacity; chart capacity",
                       "the command charts the last result: another field of the same rows"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        switch index {
        case 0, 2: .resultField
        case 1: .choice(["by"])
        default: .none
        }
    }

    /// The field and the label, from `FIELD [by LABEL]`.
    private func request(_ invocation: Invocation) throws -> ChartRequest {
        let value = try invocation.word(0, "the numeric field to draw, as in: chart authority")
        let words = invocation.words
        guard words.count > 1 else {
            return ChartRequest(value: FieldReference(name: value.text, span: value.span), label: nil)
        }
        guard words[1].text.lowercased() == "by", !words[1].quoted else {
            throw Diagnostic("expected \"by\" before the label field, found \"\(words[1].text)\"", at: words[1].span,
                             help: "usage: \(usage)")
        }
        let label = try invocation.word(2, "the field that labels the bars, after \"by\"")
        try invocation.expectAtMost(3)
        return ChartRequest(value: FieldReference(name: value.text, span: value.span),
                            label: FieldReference(name: label.text, span: label.span))
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        _ = try request(invocation)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let request = try request(invocation)
        guard let table = session.lastResult else {
            throw Diagnostic("there is no result yet to chart", at: invocation.verbSpan,
                             help: "run a query first, or chart in it: cases | chart authority")
        }
        try ResultChart(table, request: request, origin: "the last result").show(in: session)
    }
}
