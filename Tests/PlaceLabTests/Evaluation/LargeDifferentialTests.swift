import Foundation
import PlaceLab
import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage
@testable import PlaceLabNetworks
import PlaceLabRender
import Testing

// The operators that scale (sort on precomputed keys, top-N through a heap, hash group,
// distinct and join, join | count without rows) against sqlite3 on 100,000 generated rows:
// many ties, nulls in every column, keys with 50,000 distinct values. Each pipeline's whole
// answer is compared, row by row and in order, with an SQL query that spells out PlaceLab's
// rules (nulls last in both directions, ties in input order, groups in first-seen order).

/// The same seeded generator as the small differential test, so the data is the same every run.
extension SeededRandom {
    /// A value from `make`, or null one time in ten.
    mutating func maybe(_ make: (inout SeededRandom) -> Value) -> Value {
        int(0...9) == 0 ? .null : make(&self)
    }
}

private enum LargeDifferential {
    static let sqlitePath = "/usr/bin/sqlite3"
    static var sqliteAvailable: Bool { FileManager.default.isExecutableFile(atPath: sqlitePath) }

    /// Texts whose byte order differs from their UTF-16 and case-blind orders.
    static let texts = ["a", "b", "ab", "B", "z", "é", "e\u{301}", "Ａ", "😀", "a b"]

    struct Table {
        var name: String
        var columns: [(name: String, type: ValueType, sql: String)]
        var rows: [[Value]]

        var dataset: Dataset {
            Dataset(name: name, origin: "large differential test", columns: columns.indices.map { index in
                Dataset.Column(name: columns[index].name, type: columns[index].type, values: rows.map { $0[index] })
            })
        }
    }

    /// t: 100,000 rows. id is the row number; k has 1,000 values (ties everywhere); x is a
    /// quarter (ties, and whole values equal to integers); s is short text; g has 50,000 values.
    /// u: 20,000 rows to join with; uk is unique, uk2 repeats.
    static func tables() -> [Table] {
        var random = SeededRandom(seed: 0x0B16_DA7A)
        var t = Table(name: "t", columns: [("id", .integer, "INTEGER"), ("k", .integer, "INTEGER"), ("x", .number, "REAL"),
                                           ("s", .text, "TEXT"), ("g", .integer, "INTEGER")], rows: [])
        for id in 0..<100_000 {
            t.rows.append([.integer(id),
                           random.maybe { .integer($0.int(0...999)) },
                           random.maybe { .number(Double($0.int(-4000...4000)) / 4) },
                           random.maybe { .text(texts[$0.int(0...(texts.count - 1))]) },
                           random.maybe { .integer($0.int(0...49_999)) }])
        }
        var u = Table(name: "u", columns: [("uid", .integer, "INTEGER"), ("uk", .integer, "INTEGER"),
                                           ("uk2", .integer, "INTEGER")], rows: [])
        for uid in 0..<20_000 {
            u.rows.append([.integer(uid), .integer(uid * 2), random.maybe { .integer($0.int(0...999)) }])
        }
        return [t, u]
    }

    /// The tables as sqlite3 reads them: CSV files imported into typed tables, with the
    /// row number as `_rid` and empty fields turned into NULL.
    static func sqlSetup(_ tables: [Table], folder: URL) throws -> String {
        var setup = ""
        for table in tables {
            let file = folder.appendingPathComponent("\(table.name).csv")
            let lines = table.rows.indices.map { index in
                "\(index)," + table.rows[index].map(\.plainText).joined(separator: ",") + "\n"
            }
            try lines.joined().write(to: file, atomically: true, encoding: .utf8)
            setup += "CREATE TABLE \(table.name) (_rid INTEGER, "
                + table.columns.map { "\($0.name) \($0.sql)" }.joined(separator: ", ") + ");\n"
            setup += ".import --csv \(file.path) \(table.name)\n"
            for column in table.columns {
                setup += "UPDATE \(table.name) SET \(column.name) = NULL WHERE \(column.name) = '';\n"
                // Indexes keep sqlite's joins from comparing every pair of rows.
                setup += "CREATE INDEX \(table.name)_\(column.name) ON \(table.name) (\(column.name));\n"
            }
        }
        return setup
    }

