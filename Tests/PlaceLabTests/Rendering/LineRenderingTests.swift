import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// The `line` mode.
@Suite struct LineRenderingTests {
    typealias F = RenderingFixtures

    @Test func linePinned() {
        #expect(F.render(F.cities, .line) == """
              city = Oslo
        population = 709037
             motto = say "hei", then go

              city = Zürich
        population = 421.5
             motto = null

              city = 東京
        population = null
             motto = a rather long motto that goes on and on

        note: illustrative data

        """)
    }

    @Test func valuesWrapUnderTheValueColumn() {
        // 17 columns: a 4-wide name, " = ", then 10 for the value.
        let table = Table(columns: ["k", "text"], rows: [[.text(""), .text("one two three four\nfive")]])
        #expect(F.render(table, .line, maxWidth: 17) == """
           k =
        text = one two
               three four
               five

        """)
    }

    @Test func rowLimitAndEmptyTable() {
        #expect(F.render(F.numbers(5), .line, maxRows: 2) == """
        n = 0

        n = 1

        … 3 more rows (`last` shows all)

        """)
        #expect(F.render(Table(columns: ["n"]), .line) == "(0 rows)\n")
    }
}
