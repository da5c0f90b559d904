import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// A small network with every column type, an awkward id, a null weight and (by default) a note.
func sampleNetwork(directed: Bool = true, note: String? = "invented ties") -> Network {
    let nodes = Dataset(name: "sample", origin: "test", columns: [
        Dataset.Column(name: "id", type: .text, values: [.text("a"), .text("b \"q\" & <c>"), .text("c")]),
        Dataset.Column(name: "label", type: .text, values: [.text("Alpha"), .null, .text("Gamma\nsecond line")]),
        Dataset.Column(name: "size", type: .integer, values: [.integer(3), .null, .integer(1)]),
        Dataset.Column(name: "score", type: .number, values: [.number(0.5), .number(1.25), .null]),
        Dataset.Column(name: "active", type: .boolean, values: [.bool(true), .bool(false), .null]),
    ], key: "id")
    let edges = Dataset(name: "sample.edges", origin: "test", columns: [
        Dataset.Column(name: "source", type: .text, values: [.text("a"), .text("b \"q\" & <c>"), .text("c")]),
        Dataset.Column(name: "target", type: .text, values: [.text("b \"q\" & <c>"), .text("c"), .text("a")]),
        Dataset.Column(name: "relation", type: .text, values: [.text("funds"), .text("advises"), .text("funds")]),
        Dataset.Column(name: "weight", type: .number, values: [.number(2), .null, .number(0.5)]),
        Dataset.Column(name: "since", type: .integer, values: [.integer(1999), .null, .null]),
    ])
    var network = Network(name: "sample", origin: "test", directed: directed, nodes: nodes, edges: edges,
                          relations: ["funds", "advises"], title: "Sample ties")
    if let note { network.markIllustrative(note) }
    return network
}

@Suite struct GEXFWriterTests {
    private func document(_ network: Network) throws -> XMLElement {
        let document = try XMLDocument(xmlString: GEXFWriter.gexf(network))
        return try #require(document.rootElement())
    }

    private func children(_ element: XMLElement?, _ name: String) -> [XMLElement] {
        element?.elements(forName: name) ?? []
    }

    /// Looked up in the attribute list: Foundation on Linux finds none by name in a namespaced document.
    private func attribute(_ element: XMLElement?, _ name: String) -> String? {
        element?.attributes?.first { $0.name == name || $0.localName == name }?.stringValue
    }

    @Test func theRootMetaAndGraphFollowGEXF13() throws {
        let root = try document(sampleNetwork())
        #expect(root.name == "gexf")
        #expect(attribute(root, "version") == "1.3")
        #expect(root.namespaces?.first?.stringValue == "http://gexf.net/1.3")
        let meta = children(root, "meta").first
        #expect(children(meta, "creator").first?.stringValue == "PlaceLab")
        #expect(children(meta, "description").first?.stringValue == "Sample ties\n\nillustrative network: invented ties")
        let graph = children(root, "graph").first
        #expect(attribute(graph, "defaultedgetype") == "directed")
        #expect(attribute(graph, "mode") == "static")
        let undirected = try document(sampleNetwork(directed: false, note: nil))
        #expect(attribute(children(undirected, "graph").first, "defaultedgetype") == "undirected")
        #expect(children(children(undirected, "meta").first, "description").first?.stringValue == "Sample ties")
    }

    @Test func attributesAreDeclaredWithTheirTypes() throws {
        let graph = children(try document(sampleNetwork()), "graph").first
        let declarations = children(graph, "attributes")
        #expect(declarations.map { attribute($0, "class") } == ["node", "edge"])
        let node = children(declarations.first, "attribute")
        #expect(node.map { attribute($0, "title") } == ["size", "score", "active"])
        #expect(node.map { attribute($0, "type") } == ["long", "double", "boolean"])
        #expect(node.map { attribute($0, "id") } == ["0", "1", "2"])
        let edge = children(declarations.last, "attribute")
        #expect(edge.map { attribute($0, "title") } == ["relation", "since"])
        #expect(edge.map { attribute($0, "type") } == ["string", "long"])
    }

