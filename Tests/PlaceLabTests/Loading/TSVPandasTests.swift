import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabRender

private let pandasAvailable = PythonScript.imports("pandas")

/// A TSV export read by pandas as most users open it, read_csv(FILE, sep="\t"): every cell
/// comes back exactly as PlaceLab shows it, backslashes and quotes inside values included.
@Suite(.enabled(if: pandasAvailable, "pandas is not installed (pip install pandas): the TSV read-back is not checked"))
struct TSVPandasTests {
    /// Prints the file's header and cells as JSON lists of strings.
    static let reader = """
        import json, sys
        import pandas as pd
        frame = pd.read_csv(sys.argv[1], sep="\\t", dtype=str, keep_default_na=False)
        print(json.dumps([list(frame.columns)] + frame.values.tolist()))
        """

    static func exported(_ rows: [[Value]], columns: [String]) throws -> (path: String, expected: [[String]]) {
        let folder = TestFolder("tsv-pandas")
        let path = folder.file("t.tsv")
        let table = Table(columns: columns, rows: rows)
        try Data(try TableWriter.text(table, as: .tsv).utf8).write(to: URL(fileURLWithPath: path))
        return (path, [columns] + rows.map { $0.map(\.plainText) })
    }

    static func readBack(_ path: String) throws -> [[String]] {
        let result = try PythonScript.run(reader, [path])
        try #require(result.status == 0, "pandas failed: \(result.errors)")
        return try JSONDecoder().decode([[String]].self, from: Data(result.output.utf8))
    }

    @Test func pandasReadsBackslashesQuotesAndNullsExactly() throws {
        let (path, expected) = try Self.exported([
            [.text("C:\\temp\\new"), .text("say \"hei\", then go"), .integer(709037), .number(1.5)],
            [.text("Zürich"), .null, .integer(-2), .number(-0.25)],
            [.text("東京 \\n"), .text("a\\tb"), .null, .null],
        ], columns: ["path", "motto", "count", "share"])
        #expect(try Self.readBack(path) == expected)
    }

    @Test func loadReadsTheExportBackExactly() throws {
        let (path, _) = try Self.exported([[.text("C:\\temp"), .text("say \"hei\"")], [.text("a\\tb"), .null]],
                                          columns: ["path", "motto"])
        let session = Session(console: BufferConsole())
        #expect(session.run(SourceText(name: "t", text: "load \"\(path)\" as t")).succeeded)
        #expect(session.dataset(named: "t")?.column(named: "path")?.values == [.text("C:\\temp"), .text("a\\tb")])
        #expect(session.dataset(named: "t")?.column(named: "motto")?.values == [.text("say \"hei\""), .null])
    }
}
