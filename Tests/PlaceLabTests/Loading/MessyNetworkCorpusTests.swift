import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// The network files of `Tests/Corpus/messy`, written by NetworkX, igraph, Gephi-style tables and
/// by hand (`scripts/reference/messy_networks.py` makes them), each loaded as a user would,
/// with `load` or `load network`, to the nodes, ties and attributes the file holds, or refused
/// with the line and column of its mistake.
@Suite struct MessyNetworkCorpusTests {
    private static let folder = packageRoot.appendingPathComponent("Tests/Corpus/messy").path

    /// Runs `statement` on the corpus file and returns what it loaded, or the error report.
    private func load(_ file: String, network: Bool = false, options: String = "") -> (entry: Catalog.Entry?, report: String) {
        let session = Session(console: BufferConsole())
        let path = Self.folder + "/" + file
        let outcome = session.run(SourceText(name: "test",
                                             text: "load \(network ? "network " : "")\"\(path)\" as x \(options)"))
        let report = (session.console as? BufferConsole)?.reports ?? ""
        return (outcome.succeeded ? session.catalog["x"] : nil, report)
    }

    private func loadedNetwork(_ file: String, loadNetwork: Bool = false, options: String = "") throws -> Network {
        let (entry, report) = load(file, network: loadNetwork, options: options)
        guard case .network(let network)? = entry else {
            throw Diagnostic("\(file) did not load as a network: \(report)")
        }
        return network
    }

    private func loadedTable(_ file: String) throws -> Dataset {
        let (entry, report) = load(file)
        guard case .table(let table)? = entry else { throw Diagnostic("\(file) did not load as a table: \(report)") }
        return table
    }

    /// Degree by node id, as `network NAME` reports it.
    private func degrees(_ network: Network) -> [String: Int] {
        let built = NetworkGraph(network)
        var result: [String: Int] = [:]
        for (index, id) in built.ids.enumerated() { result[id] = built.graph.reportedDegree(index) }
        return result
    }

    @Test(arguments: ["network-florentine.gexf", "network-florentine.gml", "network-florentine.dot"])
    func theFlorentineFamiliesWrittenByNetworkXLoadWithTypedAttributes(file: String) throws {
        let network = try loadedNetwork(file)
        #expect(network.nodes.rowCount == 15 && network.edges.rowCount == 20, "\(file)")
        #expect(!network.directed, "\(file)")
        #expect(network.nodes.columnNames == ["id", "label", "rank", "wealth", "faction"], "\(file)")
        #expect(network.nodes.column(named: "rank")?.type == .integer, "\(file)")
        #expect(network.nodes.column(named: "wealth")?.type == .number, "\(file)")
        #expect(network.nodes.column(named: "faction")?.type == .text, "\(file)")
        let ids = network.nodes.cells("id").map(\.plainText)
        let medici = try #require(ids.firstIndex(of: "Medici"), "\(file)")
        // Sorted names: Medici is the 9th family, so rank 9 and wealth 10.5 + 8 × 3.25.
        #expect(network.nodes.cells("rank")[medici] == .integer(9), "\(file)")
        #expect(network.nodes.cells("wealth")[medici] == .number(36.5), "\(file)")
        #expect(network.edges.column(named: "weight")?.type == .number, "\(file)")
        #expect(degrees(network)["Medici"] == 6, "\(file)")
    }

