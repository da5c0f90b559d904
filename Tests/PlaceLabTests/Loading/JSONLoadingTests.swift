import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Reading a JSON array of objects.
@Suite struct JSONLoadingTests {
    static func json(_ text: String) throws -> Dataset {
        try JSONReader.parse(text, path: "data.json", name: "data")
    }

    static func failure(_ text: String) -> Diagnostic? {
        failure(Data(text.utf8))
    }

    static func failure(_ data: Data) -> Diagnostic? {
        do {
            _ = try JSONReader.parse(data, path: "data.json", name: "data")
            return nil
        } catch let diagnostic as Diagnostic {
            return diagnostic
        } catch {
            Issue.record("not a Diagnostic: \(error)")
            return nil
        }
    }

    static func values(_ dataset: Dataset, _ column: String) -> [Value] {
        dataset.column(named: column)?.values ?? []
    }

    @Test func keysInFirstSeenOrderAndMissingKeysNull() throws {
        let data = try Self.json("""
        [
          {"zeta": 1, "alpha": "a"},
          {"alpha": "b", "mid": true, "zeta": 2},
          {"new\\u0020key": null}
        ]
        """)
        #expect(data.columns.map(\.name) == ["zeta", "alpha", "mid", "new key"])
        #expect(Self.values(data, "zeta") == [.integer(1), .integer(2), .null])
        #expect(Self.values(data, "mid") == [.null, .bool(true), .null])
        #expect(Self.values(data, "new key") == [.null, .null, .null])
        #expect(data.columns.map(\.type) == [.integer, .text, .boolean, .empty])
        #expect(data.origin == "data.json")
    }

    @Test func valueKinds() throws {
        let data = try Self.json("""
        [{"int": 1, "whole": 2.0, "mixed": 1, "flag": false, "list": [1, "x", null, true],
          "nested": {"b": [1, 2], "a": "q"}, "deep": [[1]], "big": 12345678901234567890.5, "kinds": 1},
         {"int": -7, "whole": 0.5, "mixed": 2.5, "flag": true, "list": [], "nested": null, "deep": [{"a": 1}],
          "big": 1, "kinds": "one"}]
        """)
        #expect(Self.values(data, "int") == [.integer(1), .integer(-7)])
        #expect(data.column(named: "int")?.type == .integer)
        #expect(Self.values(data, "whole") == [.number(2), .number(0.5)])
        // Integers and numbers together are numbers.
        #expect(Self.values(data, "mixed") == [.number(1), .number(2.5)])
        #expect(data.column(named: "mixed")?.type == .number)
        #expect(Self.values(data, "flag") == [.bool(false), .bool(true)])
        #expect(data.column(named: "flag")?.type == .boolean)
        #expect(Self.values(data, "list") == [.list([.integer(1), .text("x"), .null, .bool(true)]), .list([])])
        #expect(data.column(named: "list")?.type == .list)
        #expect(Self.values(data, "nested") == [.text("{\"a\":\"q\",\"b\":[1,2]}"), .null])
        #expect(Self.values(data, "deep") == [.text("[[1]]"), .text("[{\"a\":1}]")])
        #expect(data.column(named: "big")?.type == .number)
        // Different kinds in one column make text.
        #expect(Self.values(data, "kinds") == [.text("1"), .text("one")])
        #expect(data.column(named: "kinds")?.type == .text)
    }

    /// Foundation would read them as doubles, rounded: the file is refused at the number.
    @Test func wholeNumbersBeyond64BitsAreRefusedAtTheirPlace() {
        #expect(throws: Diagnostic.self) { try Self.json("[{\"id\": 123456789012345678901234}]") }
        do {
            _ = try Self.json("[{\"id\": 1, \"s\": \"123456789012345678901234\"},\n {\"id\": -123456789012345678901234}]")
            Issue.record("read a whole number beyond 64 bits")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.location == "data.json:2:9")
            #expect(diagnostic.message.hasPrefix("whole number -123456789012345678901234 is beyond 64 bits"))
        } catch {
            Issue.record("not a Diagnostic: \(error)")
        }
        #expect(throws: Never.self) { try Self.json("[{\"id\": 9223372036854775807, \"e\": 123456789012345678901234e0}]") }
    }

    @Test func emptyArrayAndBOM() throws {
        let empty = try Self.json("[]")
        #expect(empty.columns.isEmpty)
        #expect(empty.rowCount == 0)
        let bom = try JSONReader.parse(Data([0xEF, 0xBB, 0xBF] + Array("[{\"a\": \"é\"}]".utf8)), path: "b.json", name: "b")
        #expect(Self.values(bom, "a") == [.text("é")])
    }

    @Test func fileOnDisk() throws {
        let path = NSTemporaryDirectory() + "placelab-loading-\(UUID().uuidString).json"
        try Data("[{\"id\": 1}]".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let data = try JSONReader.read(path: path, name: "ids")
        #expect(data.origin == path)
        #expect(Self.values(data, "id") == [.integer(1)])
    }

    @Test func syntaxErrorIsPlaced() {
        let diagnostic = Self.failure("[\n  {\"a\": 1},\n  {\"a\": tru}\n]\n")
        #expect(diagnostic?.message == "invalid JSON: invalid value")
        #expect(diagnostic?.place?.path == "data.json")
        #expect(diagnostic?.place?.line == 3)
        #expect(diagnostic?.place?.lineText == "  {\"a\": tru}")
    }

    @Test func aNumberPastTheDoublesIsNamedAndPlaced() {
        let diagnostic = Self.failure("[{\"a\": 1},\n {\"a\": -1e999}]")
        #expect(diagnostic?.message == "invalid JSON: number -1e999 is too large (a number goes up to about ±1.8e308)")
        #expect(diagnostic?.place?.line == 2)
        #expect(diagnostic?.place?.column == 8)
    }

    @Test func unexpectedEndIsPlacedAtTheEnd() {
        let diagnostic = Self.failure("[{\"a\": 1},\n {\"a\": 2}")
        #expect(diagnostic?.message.hasPrefix("invalid JSON: unexpected end of file") == true)
        #expect(diagnostic?.place == FilePlace(path: "data.json", line: 2, column: 10, lineText: " {\"a\": 2}"))
        #expect(diagnostic?.help == "check for a missing ], } or closing quote")
    }

    @Test func notAnArrayOfObjects() {
        let object = Self.failure("\n  {\"a\": 1}")
        #expect(object?.message == "expected an array of objects")
        #expect(object?.place == FilePlace(path: "data.json", line: 2, column: 3, lineText: "  {\"a\": 1}"))
        let scalar = Self.failure("[{\"a\": [1, 2]}, \"b\", 3]")
        #expect(scalar?.message == "expected an array of objects, but element 2 is a string")
        #expect(scalar?.place?.column == 17)
        let nested = Self.failure("[{\"a\": 1},\n [1]]")
        #expect(nested?.message == "expected an array of objects, but element 2 is an array")
        #expect(nested?.place == FilePlace(path: "data.json", line: 2, column: 2, lineText: " [1]]"))
    }

    @Test func emptyAndBinaryFiles() {
        #expect(Self.failure("")?.message == "empty file: expected an array of objects")
        #expect(Self.failure("  \n ")?.message == "empty file: expected an array of objects")
        let binary = Self.failure(Data([UInt8(ascii: "["), 0xFF, UInt8(ascii: "]")]))
        #expect(binary?.message == "not a text file (byte 0xFF at offset 1)")
    }
}
