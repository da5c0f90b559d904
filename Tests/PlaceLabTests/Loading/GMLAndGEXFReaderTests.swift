import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct GMLReaderTests {
    private func read(_ text: String) throws -> Network {
        try GMLReader.read(path: try TestFolder("gml").write("g.gml", text), name: "g")
    }

    /// igraph writes numeric ids and repeats no label; entities and nested lists as Cytoscape does.
    @Test func idsStayNumbersWhenLabelsRepeatAndEntitiesAreDecoded() throws {
        let network = try read("""
            Creator "igraph"
            graph [
              directed 0
              illustrative_note "made &quot;up&quot; &amp; small"
              node [ id 10 label "Ann" score 1.5 graphics [ x 1 y 2 ] ]
              node [ id 11 label "Ann" score INF ]
              edge [ source 10 target 11 weight 2 label "kin" ]
              edge [ source 11 target 11 ]
            ]
            """)
        #expect(!network.directed)
        #expect(network.illustrativeNote == "made \"up\" & small")
        #expect(network.nodes.columnNames == ["id", "label", "score"])
        #expect(network.nodes.cells("id") == [.text("10"), .text("11")])
        #expect(network.nodes.cells("label") == [.text("Ann"), .text("Ann")])
        #expect(network.nodes.cells("score") == [.number(1.5), .number(.infinity)])
        #expect(network.arrows == ["10→11", "11→11"])
        #expect(network.edges.cells("relation") == [.text("kin"), .null])
        #expect(network.edges.cells("weight") == [.number(2), .null])
    }

    @Test func mistakesArePlacedAndBigNumbersAreRefused() {
        let cases: [(String, String)] = [
            ("graph [ node [ id 1 ] node [ id 1 ] ]", "g.gml:1:33: error: duplicate node id 1"),
            ("graph [ node [ id 99999999999999999999 ] ]", "g.gml:1:19: error: 99999999999999999999 is too large for a whole number"),
            ("graph [ node [ id 1 ] edge [ source 1 target 1 weight \"x\" ] ]", "g.gml:1:55: error: an edge weight should be a finite number"),
            ("graph [ node [ label \"a\" ] ]", "g.gml:1:9: error: a node needs an id"),
            ("graph ] ", "g.gml:1:7: error: the key \"graph\" has no value"),
            ("nodes [ ]", "g.gml:1:1: error: no graph [ … ] in this file"),
        ]
        for (text, expected) in cases {
            let shown = thrownDiagnostic { try read(text) }.map { DiagnosticFormatter(style: .plain).format($0) } ?? ""
            #expect(shown.contains(expected), "\(text): \(shown)")
        }
    }
}

@Suite struct GEXFReaderTests {
    private func read(_ text: String) throws -> Network {
        try GEXFReader.read(path: try TestFolder("gexf").write("g.gexf", text), name: "g")
    }

    /// Gephi's own export: typed attributes with defaults, a mutual edge in a directed graph.
    @Test func gephisExportWithDefaultsAndMutualTies() throws {
        let network = try read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" version="1.3">
              <graph defaultedgetype="directed">
                <attributes class="node">
                  <attribute id="0" title="age" type="integer"><default>30</default></attribute>
                  <attribute id="1" title="member" type="boolean"/>
                </attributes>
                <nodes>
                  <node id="n0" label="Ann"><attvalues><attvalue for="0" value="41"/><attvalue for="1" value="true"/></attvalues></node>
                  <node id="n1" label="Bob"/>
                </nodes>
                <edges>
                  <edge id="0" source="n0" target="n1" weight="1.5" kind="advice"/>
                  <edge id="1" source="n1" target="n0" type="mutual"/>
                </edges>
              </graph>
            </gexf>
            """)
        #expect(network.directed)
        #expect(network.nodes.cells("label") == [.text("Ann"), .text("Bob")])
        #expect(network.nodes.cells("age") == [.integer(41), .integer(30)])
        #expect(network.nodes.cells("member") == [.bool(true), .null])
        #expect(network.arrows == ["n0→n1", "n1→n0", "n0→n1"])
        #expect(network.edges.cells("relation") == [.text("advice"), .null, .null])
        #expect(network.edges.cells("weight") == [.number(1.5), .null, .null])
    }

    @Test func mistakesArePlaced() {
        let cases: [(String, String)] = [
            ("<graphml/>", "g.gexf:1:1: error: this is not GEXF: its root element is <graphml>"),
            ("<gexf><graph><nodes><node id=\"a\"/><node id=\"a\"/></nodes></graph></gexf>",
             "error: duplicate node id \"a\""),
            ("<gexf><graph><edges><edge source=\"a\" target=\"b\" weight=\"x\"/></edges></graph></gexf>",
             "error: an edge weight should be a number, not \"x\""),
            ("<gexf><graph><nodes>", "error: not well-formed XML"),
            // As GraphML: entity declarations are refused, never expanded (a few kilobytes
            // repeated inside each other would grow to gigabytes), and NUL never reaches libxml2.
            ("<!DOCTYPE gexf [<!ENTITY a \"aaaa\"><!ENTITY b \"&a;&a;&a;\">]>\n<gexf><graph/></gexf>",
             "g.gexf:1:17: error: entity declarations are not read"),
            ("<!DOCTYPE gexf [<!ENTITY a \"&a;\">]>\n<gexf><graph/></gexf>",
             "error: the entity \"a\" refers to itself (a → a), so it has no value"),
            ("\u{0}\u{0}<gexf><graph/></gexf>", "g.gexf:1:1: error:"),
        ]
        for (text, expected) in cases {
            let shown = thrownDiagnostic { try read(text) }.map { DiagnosticFormatter(style: .plain).format($0) } ?? ""
            #expect(shown.contains(expected), "\(text): \(shown)")
        }
    }
}

@Suite struct DataFileFormatTests {
    /// `load FILE format X` finds a reader by name; extensions under .gz count.
    @Test func formatsAreFoundByNameAndByExtension() {
        #expect(DataFileFormat(name: "GEXF") == .gexf)
        #expect(DataFileFormat(name: "yaml") == .bundled)
        #expect(DataFileFormat(name: "ndjson") == .jsonl)
        #expect(DataFileFormat(name: "ncol") == .edgelist)
        #expect(DataFileFormat(name: "xlsx") == nil)
        #expect(DataFileFormat.names.contains("gml") && DataFileFormat.names.contains("yaml"))
        #expect(DataFileFormat(path: "x/ties.gv.gz") == .dot)
        #expect(DataFileFormat(path: "x.y/noextension") == nil)
        #expect(DataFileFormat.unsupported(path: "sheet.XLSX") != nil)
        #expect(DataFileFormat.unsupported(path: "ties.csv") == nil)
    }
}
