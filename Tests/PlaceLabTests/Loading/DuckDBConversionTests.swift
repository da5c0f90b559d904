import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore

/// Runs `command` with /bin/sh in `folder`; its exit status and what it printed.
private func shell(_ command: String, in folder: String) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/sh")
    process.arguments = ["-c", command]
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

private let duckDBAvailable = (try? shell("duckdb --version", in: "/"))?.status == 0

/// The one line of DuckDB that `load` gives for a Parquet file, run as a user would copy it:
/// the CSV it makes loads with the Parquet file's types and nulls.
@Suite(.enabled(if: duckDBAvailable, "the duckdb CLI is not installed (pip install duckdb-cli): the Parquet conversion is not run"))
struct DuckDBConversionTests {
    @Test func theSuggestedConversionMakesACSVThatLoadsWithTheSameValues() throws {
        let folder = TestFolder("duckdb")
        let made = try shell("""
            duckdb -c "COPY (SELECT * FROM (VALUES (1, 'Sète, Hérault', 1.5, '030001'), (2, 'Gouda', NULL, '75056')) \
            t(id, name, share, code)) TO 'scores.parquet'"
            """, in: folder.path)
        try #require(made.status == 0, "\(made.output)")
        let console = BufferConsole()
        let session = Session(console: console)
        #expect(!session.run(SourceText(name: "t", text: "load \"\(folder.file("scores.parquet"))\"")).succeeded)
        let help = try #require(console.reports.components(separatedBy: "convert it to CSV with DuckDB: ").last?
            .components(separatedBy: "\n").first)
        let converted = try shell(help, in: folder.path)
        try #require(converted.status == 0, "\(help): \(converted.output)")
        #expect(session.run(SourceText(name: "t", text: "load \"\(folder.file("scores.csv"))\" as scores")).succeeded,
                "\(console.reports)")
        let scores = try #require(session.dataset(named: "scores"))
        #expect(scores.columns.map { "\($0.name): \($0.type.rawValue)" }
                == ["id: integer", "name: text", "share: number", "code: text"])
        #expect(scores.column(named: "name")?.values == [.text("Sète, Hérault"), .text("Gouda")])
        #expect(scores.column(named: "share")?.values == [.number(1.5), .null])
        #expect(scores.column(named: "code")?.values == [.text("030001"), .text("75056")])
    }
}
