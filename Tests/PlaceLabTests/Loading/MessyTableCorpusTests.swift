import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Tables as people bring them (Tests/Corpus/messy): R's NA, n/a, NaN as missing, semicolons,
/// Windows-1252, identifiers with leading zeros, integers beyond 64 bits, ISO dates, no header.
/// Each file loads with the types a user expects, or fails with a positioned error.
@Suite struct MessyTableCorpusTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus/messy").path

    /// Loads `file` (with `options`) in a fresh session: the dataset, all it printed (notes go
    /// with the errors, to standard error), and its errors.
    static func load(_ file: String, _ options: String = "") -> (Dataset?, output: String, reports: String) {
        let console = BufferConsole()
        let session = Session(console: console)
        _ = session.run(SourceText(name: "test.plq", text: "load \"\(folder)/\(file)\" as data \(options)"))
        return (session.dataset(named: "data"), console.combined, console.reports)
    }

    static func types(_ dataset: Dataset?) -> [String] {
        dataset?.columns.map { "\($0.name): \($0.type.rawValue)" } ?? []
    }

    static func values(_ dataset: Dataset?, _ column: String) -> [Value] {
        dataset?.column(named: column)?.values ?? []
    }

    @Test func rStyleNAIsNullInNumberColumns() {
        let (data, output, _) = Self.load("r-na.csv")
        #expect(Self.types(data) == ["city: text", "population: integer", "area_km2: number"])
        #expect(Self.values(data, "population") == [.integer(472400), .null, .integer(158000), .null])
        #expect(Self.values(data, "area_km2") == [.number(110), .number(230.1), .null, .number(18.1)])
        #expect(!output.contains("kept as text"))
    }

    @Test func aGzipCompressedFileLoadsAsTheFileItHolds() {
        let (data, _, _) = Self.load("r-na.csv.gz")
        #expect(Self.types(data) == ["city: text", "population: integer", "area_km2: number"])
        #expect(Self.values(data, "population") == [.integer(472400), .null, .integer(158000), .null])
    }

    @Test func naSpelledEveryWayAndEmptyCellsAreNull() {
        let (data, _, _) = Self.load("n-a.csv")
        #expect(Self.types(data) == ["city: text", "population: integer"])
        #expect(Self.values(data, "population") == [.integer(472400), .null, .integer(158000), .null, .null])
    }

    @Test func nanIsMissingByDefaultAndANumberWithNullNone() {
        let (missing, _, _) = Self.load("nan-missing.csv")
        #expect(Self.values(missing, "reading") == [.number(1.5), .null, .number(2), .number(0.5)])
        let (kept, _, _) = Self.load("nan-missing.csv", "null none")
        #expect(Self.values(kept, "reading")[1].isNaN)
        #expect(Self.types(kept) == ["site: text", "reading: number"])
    }

    @Test func semicolonsAreDetectedAndSaidOutLoud() {
        let (data, output, _) = Self.load("semicolon.csv")
        #expect(Self.types(data) == ["gemeente: text", "inwoners: integer", "aandeel: text"])
        #expect(output.contains("fields separated by ';' (detected"))
        #expect(output.contains(
            "aandeel: kept as text: 2 values with a decimal comma (\"0,35\", line 2); load with decimal ',' to read them as numbers"))
    }

    @Test func decimalCommaReadsEuropeanNumbersAndRefusesPointsOutLoud() {
        let (data, output, _) = Self.load("decimal-comma.csv", "delimiter ';' decimal ','")
        #expect(Self.types(data) == ["gemeente: text", "inwoners: integer", "aandeel: number", "groei: number", "code: text"])
        #expect(Self.values(data, "inwoners") == [.integer(158000), .null, .integer(103000)])
        #expect(Self.values(data, "aandeel") == [.number(0.35), .number(0.12), .null])
        #expect(Self.values(data, "groei") == [.number(-1.5), .number(2), .number(0.5)])
        // A point is not guessed to be a decimal or a thousands mark: the column stays text, said.
        #expect(Self.values(data, "code") == [.text("1.5"), .text("2.25"), .text("3")])
        #expect(output.contains("code: kept as text: 2 values with a decimal point (\"1.5\", line 2), which decimal ',' does not read"))
        let (cast, castOutput, _) = Self.load("decimal-comma.csv", "decimal ',' types code: number, gemeente: number")
        #expect(Self.values(cast, "code") == [.null, .null, .number(3)])
        #expect(castOutput.contains("code: 2 values not a number (\"1.5\", line 2) read as null"))
        let (points, _, _) = Self.load("decimal-comma.csv", "decimal '.'")
        #expect(Self.types(points).last == "code: number")
    }

    @Test func decimalCommaIsRefusedWithACommaDelimiterOrAnotherMark() {
        let (none, _, reports) = Self.load("decimal-comma.csv", "delimiter ',' decimal ','")
        #expect(none == nil)
        #expect(reports.contains("error: a comma cannot both separate fields and mark decimals"))
        #expect(reports.contains("delimiter ';' decimal ','"))
        let (other, _, otherReports) = Self.load("decimal-comma.csv", "decimal ';'")
        #expect(other == nil)
        #expect(otherReports.contains("error: the decimal mark is ',' or '.', not ';'"))
        let (json, _, jsonReports) = Self.load("json-na.json", "decimal ','")
        #expect(json == nil)
        #expect(jsonReports.contains("error: delimiter, decimal and header apply to CSV and TSV files, not json"))
    }

    @Test func aForcedCommaOnASemicolonFileNamesTheDelimiterInItsError() {
        let (data, _, _) = Self.load("semicolon-quoted.csv")
        #expect(Self.values(data, "motto") == [.text("cold, dark"), .text("wet")])
        let (none, _, reports) = Self.load("semicolon-quoted.csv", "delimiter ','")
        #expect(none == nil)
        #expect(reports.contains("semicolon-quoted.csv:2:6: error: quote in the middle of an unquoted field"))
        #expect(reports.contains("separated by ';': add delimiter ';'"))
    }

    @Test func windows1252IsDecodedAndSaidOutLoud() {
        let (data, output, _) = Self.load("cp1252.csv")
        #expect(Self.types(data) == ["nom: text", "région: text", "habitants: integer"])
        #expect(Self.values(data, "nom") == [.text("Sète"), .text("Mâcon")])
        #expect(output.contains("not UTF-8, so read as Windows-1252"))
        #expect(output.contains("iconv -f WINDOWS-1252 -t UTF-8"))
    }

    @Test func windows1252JSONIsRefusedNamingTheEncodingAndTheFix() {
        let (data, _, reports) = Self.load("cp1252.json")
        #expect(data == nil)
        #expect(reports.contains("cp1252.json:1:12: error: not a text file (byte 0xE8 at offset 11)"))
        #expect(reports.contains("looks like Windows-1252 (Latin-1): convert it with iconv -f WINDOWS-1252 -t UTF-8"))
    }

    @Test func utf16IsRefusedWithItsPlaceAndTheFix() {
        let (data, _, reports) = Self.load("utf16.csv")
        #expect(data == nil)
        #expect(reports.contains("utf16.csv:1:1: error: not a text file"))
        #expect(reports.contains("UTF-16"))
    }

    @Test func leadingZerosStayTextAndLoadSaysWhy() {
        let (data, output, _) = Self.load("leading-zeros.csv")
        #expect(Self.types(data) == ["code: text", "commune: text", "population: integer"])
        #expect(Self.values(data, "code") == [.text("030001"), .text("75056"), .text("01004")])
        #expect(output.contains("code: kept as text, as written: 2 values with leading zeros (\"030001\", line 2)"))
        let (numbers, _, _) = Self.load("leading-zeros.csv", "types code: integer")
        #expect(Self.values(numbers, "code") == [.integer(30001), .integer(75056), .integer(1004)])
    }

    @Test func integersBeyond64BitsStayExact() {
        let (data, output, _) = Self.load("big-integers.csv")
        #expect(Self.values(data, "id") == [.text("18446744073709551616"), .text("42"), .text("99999999999999999999999")])
        #expect(output.contains("id: kept as exact text: 2 whole numbers beyond 64 bits (\"18446744073709551616\", line 2)"))
        #expect(Self.types(data).last == "count: integer")
    }

    @Test func jsonIntegersBeyond64BitsAreRefusedAtTheirPlace() {
        let (data, _, reports) = Self.load("big-integers.json")
        #expect(data == nil)
        #expect(reports.contains("big-integers.json:3:10: error: whole number 18446744073709551616 is beyond 64 bits"))
        #expect(reports.contains("write it in quotes"))
    }

    @Test func isoDatesAndTimestampsBecomeDates() {
        let (data, _, _) = Self.load("dates.csv")
        #expect(Self.types(data) == ["event: text", "day: date", "stamp: date"])
        #expect(Self.values(data, "day") == [.text("2024-03-05"), .text("2023-12-31"), .null])
        // An offset is turned into UTC, so that the text orders as time does.
        #expect(Self.values(data, "stamp") == [.text("2024-03-05T09:30:00"), .text("2024-01-01T01:30:00+00:00"), .null])
    }

    @Test func aMostlyNumericColumnKeptAsTextSaysSoInOneLine() {
        let (data, output, _) = Self.load("mostly-numbers.csv")
        #expect(Self.types(data) == ["city: text", "population: text"])
        #expect(output.contains(
            "population: 2 numbers and 1 other (\"unknown\", line 3): kept as text; use types population: number or null 'unknown'"))
        let (fixed, _, _) = Self.load("mostly-numbers.csv", "null 'unknown'")
        #expect(Self.values(fixed, "population") == [.integer(472400), .null, .integer(158000)])
        let (cast, castOutput, _) = Self.load("mostly-numbers.csv", "types population: number")
        #expect(Self.values(cast, "population") == [.number(472400), .null, .number(158000)])
        #expect(castOutput.contains("population: 1 value not a number (\"unknown\", line 3) read as null"))
    }

    @Test func headerNoneReadsTheFirstLineAsData() {
        let (data, _, _) = Self.load("header-none.csv", "header none")
        #expect(Self.types(data) == ["column_1: text", "column_2: text"])
        #expect(Self.values(data, "column_1") == [.text("a"), .text("1"), .text("2")])
    }

    @Test func tsvAndJSONGetTheSameNullTokens() {
        let (tsv, _, _) = Self.load("r-na.tsv")
        #expect(Self.values(tsv, "population") == [.integer(472400), .null])
        let (json, _, _) = Self.load("json-na.json")
        #expect(Self.types(json) == ["city: text", "population: integer"])
        #expect(Self.values(json, "population") == [.integer(472400), .null])
    }

    @Test func rAirqualityStyleDataLoadsTyped() {
        let (data, _, _) = Self.load("r-airquality-style.csv")
        #expect(Self.types(data) == ["column_1: integer", "Ozone: integer", "Solar.R: integer", "Wind: number",
                                     "Temp: integer", "Month: integer", "Day: integer"])
        #expect(data?.rowCount == 153)
        #expect(data?.column(named: "Ozone")?.values.filter(\.isNull).count ?? 0 > 20)
    }
}
