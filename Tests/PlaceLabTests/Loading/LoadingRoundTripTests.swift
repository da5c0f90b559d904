import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// What PlaceLab writes in its csv, tsv and json modes reads back as the same values and types.
@Suite struct LoadingRoundTripTests {
    static let scalarColumns: [Dataset.Column] = [
        .init(name: "id", type: .integer, values: [.integer(1), .integer(-2), .integer(Int.max), .null]),
        .init(name: "score", type: .number, values: [.number(1.5), .number(2), .number(-1e-7), .number(12345.678)]),
        .init(name: "active", type: .boolean, values: [.bool(true), .bool(false), .null, .bool(true)]),
        .init(name: "name", type: .text, values: [
            .text("Oslo, Norway"), .text("say \"hei\", then go"), .text("two\nlines\ttabbed \\ slash"), .text(" Zürich "),
        ]),
        .init(name: "nothing", type: .empty, values: [.null, .null, .null, .null]),
        .init(name: "name", type: .text, values: [.text("东京"), .null, .text("x"), .text("y")]),
    ]

    static func table(_ columns: [Dataset.Column]) -> Table {
        Dataset(name: "original", origin: "memory", columns: columns).table()
    }

    /// Same values and types, column by column; duplicate names come back deduplicated.
    static func expectSame(_ read: Dataset, _ columns: [Dataset.Column], renamed: [String]) {
        #expect(read.columns.map(\.name) == renamed)
        #expect(read.rowCount == columns[0].values.count)
        for (got, want) in zip(read.columns, columns) {
            #expect(got.type == want.type, "\(want.name)")
            #expect(got.values == want.values, "\(want.name)")
        }
    }

    static let names = ["id", "score", "active", "name", "nothing", "name_2"]

    @Test func csv() throws {
        let text = TableRenderer.render(Self.table(Self.scalarColumns), RenderOptions(mode: .csv))
        let read = try DelimitedReader.parse(text, path: "out.csv", name: "out")
        Self.expectSame(read, Self.scalarColumns, renamed: Self.names)
    }

    @Test func tsv() throws {
        let text = TableRenderer.render(Self.table(Self.scalarColumns), RenderOptions(mode: .tsv))
        let read = try DelimitedReader.parse(text, path: "out.tsv", name: "out", delimiter: DelimitedReader.tab)
        Self.expectSame(read, Self.scalarColumns, renamed: Self.names)
    }

    @Test func json() throws {
        var columns = Self.scalarColumns
        columns.removeLast()  // JSON objects cannot hold one key twice
        columns.append(.init(name: "tags", type: .list, values: [
            .list([.integer(1), .text("a, b"), .null]), .list([]), .null, .list([.bool(true), .number(0.5)]),
        ]))
        let text = TableRenderer.render(Self.table(columns), RenderOptions(mode: .json))
        let read = try JSONReader.parse(text, path: "out.json", name: "out")
        Self.expectSame(read, columns, renamed: ["id", "score", "active", "name", "nothing", "tags"])
    }
}
