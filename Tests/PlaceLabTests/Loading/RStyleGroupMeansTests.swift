import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

private let pythonAvailable: Bool = {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3", "-c", "import csv, json"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    guard (try? process.run()) != nil else { return false }
    process.waitUntilExit()
    return process.terminationStatus == 0
}()

/// Group means computed by Python's csv module: NA and empty cells skipped, as R's
/// mean(x, na.rm = TRUE) does. Prints {"month": {"column": [mean or null, count]}}.
private let pythonMeans = """
    import csv, json, sys
    groups = {}
    with open(sys.argv[1], newline="") as f:
        for row in csv.DictReader(f):
            month = groups.setdefault(row["Month"], {})
            for column in sys.argv[2:]:
                cell = row[column]
                if cell in ("", "NA"):
                    continue
                total, count = month.get(column, (0.0, 0))
                month[column] = (total + float(cell), count + 1)
    print(json.dumps({m: {c: [t / n, n] for c, (t, n) in cols.items()} for m, cols in groups.items()}))
    """

/// R-style data with NA (scripts/data/r_style_csv.py writes it as R's write.csv does), loaded
/// as a user would and grouped, against a second implementation in Python to 1e-9.
@Suite(.enabled(if: pythonAvailable, "python3 not found: the R-style group means check is skipped"))
struct RStyleGroupMeansTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Corpus/messy/r-airquality-style.csv").path
    static let columns = ["Ozone", "Solar.R", "Wind", "Temp"]

    @Test func groupMeansMatchPythonsCSVModule() throws {
        let console = BufferConsole()
        let session = Session(console: console)
        let aggregates = Self.columns.enumerated().map { "m\($0.offset) = avg(`\($0.element)`), n\($0.offset) = count(`\($0.element)`)" }
        let outcome = session.run(SourceText(name: "test.plq", text: """
            load "\(Self.file)" as air
            mode json
            air | group Month | aggregate \(aggregates.joined(separator: ", ")) | sort Month
            """))
        #expect(outcome.succeeded, "\(console.reports)")
        #expect(!console.combined.contains("kept as text"), "NA must not turn a column to text")
        let ours = try JSONSerialization.jsonObject(with: Data(console.output.utf8)) as? [[String: Any]] ?? []

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", pythonMeans, Self.file] + Self.columns
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let theirs = try JSONSerialization.jsonObject(with: data) as? [String: [String: [Double]]] ?? [:]

        #expect(ours.count == 5)
        #expect(theirs.count == 5)
        for row in ours {
            let month = "\(row["Month"] as? Int ?? -1)"
            for (index, column) in Self.columns.enumerated() {
                guard let expected = theirs[month]?[column] else {
                    Issue.record("Python has no mean for \(column) in month \(month)")
                    continue
                }
                let mean = (row["m\(index)"] as? NSNumber)?.doubleValue ?? .nan
                let count = (row["n\(index)"] as? NSNumber)?.intValue ?? -1
                #expect(Swift.abs(mean - expected[0]) <= 1e-9 * Swift.max(1, Swift.abs(expected[0])),
                        "\(column), month \(month): \(mean) against \(expected[0])")
                #expect(count == Int(expected[1]), "\(column), month \(month): \(count) values against \(expected[1])")
            }
        }
    }
}
