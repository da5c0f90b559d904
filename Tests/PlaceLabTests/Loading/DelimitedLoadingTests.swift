import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Reading users' CSV and TSV files: quoting, encodings, line ends, types, headers, errors.
@Suite struct DelimitedLoadingTests {
    static func csv(_ text: String, path: String = "data.csv") throws -> Dataset {
        try DelimitedReader.parse(text, path: path, name: "data")
    }

    static func tsv(_ text: String) throws -> Dataset {
        try DelimitedReader.parse(text, path: "data.tsv", name: "data", delimiter: DelimitedReader.tab)
    }

    /// The diagnostic reading `bytes` throws, or nil when it reads.
    static func failure(_ bytes: [UInt8], delimiter: UInt8 = DelimitedReader.comma) -> Diagnostic? {
        do {
            _ = try DelimitedReader.parse(bytes, path: "data.csv", name: "data", delimiter: delimiter)
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            Issue.record("not a Diagnostic: \(error)")
            return nil
        }
    }

    static func failure(_ text: String, delimiter: UInt8 = DelimitedReader.comma) -> Diagnostic? {
        failure(Array(text.utf8), delimiter: delimiter)
    }

    static func values(_ dataset: Dataset, _ column: String) -> [Value] {
        dataset.column(named: column)?.values ?? []
    }

    // MARK: - Quoting

    @Test func quotedFieldsWithCommasQuotesAndNewlines() throws {
        let data = try Self.csv("""
        name,motto
        "Oslo, Norway","say ""hei"", then go"
        Bergen,"two
        lines"

        """)
        #expect(data.columns.map(\.name) == ["name", "motto"])
        #expect(Self.values(data, "name") == [.text("Oslo, Norway"), .text("Bergen")])
        #expect(Self.values(data, "motto") == [.text("say \"hei\", then go"), .text("two\nlines")])
        #expect(data.origin == "data.csv")
        #expect(data.name == "data")
    }

    @Test func quotedNumbersAreStillNumbersAndEmptyQuotesAreNull() throws {
        let data = try Self.csv("a,b\n\"42\",\"\"\n7,x\n")
        #expect(data.columns[0].type == .integer)
        #expect(Self.values(data, "a") == [.integer(42), .integer(7)])
        #expect(Self.values(data, "b") == [.null, .text("x")])
    }

    @Test func lastFieldEmptyAndNoFinalLineBreak() throws {
        let data = try Self.csv("a,b,c\n1,2,\n3,,4")
        #expect(Self.values(data, "c") == [.null, .integer(4)])
        #expect(Self.values(data, "b") == [.integer(2), .null])
        #expect(data.rowCount == 2)
    }

    // MARK: - Encodings and line ends

    @Test func byteOrderMarkIsSkipped() throws {
        let data = try DelimitedReader.parse([0xEF, 0xBB, 0xBF] + Array("id,name\n1,Zürich\n".utf8),
                                             path: "bom.csv", name: "bom")
        #expect(data.columns.map(\.name) == ["id", "name"])
        #expect(Self.values(data, "name") == [.text("Zürich")])
    }

    @Test func crlfAndLoneCRLineEnds() throws {
        let crlf = try Self.csv("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n")
        #expect(Self.values(crlf, "a") == [.integer(1), .integer(2)])
        // A line break inside quotes is kept as written.
        #expect(Self.values(crlf, "b") == [.text("x\r\ny"), .text("z")])
        let cr = try Self.csv("a,b\r1,x\r2,y\r")
        #expect(Self.values(cr, "b") == [.text("x"), .text("y")])
    }

    @Test func blankLinesAreSkippedButAreNullsInOneColumnFiles() throws {
        let wide = try Self.csv("\na,b\n1,2\n\n3,4\n\n")
        #expect(Self.values(wide, "a") == [.integer(1), .integer(3)])
        let narrow = try Self.csv("a\n1\n\n3\n")
        #expect(Self.values(narrow, "a") == [.integer(1), .null, .integer(3)])
    }