    /// Runs every query in one sqlite3 process; each answer as CSV lines.
    static func runSQLite(setup: String, queries: [String], folder: URL) throws -> [[String]] {
        var script = ".bail on\n.mode csv\n.headers off\n" + setup
        for (index, query) in queries.enumerated() {
            script += "SELECT '#@Q\(index)';\n\(query)\n"
        }
        let scriptURL = folder.appendingPathComponent("script.sql")
        try script.write(to: scriptURL, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: sqlitePath)
        process.arguments = ["-batch", ":memory:"]
        process.standardInput = try FileHandle(forReadingFrom: scriptURL)
        let output = Pipe()
        process.standardOutput = output
        let errorURL = folder.appendingPathComponent("errors.txt")
        _ = FileManager.default.createFile(atPath: errorURL.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: errorURL)
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let errors = (try? String(contentsOf: errorURL, encoding: .utf8)) ?? ""
        if !errors.isEmpty { Issue.record("sqlite3 reported: \(errors.prefix(2000))") }
        var answers = [[String]](repeating: [], count: queries.count)
        var current: Int?
        // sqlite ends csv rows with CRLF (one Character in Swift), and quotes text with spaces
        // or non-ASCII bytes; no test text holds a comma or a quote.
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = line.replacingOccurrences(of: "\"", with: "")
            if line.hasPrefix("#@Q"), let index = Int(line.dropFirst(3)) {
                current = index
            } else if let current, !line.isEmpty || !answers[current].isEmpty {
                answers[current].append(line)
            }
        }
        return answers.map { lines in lines.last == "" ? Array(lines.dropLast()) : lines }
    }

    /// One pipeline's answer in csv mode, without its header line, or its error.
    static func runPlaceLab(_ pipeline: String, session: Session, console: BufferConsole) -> (lines: [String], error: String) {
        let before = console.output.count, reportsBefore = console.reports.count
        session.run(SourceText(name: "t", text: pipeline))
        let text = String(console.output.dropFirst(before))
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.replacingOccurrences(of: "\"", with: "") }
        if lines.last == "" { lines.removeLast() }
        return (Array(lines.dropFirst()), String(console.reports.dropFirst(reportsBefore)))
    }

    /// Fields agree when equal as text, or as numbers to 1e-9 relative (sqlite prints 15 digits).
    static func agree(_ ours: String, _ theirs: String) -> Bool {
        if ours == theirs { return true }
        let a = ours.split(separator: ",", omittingEmptySubsequences: false)
        let b = theirs.split(separator: ",", omittingEmptySubsequences: false)
        guard a.count == b.count else { return false }
        return zip(a, b).allSatisfy { x, y in
            if x == y { return true }
            guard let p = Double(x), let q = Double(y) else { return false }
            return abs(p - q) <= 1e-9 * max(1, abs(p), abs(q))
        }
    }
}

@Suite("Differential at scale: 100,000 rows against sqlite3",
       .enabled(if: LargeDifferential.sqliteAvailable, "sqlite3 not found at /usr/bin/sqlite3: large differential tests skipped"))
