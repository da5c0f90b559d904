import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// number(), integer(), text(), date(): a value that does not convert gives null, never a trap.
@Suite struct CastTests {
    @Test func numberReadsDecimalsAndNothingElse() {
        #expect(Cast.number(.text(" 3.5 ")) == .number(3.5))
        #expect(Cast.number(.integer(7)) == .number(7))
        #expect(Cast.number(.text("-2e3")) == .number(-2000))
        #expect(Cast.number(.text("n/a")) == .null)
        #expect(Cast.number(.text("0x10")) == .null)
        #expect(Cast.number(.text("")) == .null)
        #expect(Cast.number(.bool(true)) == .number(1))
        #expect(Cast.number(.text("NaN")).isNaN)
    }

    @Test func integerIsExactOrRoundsAndNeverTraps() {
        #expect(Cast.integer(.text("030001")) == .integer(30001))
        #expect(Cast.integer(.text("9223372036854775807")) == .integer(Int.max))
        #expect(Cast.integer(.text("9223372036854775808")) == .null)
        #expect(Cast.integer(.number(2.5)) == .integer(3))
        #expect(Cast.integer(.number(-2.5)) == .integer(-3))
        #expect(Cast.integer(.number(.nan)) == .null)
        #expect(Cast.integer(.number(.infinity)) == .null)
        #expect(Cast.integer(.number(9.3e18)) == .null)
        #expect(Cast.integer(.number(-9_223_372_036_854_775_808)) == .integer(Int.min))
        #expect(Cast.integer(.text("+12")) == .integer(12))
        #expect(Cast.integer(.text("twelve")) == .null)
    }

    @Test func textShowsValuesAsTablesDo() {
        #expect(Cast.text(.number(3.0)) == .text("3"))
        #expect(Cast.text(.number(.nan)) == .text("NaN"))
        #expect(Cast.text(.bool(false)) == .text("false"))
        #expect(Cast.text(.null) == .null)
    }

    @Test func datesAreCheckedAndPutInOneNormalForm() {
        #expect(DateText.normalized("2024-02-29") == "2024-02-29")
        #expect(DateText.normalized("2023-02-29") == nil)
        #expect(DateText.normalized("2024-13-01") == nil)
        #expect(DateText.normalized("2024-3-5") == nil)
        #expect(DateText.normalized("2024-03-05 14:30") == "2024-03-05T14:30:00")
        #expect(DateText.normalized("2024-03-05T14:30:00.500Z") == "2024-03-05T14:30:00.5+00:00")
        #expect(DateText.normalized("2024-01-01T01:00:00+02:00") == "2023-12-31T23:00:00+00:00")
        #expect(DateText.normalized("2024-02-28T23:00:00-0130") == "2024-02-29T00:30:00+00:00")
        #expect(DateText.normalized("2024-03-05T25:00") == nil)
        #expect(DateText.normalized("") == nil)
        #expect(Cast.date(.integer(20240305)) == .null)
    }

    /// Local timestamps among themselves, and UTC ones (any offset) among themselves.
    @Test(arguments: [
        ["2023-12-31T23:59:59", "2024-01-01", "2024-01-01T00:00:00", "2024-01-01T00:00:00.25", "2024-01-01T00:00:01"],
        ["2023-12-31T23:59:59Z", "2024-01-01T01:00:00+01:00", "2024-01-01T00:00:00.5Z", "2024-01-01T00:00:01Z",
         "2024-01-01T00:00:00-10:00"],
    ])
    func normalFormTextSortsAsTimeDoes(_ inTimeOrder: [String]) {
        let normal = inTimeOrder.map { DateText.normalized($0)! }
        #expect(normal.sorted { ValueOrder.textOrder($0, $1) < 0 } == normal)
    }

    @Test func singleQuotesAreStringsOnlyWhereTheyCloseAWord() {
        let quoted = Lexer.tokens(of: SourceText(name: "t", text: "null 'n/a', 'it''s'"))
        #expect(quoted.filter { $0.kind == .string }.map(\.text) == ["n/a", "it's"])
        let apostrophe = Lexer.tokens(of: SourceText(name: "t", text: "echo the realm's view"))
        #expect(!apostrophe.contains { $0.kind == .string })
        let open = Lexer.tokens(of: SourceText(name: "t", text: "echo 'open to the end"))
        #expect(!open.contains { $0.kind == .string })
    }
}
