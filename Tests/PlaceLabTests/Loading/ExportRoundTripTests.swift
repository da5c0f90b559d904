import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// `export` then `load` gives back the network or table that was exported.
@Suite struct ExportRoundTripTests {
    private static let bundled = DatasetFolder.load(packageRoot.appendingPathComponent("datasets").path).entries

    /// A session with the bundled datasets; statements run from `text`, failing the test on an error.
    private func run(_ text: String, in session: Session? = nil) -> (Session, BufferConsole) {
        let console = BufferConsole()
        let session = session ?? Session(console: console)
        if session.catalog.entries.isEmpty { session.catalog = Catalog(Self.bundled) }
        let outcome = session.run(SourceText(name: "test", text: text))
        #expect(outcome.succeeded, "\(text): \((session.console as? BufferConsole)?.reports ?? "")")
        return (session, (session.console as? BufferConsole) ?? console)
    }

    private func network(_ name: String, in session: Session) throws -> Network {
        guard case .network(let network)? = session.catalog[name] else {
            throw Diagnostic("\(name) is not a loaded network")
        }
        return network
    }

    /// Every column, value for value, and what the network says about itself.
    private func expectSame(_ back: Network, _ original: Network, _ format: String) {
        #expect(back.directed == original.directed, "\(format)")
        #expect(back.illustrativeNote == original.illustrativeNote, "\(format)")
        #expect(back.nodes.notes == original.nodes.notes, "\(format)")
        #expect(back.relations == Self.usedRelations(original), "\(format)")
        #expect(back.nodes.columnNames == original.nodes.columnNames, "\(format)")
        for column in original.nodes.columns {
            #expect(back.nodes.cells(column.name) == column.values, "\(format): node column \(column.name)")
        }
        #expect(back.edges.columnNames == original.edges.columnNames, "\(format)")
        for column in original.edges.columns {
            #expect(back.edges.cells(column.name) == column.values, "\(format): edge column \(column.name)")
        }
    }

    /// The relations the edges use, in the order they first appear: what a reader can find.
    private static func usedRelations(_ network: Network) -> [String] {
        var seen: [String] = []
        for value in network.edges.cells("relation") where !value.isNull && !seen.contains(value.plainText) {
            seen.append(value.plainText)
        }
        return seen
    }

    /// The edges as sorted `source→target relation weight` lines: order aside, the same ties.
    /// `pajek`: as Pajek writes them, where a tie with a relation and no weight has weight 1.
    private static func ties(_ network: Network, pajek: Bool = false) -> [String] {
        let columns = ["source", "target", "relation", "weight"].map { network.edges.cells($0) }
        return (0..<network.edges.rowCount).map { row in
            let weight = pajek && columns[3][row].isNull && !columns[2][row].isNull ? "1" : columns[3][row].plainText
            return "\(columns[0][row].plainText)→\(columns[1][row].plainText) \(columns[2][row].plainText) \(weight)"
        }.sorted()
    }

    @Test(arguments: ["sna_locality", "gouda", "pittsburgh"])
    func graphMLAndTheCSVPairGiveBackTheWholeNetwork(name: String) throws {
        let folder = TestFolder("round-trip")
        let (session, _) = run("""
            export \(name) to \(folder.path)/n.graphml
            export \(name) to \(folder.path)/n.csv
            load \(folder.path)/n.graphml as from_graphml
            load network \(folder.path)/n.csv nodes \(folder.path)/n-nodes.csv directed as from_csv
            """)
        let original = try network(name, in: session)
        #expect(original.isIllustrative)
        let graphML = try network("from_graphml", in: session)
        expectSame(graphML, original, "graphml")
        #expect(graphML.title == original.title && graphML.description == original.description)
        expectSame(try network("from_csv", in: session), original, "csv")
    }