struct LargeDifferentialTests {
    /// Each pipeline with the SQL that states what it must give.
    static let cases: [(pipeline: String, sql: String, minimumRows: Int)] = [
        // Full stable sort: three keys, nulls last in both directions, ties in input order.
        ("t | sort k, x desc, s | select id",
         "SELECT id FROM t ORDER BY (k IS NULL), k, (x IS NULL), x DESC, (s IS NULL), s, _rid;", 100_000),
        ("t | where g < 10000 | sort s desc, g | select id, s",
         "SELECT id, s FROM t WHERE g < 10000 ORDER BY (s IS NULL), s DESC, (g IS NULL), g, _rid;", 15_000),
        // Top-N: a heap must give exactly the stable sort's first rows, ties included.
        ("t | sort x desc | first 25 | select id, x",
         "SELECT id, x FROM t ORDER BY (x IS NULL), x DESC, _rid LIMIT 25;", 25),
        ("t | sort k | limit 1000 | select id, k",
         "SELECT id, k FROM t ORDER BY (k IS NULL), k, _rid LIMIT 1000;", 1000),
        ("t | where k is null | sort s desc, x | first 40 | select id",
         "SELECT id FROM t WHERE k IS NULL ORDER BY (s IS NULL), s DESC, (x IS NULL), x, _rid LIMIT 40;", 40),
        // Group: first-seen order, nulls a group of their own, count() counts rows.
        ("t | group k | aggregate n = count(), total = sum(id), low = min(x), mean = avg(x), seen = count(x)",
         "SELECT k, count(*), sum(id), min(x), avg(x), count(x) FROM t GROUP BY k ORDER BY min(_rid);", 1001),
        ("t | group g | aggregate n = count(), top = max(k)",
         "SELECT g, count(*), max(k) FROM t GROUP BY g ORDER BY min(_rid);", 40_000),
        ("t | group s, k | count",
         "SELECT s, k, count(*) FROM t GROUP BY s, k ORDER BY min(_rid);", 5_000),
        // Two keys of different storages (decimal and text), hashed together.
        ("t | group x, s | aggregate n = count(), total = sum(id)",
         "SELECT x, s, count(*), sum(id) FROM t GROUP BY x, s ORDER BY min(_rid);", 50_000),
        ("t | group x | aggregate n = count() | sort n desc, x | first 10",
         "SELECT x, count(*) AS n FROM t GROUP BY x ORDER BY n DESC, (x IS NULL), x LIMIT 10;", 10),
        // Distinct, on one column and on two.
        ("t | distinct g | count", "SELECT count(DISTINCT g) + max(g IS NULL) FROM t;", 1),
        ("t | distinct s, k", "SELECT s, k FROM t GROUP BY s, k ORDER BY min(_rid);", 5_000),
        // Join: each left row with its matches in the right's order; nulls never match.
        ("t | join u on g == uk | select id, uid",
         "SELECT t.id, u.uid FROM t JOIN u ON t.g = u.uk ORDER BY t._rid, u._rid;", 30_000),
        ("t | join u on k == uk2 | count", "SELECT count(*) FROM t JOIN u ON t.k = u.uk2;", 1),
        ("t | left join u on k == uk2 | count",
         "SELECT count(*) FROM t LEFT JOIN u ON t.k = u.uk2;", 1),
        // A decimal key meets integers: 3.0 matches 3.
        ("t | join u on x == uk | count", "SELECT count(*) FROM t JOIN u ON t.x = u.uk;", 1),
        ("t | join u on x == uk | select id, x, uid, uk2",
         "SELECT t.id, t.x, u.uid, u.uk2 FROM t JOIN u ON t.x = u.uk ORDER BY t._rid, u._rid;", 3_000),
        // An integer key meets a decimal one; the right side's columns have nulls where nothing matched.
        ("u | where uid < 2000 | left join t on uk2 == x | select uid, id, x, s",
         "SELECT u.uid, t.id, t.x, t.s FROM u LEFT JOIN t ON u.uk2 = t.x WHERE u.uid < 2000 ORDER BY u._rid, t._rid;", 10_000),
        ("t | left join u on x == uk2 | sort uid desc | first 50 | select id, uid",
         "SELECT t.id, u.uid FROM t LEFT JOIN u ON t.x = u.uk2 ORDER BY (u.uid IS NULL), u.uid DESC, t._rid, u._rid LIMIT 50;", 50),
    ]

    @Test func operatorsAgreeWithSQLiteOnALargeTable() throws {
        let tables = LargeDifferential.tables()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placelab-large-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let answers = try LargeDifferential.runSQLite(setup: LargeDifferential.sqlSetup(tables, folder: folder),
                                                      queries: Self.cases.map(\.sql), folder: folder)
        let console = BufferConsole()
        let session = Session(settings: SessionSettings(mode: .csv), console: console)
        session.catalog = Catalog(tables.map { .table($0.dataset) })
        for (index, test) in Self.cases.enumerated() {
            let (ours, error) = LargeDifferential.runPlaceLab(test.pipeline, session: session, console: console)
            #expect(error.isEmpty, "\(test.pipeline): \(error)")
            let theirs = answers[index]
            #expect(ours.count >= test.minimumRows, "\(test.pipeline): only \(ours.count) rows")
            #expect(ours.count == theirs.count, "\(test.pipeline): \(ours.count) rows, sqlite \(theirs.count)")
            if let row = ours.indices.first(where: { $0 < theirs.count && !LargeDifferential.agree(ours[$0], theirs[$0]) }) {
                Issue.record("\(test.pipeline): row \(row + 1) is \(ours[row]), sqlite \(theirs[row])")
            }
        }
    }
}