    @Test(arguments: ["network-advice.gexf", "network-advice.gml", "network-advice.dot", "network-advice.edgelist"])
    func aMultigraphWithTwoRelationsAndASelfLoopKeepsEveryTie(file: String) throws {
        let network = try loadedNetwork(file)
        #expect(network.arrows == ["ann→bob", "ann→bob", "bob→cy", "cy→cy", "dee→ann"], "\(file)")
        #expect(network.edges.cells("relation").map(\.plainText) == ["advice", "friendship", "advice", "advice", "friendship"],
                "\(file)")
        #expect(network.edges.cells("weight") == [2, 1, 3, 1, 1].map { Value.number($0) }, "\(file)")
        #expect(network.relations == ["advice", "friendship"], "\(file)")
        // NetworkX's `key` numbers parallel ties: it is not kept as data.
        #expect(network.edges.columnNames == ["source", "target", "relation", "weight"], "\(file)")
        if file.hasSuffix(".edgelist") {
            // A headerless list does not say it is directed.
            #expect(!network.directed)
        } else {
            #expect(network.directed, "\(file)")
            #expect(network.nodes.cells("realm").map(\.plainText) == ["civic", "market", "public", "civic"], "\(file)")
            // The self-loop adds one in and one out: cy has bob → cy and cy → cy.
            #expect(degrees(network)["cy"] == 3, "\(file)")
        }
    }

    @Test(arguments: ["network-florentine-weights.edgelist", "network-florentine.ncol"])
    func headerlessWeightedListsFromNetworkXAndIgraphLoad(file: String) throws {
        let network = try loadedNetwork(file)
        #expect(network.nodes.rowCount == 15 && network.edges.rowCount == 20)
        #expect(network.edges.cells("weight").allSatisfy { $0.isNumeric })
        #expect(network.edges.cells("weight").map(\.plainText).contains("3"))
    }

    @Test func compressedFilesLoadAsTheirInnerFormat() throws {
        let plain = try loadedNetwork("network-florentine.edgelist.gz")
        #expect(plain.name == "x" && plain.nodes.rowCount == 15 && plain.edges.rowCount == 20)
        let csv = try loadedNetwork("network-ties.csv.gz", loadNetwork: true)
        #expect(csv.edges.rowCount == 20)
        #expect(csv.edges.column(named: "weight")?.type == .number)
        #expect(DataFileFormat(path: "a/b.CSV.gz") == .csv)
        #expect(DelimitedReader.defaultDelimiter(for: "a/ties.tsv.gz") == DelimitedReader.tab)
        #expect(DataFileFormat.datasetName(forPath: "a/week 1.csv.gz") == "week_1")
    }

    @Test func fromAndToNameTheEnds() throws {
        let network = try loadedNetwork("network-from-to.csv", loadNetwork: true)
        #expect(network.arrows == ["ann→bob", "bob→cy", "cy→ann"])
        #expect(network.edges.cells("weight") == [2, 1, 4].map { Value.number($0) })
    }

    @Test func gephisTypeColumnIsTheDirectionNotARelation() throws {
        let undirected = try loadedNetwork("network-gephi-edges.csv", loadNetwork: true)
        #expect(!undirected.directed)
        #expect(undirected.relations.isEmpty)
        #expect(undirected.edges.cells("relation").allSatisfy { $0.isNull })
        #expect(!undirected.edges.columnNames.contains("Type"))
        let mixed = try loadedNetwork("network-gephi-mixed.csv", loadNetwork: true)
        // One directed tie makes a directed network; the undirected tie goes both ways.
        #expect(mixed.directed)
        #expect(mixed.arrows == ["ann→bob", "bob→cy", "cy→bob"])
        #expect(mixed.edges.cells("Label").map(\.plainText) == ["advice", "friends", "friends"])
    }

    @Test func aSelfLoopAddsTwoToAnUndirectedDegree() throws {
        let network = try loadedNetwork("network-self-loop.edgelist", loadNetwork: true)
        #expect(network.arrows == ["a→a", "a→b", "b→c"])
        #expect(degrees(network) == ["a": 3, "b": 2, "c": 1])
    }

    @Test func jsonLinesAndPandasColumnsJSONLoadAsTheSameTable() throws {
        for file in ["readings.jsonl", "readings-columns.json"] {
            let table = try loadedTable(file)
            #expect(table.columnNames == ["city", "population", "share"], "\(file)")
            #expect(table.cells("city").map(\.plainText) == ["Bristol", "Swindon", "Enschede"], "\(file)")
            #expect(table.column(named: "population")?.type == .integer, "\(file)")
            #expect(table.cells("share") == [.number(0.25), .null, .number(0.5)], "\(file)")
        }
    }

    /// Each broken file is refused with its place: FILE:LINE:COL and the message.
    @Test(arguments: [
        ("network-bad-weight.edgelist", "network-bad-weight.edgelist:2:8: error: a weight should be a number, not \"heavy\""),
        ("network-bad-dict.edgelist", "network-bad-dict.edgelist:2:20: error: expected \"}\" before the line ends"),
        ("network-unclosed.gml", "network-unclosed.gml:3:8: error: this list is not closed"),
        ("network-unknown-node.gml", "network-unknown-node.gml:3:26: error: unknown node 7 as the target of an edge"),
        ("network-bad.dot", "network-bad.dot:3:5: error: \"--\" in a digraph"),
        ("network-unknown-node.gexf", "network-unknown-node.gexf:8:39: error: unknown node \"z\" as the target of an edge"),
    ])
    func aBrokenFileIsRefusedAtItsPlace(file: String, expected: String) {
        let (entry, report) = load(file)
        #expect(entry == nil)
        #expect(report.contains(expected), "\(report)")
    }

    @Test func twoGzipMembersAreOneFileAndADamagedStreamIsRefused() throws {
        let joined = try loadedNetwork("network-two-members.edgelist.gz")
        #expect(joined.edges.rowCount == 20 && joined.nodes.rowCount == 15)
        let (entry, report) = load("network-damaged.edgelist.gz")
        #expect(entry == nil)
        #expect(report.contains("is not valid gzip data ("), "\(report)")
        // A file that inflates past the limit is refused, not read into memory whole.
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/network-florentine.edgelist.gz"))
        let refused = thrownDiagnostic { try Gzip.inflate(data, path: "f.gz", limit: 100) }
        #expect(refused?.message.hasPrefix("\"f.gz\" inflates to more than") == true)
    }

    /// Every prefix of every corpus file, and seeded random damage to each, loads or gives an
    /// error: no reader traps on a file cut short or garbled.
    @Test func cutAndGarbledFilesNeverTrap() throws {
        let folder = TestFolder("garbled")
        var generator = SeededRandom(seed: 42)
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.folder).sorted()
        for file in files {
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + file)))
            var variants: [[UInt8]] = stride(from: 0, to: bytes.count, by: max(1, bytes.count / 12)).map { Array(bytes[..<$0]) }
            for _ in 0..<6 where !bytes.isEmpty {
                var damaged = bytes
                for _ in 0..<3 {
                    damaged[Int(generator.next() % UInt64(damaged.count))] = UInt8(truncatingIfNeeded: generator.next())
                }
                variants.append(damaged)
            }
            for (index, variant) in variants.enumerated() {
                let path = folder.file("\(index)-\(file)")
                try Data(variant).write(to: URL(fileURLWithPath: path))
                let session = Session(console: BufferConsole())
                _ = session.run(SourceText(name: "t", text: "load network \"\(path)\" as x"))
                _ = session.run(SourceText(name: "t", text: "load \"\(path)\" as y"))
            }
        }
    }

    @Test func aTruncatedGzipFileIsRefused() {
        let (entry, report) = load("network-truncated.edgelist.gz")
        #expect(entry == nil)
        #expect(report.contains("ends before its gzip data does (the file is cut short)"), "\(report)")
    }

    @Test func parquetAndExcelFilesGetTheDuckDBConversion() {
        let session = Session(console: BufferConsole())
        for (file, words) in [("scores.parquet", "COPY (SELECT * FROM 'scores.parquet') TO 'scores.csv'"),
                              ("sheet.xlsx", "read_xlsx('sheet.xlsx')")] {
            let outcome = session.run(SourceText(name: "test", text: "load \(file)"))
            #expect(!outcome.succeeded)
            let reports = (session.console as? BufferConsole)?.reports ?? ""
            #expect(reports.contains("no maintained Swift library"), "\(reports)")
            #expect(reports.contains(words), "\(reports)")
        }
    }
}
