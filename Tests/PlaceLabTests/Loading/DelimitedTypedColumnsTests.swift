import Testing
@testable import PlaceLabCore
@testable import PlaceLabData

/// The reader types columns as it reads them: each must be stored exactly as converting its
/// cells afterwards would store them (same kind of storage, same cells).
@Suite struct DelimitedTypedColumnsTests {
    /// Cells of one column, row by row; a few rows long, or past the dictionary's checkpoints.
    static let columns: [String: @Sendable (Int) -> String] = [
        "integers": { $0 % 7 == 0 ? "" : "\($0 - 50)" },
        "widened": { $0 == 5000 ? "2.5" : $0 % 5 == 0 ? " " : "\($0)" },
        "doubles": { $0 % 3 == 0 ? "" : "\(Double($0) / 8)" },
        "flags": { $0 % 4 == 0 ? "" : $0 % 2 == 0 ? "TRUE" : "false" },
        "late_nulls": { $0 < 4500 ? "" : "\($0)" },
        "empty": { _ in "" },
        "repeated": { $0 % 9 == 0 ? "" : "a rather long name number \($0 % 40)" },
        "distinct": { "name \($0)" },
        "distinct_late": { $0 < 4000 ? "x\($0 % 3)" : "row \($0)" },
        "typed_then_text": { $0 == 6000 ? "n/a" : $0 % 11 == 0 ? "" : "\($0 % 13)" },
        "escaped": { $0 % 2 == 0 ? "\"say \"\"hi\"\"\"" : "plain" },
        "zeros": { $0 % 6 == 0 ? "007" : "\($0)" },
    ]

    @Test(arguments: [3, 70, 4096, 9000])
    func storedAsConvertingAfterwardsWould(rows: Int) throws {
        let names = Self.columns.keys.sorted()
        var text = names.joined(separator: ",") + "\n"
        for row in 0..<rows {
            text += names.map { Self.columns[$0]!(row) }.joined(separator: ",") + "\n"
        }
        let dataset = try DelimitedReader.parse(text, path: "data.csv", name: "data")
        for column in dataset.columns {
            let cells = Array(column.vector)
            let converted = ColumnVector(cells)
            #expect(ColumnVectorTests.kind(column.vector) == ColumnVectorTests.kind(converted), "\(column.name), \(rows) rows")
            #expect(cells.count == rows)
            #expect(zip(cells, converted).allSatisfy { ColumnVectorTests.identical($0, $1) }, "\(column.name)")
        }
        let typed = Dictionary(uniqueKeysWithValues: dataset.columns.map { ($0.name, $0.type) })
        #expect(typed["integers"] == .integer && typed["flags"] == .boolean && typed["empty"] == .empty)
        #expect(typed["typed_then_text"] == (rows > 6000 ? .text : .integer))
        #expect(typed["widened"] == (rows > 5000 ? .number : .integer))
    }
}