    // MARK: - TSV

    @Test func tsvByExtensionAndParameter() throws {
        #expect(DelimitedReader.defaultDelimiter(for: "dir.v2/places.TSV") == DelimitedReader.tab)
        #expect(DelimitedReader.defaultDelimiter(for: "places.tab") == DelimitedReader.tab)
        #expect(DelimitedReader.defaultDelimiter(for: "places.csv") == DelimitedReader.comma)
        #expect(DelimitedReader.defaultDelimiter(for: "dir.tsv/places") == DelimitedReader.comma)
        let data = try Self.tsv("city\tmotto\nOslo\tsay \"hei\", then go\nBergen\t\"quoted\ttab\"\n")
        #expect(Self.values(data, "motto") == [.text("say \"hei\", then go"), .text("quoted\ttab")])
        let semicolons = try DelimitedReader.parse("a;b\n1,5;x\n", path: "s.csv", name: "s",
                                                   delimiter: UInt8(ascii: ";"))
        #expect(Self.values(semicolons, "a") == [.text("1,5")])
    }

    @Test func tsvKeepsBackslashesAsTheyAre() throws {
        // IANA's TSV has no escapes: what pandas and R write as C:\temp is not a tab.
        let data = try Self.tsv("a\\tb\tpath\nx\\ty\\n\tC:\\data\\new\n")
        #expect(data.columns.map(\.name) == ["a\\tb", "path"])
        #expect(Self.values(data, "a\\tb") == [.text("x\\ty\\n")])
        #expect(Self.values(data, "path") == [.text("C:\\data\\new")])
    }

