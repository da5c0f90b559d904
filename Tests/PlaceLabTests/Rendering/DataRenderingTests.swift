import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// The data modes: `csv`, `tsv` and `json`.
@Suite struct DataRenderingTests {
    typealias F = RenderingFixtures

    @Test func csvPinned() {
        #expect(F.render(F.cities, .csv) == """
        city,population,motto
        Oslo,709037,"say ""hei"", then go"
        Zürich,421.5,
        東京,,a rather long motto that goes on and on

        """)
    }

    @Test func csvQuotesOnlyWhenNeeded() {
        let table = Table(columns: ["a,b", "plain"], rows: [
            [.text("line\nbreak"), .text("cr\rhere")],
            [.list([.text("x"), .integer(2)]), .bool(true)],
            [.text(" spaced "), .number(-0.5)],
        ])
        #expect(F.render(table, .csv) == "\"a,b\",plain\n\"line\nbreak\",\"cr\rhere\"\n\"x, 2\",true\n spaced ,-0.5\n")
    }

    @Test func tsvPinned() {
        #expect(F.render(F.cities, .tsv)
            == "city\tpopulation\tmotto\n"
            + "Oslo\t709037\tsay \"hei\", then go\n"
            + "Zürich\t421.5\t\n"
            + "東京\t\ta rather long motto that goes on and on\n")
    }

    @Test func tsvQuotesTabsLineBreaksAndALeadingQuoteAndKeepsBackslashes() {
        let table = Table(columns: ["a\tb", "path"], rows: [[.text("x\ty\nz"), .text("C:\\temp")],
                                                          [.text("\"hi\" there"), .text("say \"hei\"")]])
        #expect(F.render(table, .tsv)
            == "\"a\tb\"\tpath\n\"x\ty\nz\"\tC:\\temp\n\"\"\"hi\"\" there\"\tsay \"hei\"\n")
    }

    @Test func jsonPinned() {
        #expect(F.render(F.cities, .json) == #"""
        [
        {"city":"Oslo","population":709037,"motto":"say \"hei\", then go"},
        {"city":"Zürich","population":421.5,"motto":null},
        {"city":"東京","population":null,"motto":"a rather long motto that goes on and on"}
        ]

        """#)
    }

    @Test func jsonValues() {
        let table = Table(columns: ["k"], rows: [
            [.bool(false)], [.integer(-42)], [.number(0.1)], [.number(1e300)], [.number(3)],
            [.number(.nan)], [.number(-.infinity)],
            [.list([.null, .text("a"), .list([.integer(1)])])],
            [.text("q\"b\\s/\n\t\r\u{8}\u{C}\u{1}\u{1F}é")],
        ])
        #expect(F.render(table, .json) == #"""
        [
        {"k":false},
        {"k":-42},
        {"k":0.1},
        {"k":1e+300},
        {"k":3},
        {"k":"NaN"},
        {"k":"-inf"},
        {"k":[null,"a",[1]]},
        {"k":"q\"b\\s/\n\t\r\b\f\u0001\u001fé"}
        ]

        """#)
    }

    @Test func jsonKeepsColumnOrderAndEscapesKeys() {
        let table = Table(columns: ["z", "a\"", "m"], rows: [[.integer(1), .integer(2)]])
        #expect(F.render(table, .json) == "[\n{\"z\":1,\"a\\\"\":2,\"m\":null}\n]\n")
    }

    @Test func emptyTables() {
        let empty = Table(columns: ["a", "b"], notes: ["ignored"])
        #expect(F.render(empty, .csv) == "a,b\n")
        #expect(F.render(empty, .tsv) == "a\tb\n")
        #expect(F.render(empty, .json) == "[]\n")
    }

    @Test(arguments: [OutputMode.csv, .tsv, .json])
    func dataModesIgnoreTerminalLimitsAndColour(mode: OutputMode) {
        let full = F.render(F.wide, mode)
        let limited = F.render(F.wide, mode, style: TextStyle(colored: true), maxWidth: 20, maxRows: 1)
        #expect(limited == full)
        #expect(!full.contains("\u{1B}"))
        #expect(!full.contains("note"))
        #expect(full.contains("一二三四五六七八九十一二三四五六七八九十"))
    }
}