    @Test func nodesAndEdgesCarryTheirValues() throws {
        let graph = children(try document(sampleNetwork()), "graph").first
        let nodes = children(children(graph, "nodes").first, "node")
        #expect(nodes.map { attribute($0, "id") } == ["a", "b \"q\" & <c>", "c"])
        #expect(nodes.map { attribute($0, "label") } == ["Alpha", nil, "Gamma\nsecond line"])
        let values = { (node: XMLElement) in
            self.children(self.children(node, "attvalues").first, "attvalue")
                .map { "\(self.attribute($0, "for") ?? "")=\(self.attribute($0, "value") ?? "")" }
        }
        #expect(values(nodes[0]) == ["0=3", "1=0.5", "2=true"])
        #expect(values(nodes[1]) == ["1=1.25", "2=false"])
        #expect(values(nodes[2]) == ["0=1"])

        let edges = children(children(graph, "edges").first, "edge")
        #expect(edges.map { attribute($0, "id") } == ["0", "1", "2"])
        #expect(edges.map { attribute($0, "source") } == ["a", "b \"q\" & <c>", "c"])
        #expect(edges.map { attribute($0, "weight") } == ["2.0", nil, "0.5"])
        #expect(edges.map { attribute($0, "kind") } == ["funds", "advises", "funds"])
        #expect(values(edges[0]) == ["0=funds", "1=1999"])
        #expect(values(edges[1]) == ["0=advises"])
    }
}

