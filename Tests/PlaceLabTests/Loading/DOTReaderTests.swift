import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct DOTReaderTests {
    private func read(_ text: String) throws -> Network {
        try DOTReader.read(path: try TestFolder("dot").write("g.dot", text), name: "g")
    }

    /// Graphviz's grammar as hand-written files use it: comments, defaults, chains, ports,
    /// subgraphs, concatenated and escaped strings, HTML labels.
    @Test func graphvizFilesAsPeopleWriteThem() throws {
        let network = try read(#"""
            /* a header comment */
            # a preprocessor line
            strict digraph "city" {
              graph [rankdir=LR]; node [shape=box, team="core"];
              label = "Who talks to whom";
              a [label="Ann " + "Smith", size=3];
              b [label=<<b>Bob</b>>, size=2.5];
              a -> b -> c [relation=advice, weight=2];   // a chain: two ties
              c:n -> { d e } [relation="say \"hi\""];
              subgraph cluster_x { f; g }
            }
            """#)
        #expect(network.directed)
        #expect(network.nodes.cells("id").map(\.plainText) == ["a", "b", "c", "d", "e", "f", "g"])
        #expect(network.nodes.cells("label").map(\.plainText) == ["Ann Smith", "<b>Bob</b>", "", "", "", "", ""])
        #expect(network.nodes.column(named: "size")?.type == .number)
        #expect(network.nodes.cells("team").map(\.plainText) == ["core", "core", "core", "core", "core", "core", "core"])
        #expect(network.arrows == ["a→b", "b→c", "c→d", "c→e"])
        #expect(network.edges.cells("relation").map(\.plainText) == ["advice", "advice", "say \"hi\"", "say \"hi\""])
        #expect(network.edges.cells("weight") == [.number(2), .number(2), .null, .null])
    }

    @Test func mistakesArePlaced() throws {
        let cases: [(String, String)] = [
            ("graph { a -> b }", "g.dot:1:11: error: \"->\" in a graph"),
            ("digraph { a -> b [weight=heavy] }", "g.dot:1:26: error: an edge weight should be a number, not \"heavy\""),
            ("digraph { a -> }", "g.dot:1:16: error: expected a node name, found \"}\""),
            ("digraph { a [label=\"x ]; }", "g.dot:1:20: error: a quoted string is not closed"),
            ("network { }", "g.dot:1:1: error: expected graph or digraph, found \"network\""),
            ("digraph { a } digraph { b }", "g.dot:1:15: error: unexpected \"digraph\" after the graph's closing }"),
            ("digraph { " + String(repeating: "{ ", count: 5000) + "}", "g.dot:1:211: error: subgraphs nested more than 100 deep"),
        ]
        for (text, expected) in cases {
            let diagnostic = thrownDiagnostic { try read(text) }
            let shown = diagnostic.map { DiagnosticFormatter(style: .plain).format($0) } ?? ""
            #expect(shown.contains(expected), "\(text): \(shown)")
        }
    }
}