    @Test func tsvFileOnDisk() throws {
        let path = NSTemporaryDirectory() + "placelab-loading-\(UUID().uuidString).tsv"
        try Data("id\tname\n1\tOslo\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let data = try DelimitedReader.read(path: path, name: "places")
        #expect(data.origin == path)
        #expect(data.columns.map(\.type) == [.integer, .text])
        #expect(Self.values(data, "name") == [.text("Oslo")])
    }

    @Test func missingFileAndFolder() {
        #expect(throws: Diagnostic("cannot read \"/nonexistent/x.csv\": no such file")) {
            try DelimitedReader.read(path: "/nonexistent/x.csv", name: "x")
        }
        let folder = NSTemporaryDirectory()
        #expect(throws: Diagnostic("cannot read \"\(folder)\": it is a folder")) {
            try DelimitedReader.read(path: folder, name: "x")
        }
    }

    // MARK: - Types

    @Test func typeInference() throws {
        let data = try Self.csv("""
        int,num,widened,flag,text,nulls,mixed
        1,1.5,1,true,abc,,1
        -20,-2e3,2.25,FALSE,12x,,true
        +3,.5,3,True,, ,x

        """)
        #expect(data.columns.map(\.type) == [.integer, .number, .number, .boolean, .text, .empty, .text])
        #expect(Self.values(data, "int") == [.integer(1), .integer(-20), .integer(3)])
        #expect(Self.values(data, "num") == [.number(1.5), .number(-2000), .number(0.5)])
        // An integer column with one decimal is a number column throughout.
        #expect(Self.values(data, "widened") == [.number(1), .number(2.25), .number(3)])
        #expect(Self.values(data, "flag") == [.bool(true), .bool(false), .bool(true)])
        #expect(Self.values(data, "text") == [.text("abc"), .text("12x"), .null])
        #expect(Self.values(data, "nulls") == [.null, .null, .null])
        // Cells typed before the column turned out to be text are reread as written.
        #expect(Self.values(data, "mixed") == [.text("1"), .text("true"), .text("x")])
    }

    @Test func textKeepsItsSpellingWhenAColumnTurnsToTextLate() throws {
        var text = "code,n\n"
        for index in 0..<2000 { text += "00\(index),\(index)\n" }
        text += "A-1,1\n"
        let data = try Self.csv(text)
        #expect(data.columns[0].type == .text)
        #expect(Self.values(data, "code").first == .text("000"))
        #expect(Self.values(data, "code")[1999] == .text("001999"))
        #expect(Self.values(data, "code").last == .text("A-1"))
        #expect(data.columns[1].type == .integer)
    }

    @Test func integerLimitsAndExactDecimals() throws {
        let data = try Self.csv("""
        big,small,over,decimal,long
        9223372036854775807,-9223372036854775808,9223372036854775808,0.1,3.14159265358979323846
        1,2,3,123456.789,1e400

        """)
        #expect(Self.values(data, "big") == [.integer(Int.max), .integer(1)])
        #expect(Self.values(data, "small") == [.integer(Int.min), .integer(2)])
        // Beyond 64 bits a double would round it: the column keeps the digits as text.
        #expect(data.column(named: "over")?.type == .text)
        #expect(Self.values(data, "over") == [.text("9223372036854775808"), .text("3")])
        #expect(Self.values(data, "decimal") == [.number(0.1), .number(123456.789)])
        #expect(Self.values(data, "long") == [.number(3.14159265358979323846), .number(.infinity)])
    }

    @Test func numberSpellingsThatAreText() throws {
        for cell in ["1e", "e5", ".", "-", "0x10", "1.2.3", "1,5", "١٢"] {
            let data = try Self.csv("a\n\(cell.contains(",") ? "\"\(cell)\"" : cell)\n")
            #expect(data.columns[0].type == .text, "\(cell)")
        }
        let special = try Self.csv("a\nNaN\ninf\n-inf\n2\n")
        #expect(special.columns[0].type == .number)
        #expect(Self.values(special, "a")[1...] == [.number(.infinity), .number(-.infinity), .number(2)])
    }

    @Test func repeatedLongTextsShareStorageAndStayEqual() throws {
        var text = "authority\n"
        for index in 0..<5000 { text += index % 2 == 0 ? "National Energy Regulatory Authority\n" : "Port Authority of the Capital\n" }
        let values = Self.values(try Self.csv(text), "authority")
        #expect(Set(values) == [.text("National Energy Regulatory Authority"), .text("Port Authority of the Capital")])
        #expect(values.count == 5000)
    }

    // MARK: - Header

    @Test func headerNamesTrimmedFilledAndDeduplicated() throws {
        let data = try Self.csv(" id ,,name,Name,name,\"\",column_2\n1,2,3,4,5,6,7\n")
        #expect(data.columns.map(\.name) == ["id", "column_2", "name", "Name_2", "name_3", "column_6", "column_2_2"])
        #expect(Self.values(data, "column_6") == [.integer(6)])
    }

    @Test func headerOnlyGivesEmptyColumns() throws {
        let data = try Self.csv("a,b\n")
        #expect(data.rowCount == 0)
        #expect(data.columns.map(\.type) == [.empty, .empty])
    }

    // MARK: - Errors

    @Test func unterminatedQuote() {
        let diagnostic = Self.failure("a,b\n1,2\n3,\"open\n4,5\n")
        #expect(diagnostic?.message == "unterminated quoted field (opened here)")
        #expect(diagnostic?.place == FilePlace(path: "data.csv", line: 3, column: 3, lineText: "3,\"open"))
        #expect(diagnostic?.help != nil)
    }

    @Test func quoteInTheMiddleOfAnUnquotedField() {
        let diagnostic = Self.failure("name,height\nAda,5'11\"\n")
        #expect(diagnostic?.message == "quote in the middle of an unquoted field")
        #expect(diagnostic?.place == FilePlace(path: "data.csv", line: 2, column: 9, lineText: "Ada,5'11\""))
        #expect(diagnostic?.help == "quote the whole field and double its quotes: \"5'11\"\"\"")
    }

    @Test func textAfterAClosingQuote() {
        let diagnostic = Self.failure("a,b\n\"x\"y,2\n")
        #expect(diagnostic?.message == "unexpected text after a closing quote")
        #expect(diagnostic?.place == FilePlace(path: "data.csv", line: 2, column: 4, lineText: "\"x\"y,2"))
    }

    @Test func rowWithTooManyFieldsPointsAtTheExtraField() {
        let diagnostic = Self.failure("city,country,size\nOslo,Norway,2\nBergen, Vestland,Norway,3\n")
        #expect(diagnostic?.message == "row has 4 fields but the header has 3")
        #expect(diagnostic?.place == FilePlace(path: "data.csv", line: 3, column: 25,
                                               lineText: "Bergen, Vestland,Norway,3"))
        #expect(diagnostic?.help == "if a value contains a comma, quote the field: \"a, b\"")
    }

    @Test func rowWithTooFewFieldsPointsAtTheLineEnd() {
        let diagnostic = Self.failure("a,b,c\r\n1,2,3\r\n4,5\r\n")
        #expect(diagnostic?.message == "row has 2 fields but the header has 3")
        #expect(diagnostic?.place == FilePlace(path: "data.csv", line: 3, column: 4, lineText: "4,5"))
        #expect(diagnostic?.help?.contains("a,,c") == true)
    }

    @Test func raggedRowAfterAMultiLineFieldCountsFileLines() {
        let diagnostic = Self.failure("a,b\n\"x\ny\",1\nné,2,3\n")
        #expect(diagnostic?.message == "row has 3 fields but the header has 2")
        // Line 4 of the file, column counted in characters (é is two bytes).
        #expect(diagnostic?.place == FilePlace(path: "data.csv", line: 4, column: 6, lineText: "né,2,3"))
    }

    @Test func emptyFileAndBlankFile() {
        for bytes: [UInt8] in [[], [0xEF, 0xBB, 0xBF], Array("\n\r\n".utf8)] {
            let diagnostic = Self.failure(bytes)
            #expect(diagnostic?.message == "empty file: no header row")
            #expect(diagnostic?.place?.line == 1)
            #expect(diagnostic?.place?.column == 1)
        }
    }

    @Test func notATextFile() {
        let nul = Self.failure(Array("a,b\n1,".utf8) + [0] + Array("2\n".utf8))
        #expect(nul?.message == "not a text file (byte 0x00 at offset 6)")
        #expect(nul?.place?.line == 2)
        #expect(nul?.place?.column == 3)
        // Latin-1 "é", as older spreadsheets save it.
        let latin1 = Self.failure(Array("name\nJos".utf8) + [0xE9] + Array("\n".utf8))
        #expect(latin1?.message == "not a text file (byte 0xE9 at offset 8)")
        #expect(latin1?.place?.line == 2)
        #expect(latin1?.place?.column == 4)
        #expect(latin1?.help?.contains("UTF-8") == true)
        let utf16 = Self.failure([0xFF, 0xFE, UInt8(ascii: "a"), 0])
        #expect(utf16?.help == "the file looks like UTF-16; save it as UTF-8")
    }

    @Test func invalidUTF8SequencesAreCaught() {
        // Overlong, surrogate, beyond U+10FFFF, truncated at the end.
        for bad: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
            let diagnostic = Self.failure(Array("a\nxxxxxxxxxx".utf8) + bad)
            #expect(diagnostic?.message.hasPrefix("not a text file (byte 0x") == true)
            #expect(diagnostic?.message.hasSuffix("at offset 12)") == true)
        }
        // Valid multi-byte text of every length passes.
        #expect(Self.failure("a\né€𝄞\n") == nil)
    }

    @Test func badDelimiter() {
        #expect(Self.failure("a\n", delimiter: UInt8(ascii: "\""))?.message == "cannot use byte 0x22 as a delimiter")
    }
}