@Suite struct DOTWriterTests {
    @Test func aDirectedIllustrativeNetworkIsADigraphThatSaysSo() {
        #expect(DOTWriter.dot(sampleNetwork()) == """
            // Sample ties
            // illustrative network: invented ties
            digraph "sample" {
              comment="illustrative network: invented ties";
              label="sample: illustrative network, not data from the source";
              "a" [label="Alpha", size=3, score=0.5, active="true"];
              "b \\"q\\" & <c>" [score=1.25, active="false"];
              "c" [label="Gamma\\nsecond line", size=1];
              "a" -> "b \\"q\\" & <c>" [label="funds", weight=2, since=1999];
              "b \\"q\\" & <c>" -> "c" [label="advises"];
              "c" -> "a" [label="funds", weight=0.5];
            }

            """)
    }

    @Test func anUndirectedNetworkIsAGraphWithPlainEdges() {
        let text = DOTWriter.dot(sampleNetwork(directed: false, note: nil))
        #expect(text.hasPrefix("// Sample ties\ngraph \"sample\" {\n  \"a\" [label="))
        #expect(text.contains("\n  \"c\" -- \"a\" [label=\"funds\", weight=0.5];\n"))
        #expect(!text.contains("->") && !text.contains("comment="))
    }

    @Test func attributeNamesThatAreNotIdentifiersAreQuoted() {
        #expect(DOTWriter.identifier("realm") == "realm")
        #expect(DOTWriter.identifier("first name") == "\"first name\"")
        #expect(DOTWriter.identifier("node") == "\"node\"")
        #expect(DOTWriter.identifier("2nd") == "\"2nd\"")
        #expect(DOTWriter.quoted("a\\b") == "\"a\\\\b\"")
        #expect(DOTWriter.isNumeral("-2.5") && DOTWriter.isNumeral(".5") && DOTWriter.isNumeral("3"))
        #expect(!DOTWriter.isNumeral("1e-07") && !DOTWriter.isNumeral("inf") && !DOTWriter.isNumeral("1.2.3"))
        #expect(!DOTWriter.isNumeral("-") && !DOTWriter.isNumeral("2-"))
    }
}

@Suite struct PajekWriterTests {
    @Test func idsAreLabelsAndEachTieCarriesItsRelationAsItsLabel() {
        #expect(PajekWriter.pajek(sampleNetwork()) == """
            % illustrative network: invented ties
            *Network "Sample ties"
            *Vertices 3
            1 "a"
            2 "b 'q' & <c>"
            3 "c"
            *Arcs
            1 2 2 l "funds"
            2 3 1 l "advises"
            3 1 0.5 l "funds"

            """)
    }

    @Test func sectionRelationsAreReadAndWrittenAsLabelsAndCoordinatesAreKept() throws {
        var network = try PajekReader.read(text: """
            *Vertices 2
            1 "a" 0.25 0.75
            2 "b" 1 0
            *Edges :1 "kin"
            1 2
            *Edges
            2 2 3
            """, path: "t.net", name: "t")
        network.title = nil
        #expect(PajekWriter.pajek(network) == """
            *Vertices 2
            1 "a" 0.25 0.75
            2 "b" 1 0
            *Edges
            1 2 1 l "kin"
            2 2 3

            """)
        let back = try PajekReader.read(text: PajekWriter.pajek(network), path: "u.net", name: "u")
        #expect(back.edges.cells("relation") == [.text("kin"), .null])
        #expect(back.relations == ["kin"])
    }
}

@Suite struct TableWriterTests {
    private let table = Table(columns: ["id", "note"], rows: [[.text("a"), .text("x, y")], [.text("b"), .null]],
                              notes: ["illustrative network: made up", "3 rows"])

    @Test func theIllustrativeNoteIsALastColumnInCSVAndTSVAndATopLevelNoteInJSON() throws {
        #expect(try TableWriter.text(table, as: .csv) == """
            id,note,illustrative_note
            a,"x, y",made up
            b,,made up

            """)
        #expect(try TableWriter.text(table, as: .tsv) == "id\tnote\tillustrative_note\na\tx, y\tmade up\nb\t\tmade up\n")
        #expect(try TableWriter.text(table, as: .json) == """
            {"note":"illustrative network: made up","rows":[
            {"id":"a","note":"x, y"},
            {"id":"b","note":null}
            ]}

            """)
    }

    @Test func tsvFollowsTheIANARuleAndRefusesATabOrLineBreakByRowAndColumn() throws {
        let plain = Table(columns: ["id", "note"], rows: [[.text("a"), .text(#"C:\temp"#)], [.text("b"), .text("x\ty")]])
        let diagnostic = thrownDiagnostic { try TableWriter.text(plain, as: .tsv) }
        #expect(diagnostic?.message == "row 2, column \"note\" holds a tab, which TSV cannot hold as it is")
        #expect(diagnostic?.help == "export to .csv, which quotes such values, or replace it in the query")
        let broken = Table(columns: ["id"], rows: [[.text("one\ntwo")]])
        #expect(thrownDiagnostic { try TableWriter.text(broken, as: .tsv) }?.message
                == "row 1, column \"id\" holds a line break, which TSV cannot hold as it is")
        let quoted = Table(columns: ["title"], rows: [[.text("say \"hei\"")], [.text("\"a\"")]])
        #expect(thrownDiagnostic { try TableWriter.text(quoted, as: .tsv) }?.message
                == "row 2, column \"title\" holds a quote at its start, which TSV cannot hold as it is")
        // Backslashes are written as they are: no escapes.
        let first = Table(columns: ["id", "note"], rows: [[.text("a"), .text(#"C:\temp"#)]])
        #expect(try TableWriter.text(first, as: .tsv) == "id\tnote\na\tC:\\temp\n")
    }

    @Test func aTableWithoutAnIllustrativeNoteIsWrittenAsTheModesPrintIt() throws {
        let plain = Table(columns: ["id"], rows: [[.text("a")]], notes: ["3 rows"])
        #expect(try TableWriter.text(plain, as: .csv) == "id\na\n")
    }

    @Test func loadingTheColumnBackGivesTheNote() throws {
        let folder = TestFolder()
        for format in [ExportFormat.csv, .tsv, .json] {
            let path = try folder.write("t.\(format.rawValue)", try TableWriter.text(table, as: format))
            let session = Session(console: BufferConsole())
            #expect(session.run(SourceText(name: "t", text: "load \"\(path)\" as t")).succeeded)
            guard case .table(let dataset)? = session.catalog["t"] else {
                Issue.record("\(format): not a table")
                continue
            }
            #expect(dataset.columnNames == ["id", "note"], "\(format)")
            #expect(dataset.notes == ["illustrative network: made up"], "\(format)")
            #expect(dataset.cells("note") == [.text("x, y"), .null], "\(format)")
        }
    }
}

@Suite struct GraphMLAndCSVNoteTests {
    @Test func graphMLKeepsTheNoteAsAGraphKeyAndReadsItBack() throws {
        let text = NetworkWriter.graphML(sampleNetwork())
        #expect(text.contains("<key id=\"g1\" for=\"graph\" attr.name=\"illustrative_note\" attr.type=\"string\"/>"))
        #expect(text.contains("<data key=\"g1\">invented ties</data>"))
        let back = try GraphMLReader.read(path: try TestFolder().write("s.graphml", text), name: "s")
        #expect(back.illustrativeNote == "invented ties")
        #expect(back.nodes.notes == ["illustrative network: invented ties"])
        #expect(!(try GraphMLReader.read(path: try TestFolder().write("p.graphml",
                                                                       NetworkWriter.graphML(sampleNetwork(note: nil))),
                                         name: "p").isIllustrative))
    }

    @Test func theCSVPairCarriesTheNoteInBothFilesAndTheReaderTakesItOut() throws {
        let csv = NetworkWriter.edgeListCSV(sampleNetwork())
        #expect(csv.edges.hasPrefix("source,target,relation,weight,since,illustrative_note\na,"))
        #expect(csv.edges.contains(",invented ties\n"))
        #expect(csv.nodes.hasPrefix("id,label,size,score,active,illustrative_note\na,Alpha,3,0.5,true,invented ties\n"))
        let folder = TestFolder()
        let back = try EdgeListReader.read(edgesPath: try folder.write("e.csv", csv.edges),
                                           nodesPath: try folder.write("n.csv", csv.nodes), name: "s", directed: true)
        #expect(back.illustrativeNote == "invented ties")
        #expect(back.nodes.columnNames == ["id", "label", "size", "score", "active"])
        #expect(back.edges.columnNames == ["source", "target", "relation", "weight", "since"])
        let edgesOnly = try EdgeListReader.read(edgesPath: folder.file("e.csv"), nodesPath: nil, name: "e", directed: true)
        #expect(edgesOnly.illustrativeNote == "invented ties")
    }

    @Test func anIllustrativeNoteColumnWhoseCellsDifferIsOrdinaryData() throws {
        let path = try TestFolder().write("e.csv", "source,target,illustrative_note\na,b,one\nb,a,two\n")
        let network = try EdgeListReader.read(edgesPath: path, nodesPath: nil, name: "e", directed: true)
        #expect(!network.isIllustrative)
        #expect(network.edges.cells("illustrative_note") == [.text("one"), .text("two")])
    }
}

@Suite struct EmptyColumnKeyTests {
    /// A column with no value is not declared: igraph would give every edge weight=''.
    @Test func graphMLAndGEXFDeclareNoKeyForAColumnWithoutValues() {
        var network = sampleNetwork(note: nil)
        network.edges.columns[3].values = [.null, .null, .null]
        network.edges.columns[3].type = .empty
        let graphML = NetworkWriter.graphML(network)
        #expect(!graphML.contains("attr.name=\"weight\""))
        #expect(graphML.contains("attr.name=\"relation\""))
        #expect(!GEXFWriter.gexf(network).contains(" weight="))
        network.nodes.columns[2].values = [.null, .null, .null]
        #expect(!NetworkWriter.graphML(network).contains("attr.name=\"size\""))
        #expect(!GEXFWriter.gexf(network).contains("title=\"size\""))
    }
}
