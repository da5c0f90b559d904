import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// The `box` and `table` modes.
@Suite struct GridRenderingTests {
    typealias F = RenderingFixtures

    @Test func boxPinned() {
        #expect(F.render(F.cities, .box) == """
        ┌────────┬────────────┬─────────────────────────────────────────┐
        │ city   │ population │ motto                                   │
        ├────────┼────────────┼─────────────────────────────────────────┤
        │ Oslo   │     709037 │ say "hei", then go                      │
        │ Zürich │      421.5 │ null                                    │
        │ 東京   │       null │ a rather long motto that goes on and on │
        └────────┴────────────┴─────────────────────────────────────────┘
        note: illustrative data

        """)
    }

    @Test func tablePinned() {
        #expect(F.render(F.cities, .table) == """
        +--------+------------+-----------------------------------------+
        | city   | population | motto                                   |
        +--------+------------+-----------------------------------------+
        | Oslo   |     709037 | say "hei", then go                      |
        | Zürich |      421.5 | null                                    |
        | 東京   |       null | a rather long motto that goes on and on |
        +--------+------------+-----------------------------------------+
        note: illustrative data

        """)
    }

    @Test func fittedBoxPinned() {
        // Widest column shrinks first; the short ones keep their full text.
        #expect(F.render(F.cities, .box, maxWidth: 44) == """
        ┌────────┬────────────┬────────────────────┐
        │ city   │ population │ motto              │
        ├────────┼────────────┼────────────────────┤
        │ Oslo   │     709037 │ say "hei", then go │
        │ Zürich │      421.5 │ null               │
        │ 東京   │       null │ a rather long      │
        │        │            │ motto that goes on │
        │        │            │ and on             │
        └────────┴────────────┴────────────────────┘
        note: illustrative data

        """)
    }

    @Test(arguments: [OutputMode.box, .table, .line])
    func linesNeverExceedWidth(mode: OutputMode) {
        for width in 20...120 {
            let output = F.render(F.wide, mode, maxWidth: width, maxRows: 1)
            for line in F.lines(output) {
                #expect(DisplayWidth.of(String(line)) <= width, "\(mode) at \(width): \(line)")
            }
            #expect(output.contains("1 more row"), "\(mode) at \(width)")
        }
    }

    @Test func markdownIsNeverCutToFitATerminal() {
        // A handout must keep every cell whole: a Markdown row cannot wrap, so it is not fitted.
        let output = F.render(F.wide, .markdown, maxWidth: 30)
        #expect(output.contains("plain ascii text that is long enough"))
        #expect(!output.contains("more column"))
    }

    @Test func wrappedCellsKeepTheKeyAndShortValuesWhole() {
        let table = Table(columns: ["node", "role", "why"], rows: [
            [.text("la_partnerships"), .text("hub, gatekeeper"),
             .text("in-degree 10 ≥ 8.583; betweenness 0.233 ≥ 0.089")],
        ])
        // The first column keeps its width, "hub, gatekeeper" breaks at its space, and the
        // explanation wraps at words.
        #expect(F.render(table, .table, maxWidth: 50) == """
        +-----------------+---------------+--------------+
        | node            | role          | why          |
        +-----------------+---------------+--------------+
        | la_partnerships | hub,          | in-degree 10 |
        |                 | gatekeeper    | ≥ 8.583;     |
        |                 |               | betweenness  |
        |                 |               | 0.233 ≥      |
        |                 |               | 0.089        |
        +-----------------+---------------+--------------+

        """)
        // Too narrow for the explanation's longest word: the column goes, and the footer says so.
        #expect(F.render(table, .table, maxWidth: 40).contains("… 1 more column"))
    }

    @Test(arguments: [OutputMode.box, .table])
    func gridIsRectangularWhenFitted(mode: OutputMode) {
        for width in 20...120 {
            let grid = F.lines(F.render(F.wide, mode, maxWidth: width)).prefix(6)
            let widths = Set(grid.map { DisplayWidth.of(String($0)) })
            #expect(widths.count == 1, "\(mode) at \(width): \(widths)")
        }
    }

    @Test func fittingOnlyWhenNeeded() {
        let full = F.render(F.wide, .box)
        let naturalWidth = DisplayWidth.of(String(F.lines(full)[0]))
        #expect(F.render(F.wide, .box, maxWidth: naturalWidth) == full)
        #expect(F.render(F.wide, .box, maxWidth: naturalWidth - 1) != full)
        #expect(!full.contains("…"))
    }

    @Test func narrowTerminalDropsTrailingColumns() {
        #expect(F.render(F.wide, .box, maxWidth: 30, maxRows: 1) == """
        ┌────┬──────────┐
        │ id │ 名前     │
        ├────┼──────────┤
        │  1 │ 山田太郎 │
        └────┴──────────┘
        … 1 more row (`last` shows
          all)
        … 5 more columns: description,
          emoji, amount, comment,
          a_rather_long_column_name
          (use "mode line" or select
          fewer)
        (2 rows)
        note: a note long enough that
          it has to wrap on a narrow
          terminal, with 全角 text too

        """)
    }

    @Test func footerHintsAreWholeWhenThereIsRoom() {
        let output = F.render(F.wide, .table, maxWidth: 60)
        let unwrapped = output.replacingOccurrences(of: "\n  ", with: " ")
        #expect(unwrapped.contains("\n… 3 more columns: amount, comment, a_rather_long_column_name (use \"mode line\" or select fewer)\n"))
    }

    @Test func cellsStayOnOneLine() {
        // Breaks show as ↵, a tab as a space, and an escape character cannot reach the terminal.
        let table = Table(columns: ["text"], rows: [[.text("a\tb\nc\r\nd\u{1B}[31me")]])
        #expect(F.render(table, .box) == """
        ┌───────────────┐
        │ text          │
        ├───────────────┤
        │ a b↵c↵d\u{FFFD}[31me │
        └───────────────┘

        """)
    }

    @Test func rowLimit() {
        let output = F.render(F.numbers(25), .table, maxRows: 3)
        #expect(output == """
        +---+
        | n |
        +---+
        | 0 |
        | 1 |
        | 2 |
        +---+
        … 22 more rows (`last` shows all)
        (25 rows)

        """)
        #expect(F.render(F.numbers(4), .box, maxRows: 3).contains("\n… 1 more row (`last` shows all)\n(4 rows)\n"))
        #expect(!F.render(F.numbers(3), .box, maxRows: 3).contains("more row"))
    }

    @Test func rowCountOnlyForLongTables() {
        #expect(!F.render(F.numbers(20), .box).contains("rows)"))
        #expect(F.render(F.numbers(21), .box).hasSuffix("└────┘\n(21 rows)\n"))
    }

    @Test func emptyTablesShowHeaders() {
        let empty = Table(columns: ["city", "pop"])
        #expect(F.render(empty, .box) == """
        ┌──────┬─────┐
        │ city │ pop │
        ├──────┼─────┤
        └──────┴─────┘
        (0 rows)

        """)
        #expect(F.render(empty, .table) == """
        +------+-----+
        | city | pop |
        +------+-----+
        +------+-----+
        (0 rows)

        """)
    }

    @Test(arguments: OutputMode.allCases)
    func tinyOrOddLimitsStillRender(mode: OutputMode) {
        for width in -1...19 {
            let output = F.render(F.wide, mode, maxWidth: width, maxRows: width < 5 ? -1 : 1)
            #expect(output.hasSuffix("\n") && output.count > 1, "\(mode) at \(width)")
        }
    }

    @Test func noColumnsStillSaysSomething() {
        #expect(F.render(Table(columns: [], notes: ["n"]), .box) == "(no columns)\nnote: n\n")
    }

    @Test func raggedRowsArePaddedWithNull() {
        let table = Table(columns: ["a", "b"], rows: [[.integer(1)], [.integer(2), .integer(3), .integer(4)]])
        #expect(F.render(table, .table) == """
        +---+------+
        | a |    b |
        +---+------+
        | 1 | null |
        | 2 |    3 |
        +---+------+

        """)
    }

    @Test(arguments: [OutputMode.box, .table, .markdown, .line])
    func colourOnlyWhenAsked(mode: OutputMode) {
        let plain = F.render(F.wide, mode, maxWidth: 50, maxRows: 1)
        let colored = F.render(F.wide, mode, style: TextStyle(colored: true), maxWidth: 50, maxRows: 1)
        #expect(!plain.contains("\u{1B}"))
        #expect(colored.contains("\u{1B}[1m"))
        // Colour wraps the text only: with the codes removed, the layout is the same.
        #expect(F.stripEscapes(colored) == plain)
    }

    @Test func colourPaintsHeaderNullAndNotes() {
        let colored = F.render(F.cities, .box, style: TextStyle(colored: true))
        #expect(colored.contains("│ \u{1B}[1mcity\u{1B}[0m   │"))
        #expect(colored.contains("│ \u{1B}[2mnull\u{1B}[0m "))
        #expect(colored.contains("\u{1B}[2mnote: illustrative data\u{1B}[0m\n"))
    }
}