    @Test(arguments: ["sna_locality", "gouda", "pittsburgh"])
    func gexfAndDOTGiveBackTheWholeNetwork(name: String) throws {
        let folder = TestFolder("round-trip")
        let (session, _) = run("""
            export \(name) to \(folder.path)/n.gexf
            export \(name) to \(folder.path)/n.dot
            load \(folder.path)/n.gexf as from_gexf
            load \(folder.path)/n.dot as from_dot
            """)
        let original = try network(name, in: session)
        expectSame(try network("from_gexf", in: session), original, "gexf")
        expectSame(try network("from_dot", in: session), original, "dot")
    }

    @Test(arguments: ["sna_locality", "gouda", "pittsburgh"])
    func pajekGivesBackTheIDsTiesRelationsAndWeights(name: String) throws {
        let folder = TestFolder("round-trip")
        let (session, console) = run("export \(name) to \(folder.path)/n.net\nload \(folder.path)/n.net as from_pajek")
        #expect(console.reports.contains("; .net keeps ids, ties, relations and weights, not labels or other attributes"))
        let original = try network(name, in: session)
        let back = try network("from_pajek", in: session)
        #expect(back.nodes.cells("id") == original.nodes.cells("id"))
        #expect(back.directed == original.directed)
        #expect(back.illustrativeNote == original.illustrativeNote)
        #expect(back.title == original.title)
        #expect(Set(back.relations) == Set(Self.usedRelations(original)))
        #expect(Self.ties(back) == Self.ties(original, pajek: true))
    }

    @Test func anUndirectedNetworkStaysUndirectedInEveryFormat() throws {
        let folder = TestFolder("round-trip")
        let original = sampleNetwork(directed: false)
        let session = Session(console: BufferConsole())
        session.catalog = Catalog([.network(original)])
        _ = run("""
            export sample to \(folder.path)/s.graphml
            export sample to \(folder.path)/s.csv
            export sample to \(folder.path)/s.net
            load \(folder.path)/s.graphml as g
            load network \(folder.path)/s.csv nodes \(folder.path)/s-nodes.csv as c
            load \(folder.path)/s.net as p
            """, in: session)
        expectSame(try network("g", in: session), original, "graphml")
        expectSame(try network("c", in: session), original, "csv")
        let pajek = try network("p", in: session)
        #expect(!pajek.directed)
        #expect(Self.ties(pajek) == Self.ties(original, pajek: true).map { $0.replacingOccurrences(of: "\"", with: "'") })
    }

    @Test func aTableFromAnIllustrativeNetworkKeepsItsRowsAndNote() throws {
        let folder = TestFolder("round-trip")
        let (session, console) = run("""
            let inner = sna_locality | where designed_core | select id, label, organisation, designed_core
            export inner to \(folder.path)/core.csv
            export inner to \(folder.path)/core.tsv
            export inner to \(folder.path)/core.json
            load \(folder.path)/core.csv as from_csv
            load \(folder.path)/core.tsv as from_tsv
            load \(folder.path)/core.json as from_json
            """)
        #expect(console.reports.contains("exported inner to \(folder.path)/core.csv: 10 rows, 5 columns, with its illustrative note"))
        let original = try #require(session.bindings["inner"])
        for name in ["from_csv", "from_tsv", "from_json"] {
            let back = try #require(session.catalog.dataset(name))
            #expect(back.columnNames == original.names, "\(name)")
            #expect(back.rowCount == 10, "\(name)")
            for (index, column) in original.names.enumerated() {
                #expect(back.cells(column) == original.rows.map { original.columns[index][$0] }, "\(name): \(column)")
            }
            #expect(back.notes == original.notes, "\(name)")
        }
    }

    @Test func aBundledTableExportsAsTheModesPrintIt() throws {
        let folder = TestFolder("round-trip")
        let (session, _) = run("export realms to \(folder.path)/realms.json\nload \(folder.path)/realms.json as back")
        let original = try #require(session.catalog.dataset("realms"))
        let back = try #require(session.catalog.dataset("back"))
        #expect(back.columnNames == original.columnNames)
        for column in original.columns {
            #expect(back.cells(column.name) == column.values, "column \(column.name)")
        }
        #expect(back.notes.isEmpty)
    }
}
