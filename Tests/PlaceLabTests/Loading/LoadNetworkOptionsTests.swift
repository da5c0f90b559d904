import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData

/// `load network` takes `load`'s table options where they apply to an edge list: delimiter,
/// decimal, null, header none and format, besides nodes and directed|undirected
/// (Tests/Corpus/messy/network-*.csv, network-tabs.txt).
@Suite struct LoadNetworkOptionsTests {
    private static let folder = packageRoot.appendingPathComponent("Tests/Corpus/messy").path

    /// The network `load network FILE OPTIONS` gives, and the error report.
    private func load(_ file: String, _ options: String) -> (Network?, report: String) {
        let console = BufferConsole()
        let session = Session(console: console)
        _ = session.run(SourceText(name: "test", text: "load network \"\(Self.folder)/\(file)\" \(options)"))
        guard case .network(let network)? = session.catalog["x"] else { return (nil, console.reports) }
        return (network, console.reports)
    }

    @Test func aSemicolonEdgeListWithDecimalCommasAndNA() throws {
        let (network, report) = load("network-semicolon-na.csv", "as x delimiter ';' decimal ',' directed")
        let loaded = try #require(network, "\(report)")
        #expect(loaded.directed)
        #expect(loaded.edges.cells("weight") == [.number(2.5), .null, .number(1)])
        // n/a is null in a column of years, as in a table.
        #expect(loaded.edges.cells("since") == [.integer(1999), .integer(2001), .null])
    }

    @Test func decimalCommaWeightsWithoutTheOptionAreRefusedNamingIt() {
        let (network, report) = load("network-semicolon-na.csv", "delimiter ';' as x")
        #expect(network == nil)
        #expect(report.contains("network-semicolon-na.csv:2:11: error: an edge weight should be a number, not \"2,5\""))
        #expect(report.contains("help: the file writes decimals with a comma: add decimal ','"))
    }

    @Test func nullNoneKeepsNAAsTextSoTheWeightIsRefusedAtItsLine() throws {
        let (refused, report) = load("network-headerless.csv", "header none null none as x")
        #expect(refused == nil)
        // header none: the second tie is on line 2.
        #expect(report.contains("network-headerless.csv:2:5: error: an edge weight should be a number, not \"NA\""))
        let (network, named) = load("network-headerless.csv", "header none null none, 'NA' as x")
        #expect(try #require(network, "\(named)").edges.cells("weight") == [.number(2), .null, .number(0.5)])
    }

    @Test func headerNoneReadsSourceTargetWeightByPosition() throws {
        let (network, report) = load("network-headerless.csv",
                                     "header none nodes \"\(Self.folder)/network-headerless-nodes.csv\" undirected as x")
        let loaded = try #require(network, "\(report)")
        #expect(!loaded.directed)
        #expect(loaded.edges.cells("source") == [.text("a"), .text("b"), .text("c")])
        #expect(loaded.edges.cells("weight") == [.number(2), .null, .number(0.5)])
        #expect(loaded.nodes.cells("label") == [.text("Alpha"), .text("Beta"), .text("Carla")])
    }

    @Test func formatNamesTheEdgeListsKindWhateverTheExtension() throws {
        let (network, report) = load("network-tabs.txt", "format tsv as x")
        #expect(try #require(network, "\(report)").edges.cells("target") == [.text("y"), .text("z")])
    }

    @Test func anUnknownNodeIsPlacedInTheSemicolonFile() {
        let (network, report) = load("network-semicolon-unknown.csv",
                                     "nodes \"\(Self.folder)/network-semicolon-nodes.csv\" delimiter ';' as x")
        #expect(network == nil)
        #expect(report.contains("network-semicolon-unknown.csv:3:6: error: unknown node \"Dora\": not in the nodes file"))
    }

    @Test func optionsThatDoNotApplyAreRefusedAtTheirPlace() {
        let (gexf, gexfReport) = load("network-florentine.gexf", "delimiter ';' as x")
        #expect(gexf == nil)
        #expect(gexfReport.contains("error: delimiter, decimal and header apply to CSV and TSV edge lists, not gexf"))
        let (json, jsonReport) = load("network-headerless.csv", "format json as x")
        #expect(json == nil)
        #expect(jsonReport.contains("error: format json holds a table, not a network"))
        let (typed, typedReport) = load("network-headerless.csv", "types weight: number as x")
        #expect(typed == nil)
        #expect(typedReport.contains("error: types apply to tables"))
        let (unknown, unknownReport) = load("network-headerless.csv", "directd as x")
        #expect(unknown == nil)
        #expect(unknownReport.contains("error: unexpected \"directd\" in load network"))
        #expect(unknownReport.contains("did you mean \"directed\"?"))
    }
}
