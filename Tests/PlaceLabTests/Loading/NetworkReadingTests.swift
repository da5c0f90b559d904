import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// A folder of its own per test, with files written from strings.
private struct Scratch {
    let folder: String

    init() {
        folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("network-reading-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    func write(_ name: String, _ text: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

/// The diagnostic `body` throws; a test failure when it throws none or something else.
private func diagnostic(_ body: () throws -> Network) -> Diagnostic? {
    do {
        let network = try body()
        Issue.record("expected an error, got a network of \(network.nodes.rowCount) nodes")
        return nil
    } catch let error as Diagnostic {
        return error
    } catch {
        Issue.record("expected a Diagnostic, got \(error)")
        return nil
    }
}

private extension Dataset {
    var names: [String] { columns.map(\.name) }
    var types: [ValueType] { columns.map(\.type) }
    func values(_ name: String) -> [Value] { column(named: name)?.values ?? [] }
}

private let typedGraphML = """
    <?xml version="1.0" encoding="UTF-8"?>
    <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
      <key id="d0" for="node" attr.name="label" attr.type="string"/>
      <key id="d1" for="node" attr.name="size" attr.type="int"><default>1</default></key>
      <key id="d2" for="node" attr.name="score" attr.type="double"/>
      <key id="d3" for="node" attr.name="active" attr.type="boolean"><default>false</default></key>
      <key id="e0" for="edge" attr.name="weight" attr.type="double"><default>1.5</default></key>
      <key id="e1" for="edge" attr.name="relation" attr.type="string"/>
      <key id="e2" for="edge" attr.name="since" attr.type="long"/>
      <graph id="G" edgedefault="directed">
        <node id="a"><data key="d0">Alpha &amp; Co</data><data key="d1">3</data><data key="d2">0.25</data><data key="d3">true</data></node>
        <node id="b"><data key="d0">Beta</data></node>
        <node id="c"/>
        <edge source="a" target="b"><data key="e0">2</data><data key="e1">funds</data><data key="e2">1999</data></edge>
        <edge source="b" target="c"><data key="e1">advises</data></edge>
        <edge source="c" target="a">
          <data key="e1"><![CDATA[funds]]></data>
        </edge>
      </graph>
    </graphml>
    """

@Suite struct NetworkReadingGraphMLTests {
    /// libFuzzer's find: NUL bytes before the root element crashed libxml2.
    @Test func nulBytesAreRefusedBeforeTheXMLParserSeesThem() {
        for bytes in [[0, 0, 0] + Array("<graphml/>".utf8), [0, 0, 0] + Array("<g g".utf8)] {
            #expect(throws: Diagnostic.self) { try GraphMLReader.read(data: Data(bytes), path: "nul.graphml", name: "nul") }
            let message = (try? GraphMLReader.read(data: Data(bytes), path: "nul.graphml", name: "nul")).map { _ in "" }
            #expect(message == nil)
        }
        do {
            _ = try GraphMLReader.read(data: Data([0, 0, 0] + Array("<graphml/>".utf8)), path: "nul.graphml", name: "nul")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message.hasPrefix("not a text file"))
        } catch {
            Issue.record("unexpected \(error)")
        }
    }

    @Test func typedKeysWithDefaultsMakeTypedColumns() throws {
        let path = try Scratch().write("typed.graphml", typedGraphML)
        let network = try GraphMLReader.read(path: path, name: "typed")
        #expect(network.directed)
        #expect(network.name == "typed" && network.origin == path)
        #expect(network.nodes.names == ["id", "label", "size", "score", "active"])
        #expect(network.nodes.types == [.text, .text, .integer, .number, .boolean])
        #expect(network.nodes.values("id") == [.text("a"), .text("b"), .text("c")])
        #expect(network.nodes.values("label") == [.text("Alpha & Co"), .text("Beta"), .null])
        #expect(network.nodes.values("size") == [.integer(3), .integer(1), .integer(1)])
        #expect(network.nodes.values("score") == [.number(0.25), .null, .null])
        #expect(network.nodes.values("active") == [.bool(true), .bool(false), .bool(false)])
        #expect(network.nodes.key == "id")

        #expect(network.edges.name == "typed.edges")
        #expect(network.edges.names == ["source", "target", "relation", "weight", "since"])
        #expect(network.edges.types == [.text, .text, .text, .number, .integer])
        #expect(network.edges.values("source") == [.text("a"), .text("b"), .text("c")])
        #expect(network.edges.values("target") == [.text("b"), .text("c"), .text("a")])
        #expect(network.edges.values("relation") == [.text("funds"), .text("advises"), .text("funds")])
        #expect(network.edges.values("weight") == [.number(2), .number(1.5), .number(1.5)])
        #expect(network.edges.values("since") == [.integer(1999), .null, .null])
        #expect(network.relations == ["funds", "advises"])
    }

    @Test func undirectedGraphTakesLabelFromNameAndRelationFromType() throws {
        let path = try Scratch().write("undirected.graphml", """
            <graphml>
              <key id="nm" for="node" attr.name="name" attr.type="string"/>
              <key id="t" for="edge" attr.name="type" attr.type="string"/>
              <key id="w" for="edge" attr.name="weight" attr.type="int"/>
              <key id="n" for="all" attr.name="note" attr.type="string"/>
              <key id="g" for="graph" attr.name="title" attr.type="string"/>
              <graph edgedefault="undirected">
                <data key="g">Kinship</data>
                <node id="x"><data key="nm">Ex</data><data key="n">first</data></node>
                <node id="y"><data key="nm">Why</data></node>
                <edge source="x" target="y"><data key="t">kin</data><data key="w">4</data></edge>
              </graph>
            </graphml>
            """)
        let network = try GraphMLReader.read(path: path, name: "kin")
        #expect(!network.directed)
        #expect(network.title == "Kinship")
        #expect(network.nodes.names == ["id", "label", "note"])
        #expect(network.nodes.values("label") == [.text("Ex"), .text("Why")])
        #expect(network.nodes.values("note") == [.text("first"), .null])
        // The `all` key is used by no edge, so edges get no `note` column.
        #expect(network.edges.names == ["source", "target", "relation", "weight"])
        #expect(network.edges.values("relation") == [.text("kin")])
        #expect(network.edges.values("weight") == [.number(4)])
        #expect(network.relations == ["kin"])
    }

    @Test func withoutEdgeDefaultOrWeightsTheNetworkIsUndirectedWithAnEmptyWeightColumn() throws {
        let path = try Scratch().write("plain.graphml", """
            <graphml><graph><node id="1"/><node id="2"/><edge source="1" target="2"/><edge source="2" target="2"/></graph></graphml>
            """)
        let network = try GraphMLReader.read(path: path, name: "plain")
        #expect(!network.directed)
        #expect(network.nodes.names == ["id", "label"])
        #expect(network.nodes.values("label") == [.null, .null])
        #expect(network.edges.rowCount == 2)
        #expect(network.edges.column(named: "weight")?.type == .empty)
        #expect(network.edges.values("relation") == [.null, .null])
        #expect(network.relations.isEmpty)
    }

    @Test func edgesThatAllOverrideTheDefaultDecideTheDirection() throws {
        let path = try Scratch().write("override.graphml", """
            <graphml><graph edgedefault="undirected"><node id="a"/><node id="b"/>
            <edge source="a" target="b" directed="true"/><edge source="b" target="a" directed="true"/></graph></graphml>
            """)
        #expect(try GraphMLReader.read(path: path, name: "o").directed)
    }

    @Test func yEdNodeLabelsFillTheLabelColumn() throws {
        let path = try Scratch().write("yed.graphml", """
            <graphml xmlns:y="http://www.yworks.com/xml/graphml">
              <key id="d6" for="node" yfiles.type="nodegraphics"/>
              <graph edgedefault="directed">
                <node id="n0"><data key="d6"><y:ShapeNode><y:NodeLabel x="1">Ministry</y:NodeLabel></y:ShapeNode></data></node>
              </graph>
            </graphml>
            """)
        let network = try GraphMLReader.read(path: path, name: "yed")
        #expect(network.nodes.names == ["id", "label"])
        #expect(network.nodes.values("label") == [.text("Ministry")])
    }

    @Test func roundTripsThroughTheWriter() throws {
        let scratch = Scratch()
        let original = try GraphMLReader.read(path: try scratch.write("typed.graphml", typedGraphML), name: "typed")
        var tricky = original
        tricky.nodes.columns[1].values[1] = .text("B <\"quoted\"> & 'friends'\nsecond line\ttab\r")
        tricky.nodes.columns[0].values[2] = .text("c&\"d\"")
        tricky.edges.columns[1].values[1] = .text("c&\"d\"")
        tricky.edges.columns[0].values[2] = .text("c&\"d\"")
        tricky.nodes.columns[3].values[2] = .number(.infinity)
        tricky.title = "Funding & advice"
        let written = NetworkWriter.graphML(tricky)
        let back = try GraphMLReader.read(path: try scratch.write("back.graphml", written), name: "typed")
        #expect(back.directed == tricky.directed)
        #expect(back.title == "Funding & advice")
        #expect(back.nodes.names == tricky.nodes.names)
        #expect(back.nodes.types == tricky.nodes.types)
        for column in tricky.nodes.columns {
            #expect(back.nodes.values(column.name) == column.values, "node column \(column.name)")
        }
        #expect(back.edges.names == tricky.edges.names)
        #expect(back.edges.types == tricky.edges.types)
        for column in tricky.edges.columns {
            #expect(back.edges.values(column.name) == column.values, "edge column \(column.name)")
        }
        #expect(back.relations == tricky.relations)

        var undirected = original
        undirected.directed = false
        let undirectedText = NetworkWriter.graphML(undirected)
        #expect(undirectedText.contains("edgedefault=\"undirected\""))
        #expect(!(try GraphMLReader.read(path: try scratch.write("u.graphml", undirectedText), name: "u").directed))
    }

    @Test func aTruncatedFileIsAnErrorNeverHalfANetwork() {
        let bytes = Array(typedGraphML.utf8)
        var errors = 0
        for cut in 0..<bytes.count {
            do {
                let network = try GraphMLReader.read(data: Data(bytes[..<cut]), path: "cut.graphml", name: "cut")
                Issue.record("a file cut at byte \(cut) gave \(network.nodes.rowCount) nodes")
            } catch let error as Diagnostic {
                errors += 1
                #expect(error.location != nil, "cut at \(cut): \(error.message)")
            } catch {
                Issue.record("cut at \(cut): \(error)")
            }
        }
        #expect(errors == bytes.count)
        let whole = try? GraphMLReader.read(data: Data(bytes), path: "whole.graphml", name: "whole")
        #expect(whole?.nodes.rowCount == 3 && whole?.edges.rowCount == 3)
    }

    // MARK: Errors

    @Test func malformedXMLIsPlacedAtTheBadTag() throws {
        let path = try Scratch().write("bad.graphml", """
            <graphml>
              <graph edgedefault="directed">
                <node id="a">
              </graph>
            </graphml>
            """)
        let error = try #require(diagnostic { try GraphMLReader.read(path: path, name: "bad") })
        #expect(error.message == "not well-formed XML: a closing tag does not match <node>")
        #expect(error.location == "\(path):4:3")
        #expect(error.place?.lineText == "  </graph>")
    }

    @Test func unescapedAmpersandIsNotWellFormed() throws {
        let path = try Scratch().write("amp.graphml", "<graphml>\n<graph><node id=\"R&D\"/></graph></graphml>")
        let error = try #require(diagnostic { try GraphMLReader.read(path: path, name: "amp") })
        #expect(error.message.hasPrefix("not well-formed XML: "))
        #expect(error.message.contains("&amp;"))
        #expect(error.place?.line == 2)
    }

    @Test func aFileWithoutAGraphSaysSo() throws {
        let path = try Scratch().write("nograph.graphml", """
            <?xml version="1.0"?>
            <graphml>
              <key id="d0" for="node" attr.name="x"/>
            </graphml>
            """)
        let error = try #require(diagnostic { try GraphMLReader.read(path: path, name: "n") })
        #expect(error.message.hasPrefix("no <graph> in this file"))
        #expect(error.location == "\(path):2:1")
    }

    @Test func anEmptyFileOrAnotherRootIsNotGraphML() throws {
        let scratch = Scratch()
        let empty = try scratch.write("empty.graphml", "  \n")
        #expect(diagnostic { try GraphMLReader.read(path: empty, name: "e") }?.message.contains("is empty") == true)
        let other = try scratch.write("other.graphml", "<?xml version=\"1.0\"?>\n<svg width=\"1\"/>")
        let error = try #require(diagnostic { try GraphMLReader.read(path: other, name: "o") })
        #expect(error.message == "this is not GraphML: its root element is <svg>, not <graphml>")
        #expect(error.location == "\(other):2:1")
        let missing = scratch.folder + "/absent.graphml"
        #expect(diagnostic { try GraphMLReader.read(path: missing, name: "m") }?.message
            == "cannot read \"\(missing)\": no such file")
    }

    @Test func anEdgeToAnUnknownNodeSuggestsTheClosest() throws {
        let path = try Scratch().write("unknown.graphml", """
            <graphml>
              <graph edgedefault="undirected">
                <node id="alpha"/>
                <node id="beta"/>
                <edge source="alpha" target="betta"/>
              </graph>
            </graphml>
            """)
        let error = try #require(diagnostic { try GraphMLReader.read(path: path, name: "u") })
        #expect(error.message == "unknown node \"betta\" as the target of an edge")
        #expect(error.help == "did you mean \"beta\"?")
        #expect(error.location == "\(path):5:34")
        #expect(error.place?.lineText == "    <edge source=\"alpha\" target=\"betta\"/>")
    }

    @Test func aDuplicateNodeIDIsPlacedAtItsValue() throws {
        let path = try Scratch().write("duplicate.graphml", """
            <graphml>
              <graph edgedefault="undirected">
                <node id="alpha"/>
                <node id="alpha"/>
              </graph>
            </graphml>
            """)
        let error = try #require(diagnostic { try GraphMLReader.read(path: path, name: "d") })
        #expect(error.message == "duplicate node id \"alpha\"")
        #expect(error.help == "the first is at line 3")
        #expect(error.location == "\(path):4:15")
    }

    @Test func aValueThatDoesNotFitItsTypeIsPlacedAtTheValue() throws {
        let path = try Scratch().write("typed-bad.graphml", """
            <graphml>
              <key id="d1" for="node" attr.name="size" attr.type="int"/>
              <graph edgedefault="undirected">
                <node id="a"><data key="d1">many</data></node>
              </graph>
            </graphml>
            """)
        let error = try #require(diagnostic { try GraphMLReader.read(path: path, name: "t") })
        #expect(error.message == "\"many\" is not a valid int for \"size\"")
        #expect(error.help == "key \"d1\" declares attr.type=\"int\" at line 2")
        #expect(error.location == "\(path):4:33")
    }

    @Test func aBadDefaultAndAnUnknownKeyAreErrorsToo() throws {
        let scratch = Scratch()
        let badDefault = try scratch.write("default.graphml", """
            <graphml>
              <key id="w" for="edge" attr.name="weight" attr.type="double"><default>heavy</default></key>
              <graph><node id="a"/><edge source="a" target="a"/></graph>
            </graphml>
            """)
        let defaultError = try #require(diagnostic { try GraphMLReader.read(path: badDefault, name: "b") })
        #expect(defaultError.message == "\"heavy\" is not a valid double for \"weight\"")
        #expect(defaultError.location == "\(badDefault):2:73")

        let unknownKey = try scratch.write("key.graphml", """
            <graphml>
              <key id="size" for="node" attr.name="size" attr.type="int"/>
              <graph><node id="a"><data key="sise">2</data></node></graph>
            </graphml>
            """)
        let keyError = try #require(diagnostic { try GraphMLReader.read(path: unknownKey, name: "k") })
        #expect(keyError.message == "unknown key \"sise\"")
        #expect(keyError.help == "did you mean \"size\"?")
        #expect(keyError.location == "\(unknownKey):3:34")
    }

    @Test func mixedDirectionsAndHyperedgesAreRefused() throws {
        let scratch = Scratch()
        let mixed = try scratch.write("mixed.graphml", """
            <graphml><graph edgedefault="directed"><node id="a"/><node id="b"/>
            <edge source="a" target="b"/>
            <edge source="b" target="a" directed="false"/>
            </graph></graphml>
            """)
        let mixedError = try #require(diagnostic { try GraphMLReader.read(path: mixed, name: "m") })
        #expect(mixedError.message == "edge b – a is undirected but earlier edges are directed")
        #expect(mixedError.location == "\(mixed):3:39")

        let hyper = try scratch.write("hyper.graphml", """
            <graphml><graph><node id="a"/>
              <hyperedge><endpoint node="a"/></hyperedge></graph></graphml>
            """)
        let hyperError = try #require(diagnostic { try GraphMLReader.read(path: hyper, name: "h") })
        #expect(hyperError.message.hasPrefix("hyperedges are not supported"))
        #expect(hyperError.location == "\(hyper):2:3")
    }
}

@Suite struct NetworkReadingEdgeListTests {
    private let edges = """
        source,target,weight,type,since
        a,b,2,funds,1999
        b,c,,advises,
        c,a,0.5,funds,2001
        """

    @Test func withoutANodesFileTheNodesAreTheEndsInFirstSeenOrder() throws {
        let path = try Scratch().write("edges.csv", edges)
        let network = try EdgeListReader.read(edgesPath: path, nodesPath: nil, name: "ties", directed: true)
        #expect(network.directed)
        #expect(network.nodes.names == ["id", "label"])
        #expect(network.nodes.values("id") == [.text("a"), .text("b"), .text("c")])
        #expect(network.nodes.values("label") == [.null, .null, .null])
        #expect(network.edges.names == ["source", "target", "relation", "weight", "since"])
        #expect(network.edges.types == [.text, .text, .text, .number, .integer])
        #expect(network.edges.values("weight") == [.number(2), .null, .number(0.5)])
        #expect(network.edges.values("relation") == [.text("funds"), .text("advises"), .text("funds")])
        #expect(network.edges.values("since") == [.integer(1999), .null, .integer(2001)])
        #expect(network.relations == ["funds", "advises"])
        #expect(network.edges.name == "ties.edges")
    }

    @Test func aNodesFileGivesOrderLabelsAndAttributes() throws {
        let scratch = Scratch()
        let edgesPath = try scratch.write("edges.csv", "Source,Target,relation,type\nb,a,funds,formal\n")
        let nodesPath = try scratch.write("nodes.csv", """
            sector,id,label,size
            public,a,Alpha,3
            private,b,Beta,
            public,d,Delta,7
            """)
        let network = try EdgeListReader.read(edgesPath: edgesPath, nodesPath: nodesPath, name: "n", directed: false)
        #expect(!network.directed)
        #expect(network.nodes.names == ["id", "label", "sector", "size"])
        #expect(network.nodes.types == [.text, .text, .text, .integer])
        #expect(network.nodes.values("id") == [.text("a"), .text("b"), .text("d")])
        #expect(network.nodes.values("label") == [.text("Alpha"), .text("Beta"), .text("Delta")])
        #expect(network.nodes.values("size") == [.integer(3), .null, .integer(7)])
        // `relation` wins over `type`, which is kept as an attribute; no weight column means nulls.
        #expect(network.edges.names == ["source", "target", "relation", "weight", "type"])
        #expect(network.edges.values("relation") == [.text("funds")])
        #expect(network.edges.values("type") == [.text("formal")])
        #expect(network.edges.column(named: "weight")?.type == .empty)
    }

    @Test func theNodesFilesFirstColumnIsTheIDWhenNoneIsNamedID() throws {
        let scratch = Scratch()
        let edgesPath = try scratch.write("e.tsv", "source\ttarget\n1\t2\n")
        let nodesPath = try scratch.write("n.csv", "node,region\n1,north\n2,south\n")
        let network = try EdgeListReader.read(edgesPath: edgesPath, nodesPath: nodesPath, name: "t", directed: true)
        #expect(network.nodes.names == ["id", "label", "region"])
        #expect(network.nodes.values("id") == [.text("1"), .text("2")])
        #expect(network.edges.values("source") == [.text("1")])
        #expect(network.edges.values("target") == [.text("2")])
    }

    @Test func roundTripsThroughTheWriter() throws {
        let scratch = Scratch()
        let original = try GraphMLReader.read(path: try scratch.write("typed.graphml", typedGraphML), name: "typed")
        let csv = NetworkWriter.edgeListCSV(original)
        #expect(csv.edges.hasPrefix("source,target,relation,weight,since\n"))
        #expect(csv.nodes.hasPrefix("id,label,size,score,active\n"))
        #expect(csv.nodes.contains("a,Alpha & Co,3,0.25,true\n"))
        let back = try EdgeListReader.read(edgesPath: try scratch.write("e.csv", csv.edges),
                                           nodesPath: try scratch.write("n.csv", csv.nodes),
                                           name: "typed", directed: true)
        for column in original.nodes.columns {
            #expect(back.nodes.values(column.name) == column.values, "node column \(column.name)")
        }
        for column in original.edges.columns {
            #expect(back.edges.values(column.name) == column.values, "edge column \(column.name)")
        }
        #expect(back.relations == original.relations)
    }

    @Test func quotesCommasAndLineBreaksSurviveTheCSV() throws {
        let scratch = Scratch()
        var network = try EdgeListReader.read(edgesPath: try scratch.write("e.csv", "source,target\nx,y\n"),
                                              nodesPath: nil, name: "q", directed: false)
        network.nodes.columns[1].values = [.text("Smith, \"J\"\nand co"), .text(" padded ")]
        let csv = NetworkWriter.edgeListCSV(network)
        let back = try EdgeListReader.read(edgesPath: try scratch.write("e2.csv", csv.edges),
                                           nodesPath: try scratch.write("n2.csv", csv.nodes),
                                           name: "q", directed: false)
        #expect(back.nodes.values("label") == network.nodes.values("label"))
    }

    // MARK: Errors

    @Test func missingSourceOrTargetNamesTheHeader() throws {
        let path = try Scratch().write("e.csv", "from,taget,weight\na,b,1\n")
        let error = try #require(diagnostic {
            try EdgeListReader.read(edgesPath: path, nodesPath: nil, name: "e", directed: true)
        })
        #expect(error.message
            == "an edge list needs a \"source\" and a \"target\" column; its header is: from,taget,weight")
        #expect(error.help?.contains("did you mean \"taget\" for target?") == true)
        #expect(error.location == "\(path):1:1")
    }

    @Test func anEdgeToANodeMissingFromTheNodesFileIsPlacedAtItsCell() throws {
        let scratch = Scratch()
        let edgesPath = try scratch.write("e.csv", "source,target\na,b\n\nb,cc\n")
        let nodesPath = try scratch.write("n.csv", "id\na\nb\nc\n")
        let error = try #require(diagnostic {
            try EdgeListReader.read(edgesPath: edgesPath, nodesPath: nodesPath, name: "e", directed: true)
        })
        #expect(error.message == "unknown node \"cc\": not in the nodes file")
        #expect(error.help == "did you mean \"c\"?")
        #expect(error.location == "\(edgesPath):4:3")
        #expect(error.place?.lineText == "b,cc")
    }

    @Test func aNonNumericWeightIsPlacedAtItsCell() throws {
        let path = try Scratch().write("e.csv", "source,target,weight\na,b,1\nb,c,heavy\n")
        let error = try #require(diagnostic {
            try EdgeListReader.read(edgesPath: path, nodesPath: nil, name: "e", directed: true)
        })
        #expect(error.message == "an edge weight should be a number, not \"heavy\"")
        #expect(error.location == "\(path):3:5")
    }

    @Test func aDuplicateNodeIDIsPlacedAtItsCell() throws {
        let scratch = Scratch()
        let edgesPath = try scratch.write("e.csv", "source,target\na,b\n")
        let nodesPath = try scratch.write("n.csv", "id,label\na,A\nb,B\n\"a\",A2\n")
        let error = try #require(diagnostic {
            try EdgeListReader.read(edgesPath: edgesPath, nodesPath: nodesPath, name: "e", directed: true)
        })
        #expect(error.message == "duplicate node id \"a\"")
        #expect(error.help == "the first is at line 2")
        #expect(error.location == "\(nodesPath):4:1")
    }

    @Test func anEmptyEndIsAnError() throws {
        let path = try Scratch().write("e.csv", "source,target\na,b\n,c\n")
        let error = try #require(diagnostic {
            try EdgeListReader.read(edgesPath: path, nodesPath: nil, name: "e", directed: true)
        })
        #expect(error.message == "an edge needs a source")
        #expect(error.location == "\(path):3:1")
    }
}

/// Whether `python3 -c "import networkx"` works here.
private let networkXAvailable: Bool = {
    guard let result = try? python(["-c", "import networkx"]) else { return false }
    return result.status == 0
}()

private func python(_ arguments: [String]) throws -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["python3"] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

@Suite struct NetworkReadingNetworkXTests {
    @Test(.enabled(if: networkXAvailable,
                   "NetworkX is not installed (python3 -c \"import networkx\" failed)"))
    func networkXReadsTheWrittenGraphMLWhole() throws {
        let scratch = Scratch()
        let network = try GraphMLReader.read(path: try scratch.write("typed.graphml", typedGraphML), name: "typed")
        let path = try scratch.write("for-networkx.graphml", NetworkWriter.graphML(network))
        let script = """
            import json, sys
            import networkx as nx
            g = nx.read_graphml(sys.argv[1])
            print(json.dumps([g.number_of_nodes(), g.number_of_edges(), g.is_directed(),
                sorted({k for _, d in g.nodes(data=True) for k in d}),
                sorted({k for _, _, d in g.edges(data=True) for k in d}),
                g.nodes["a"]["label"], g.nodes["a"]["size"], g.nodes["a"]["active"],
                g.edges["a", "b"]["weight"], g.edges["a", "b"]["since"]]))
            """
        let result = try python(["-c", script, path])
        #expect(result.status == 0, "python3 failed reading \(path)")
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [Any], "output: \(result.output)")
        #expect(parsed.count == 10)
        guard parsed.count == 10 else { return }
        #expect(parsed[0] as? Int == 3)
        #expect(parsed[1] as? Int == 3)
        #expect(parsed[2] as? Bool == true)
        #expect(parsed[3] as? [String] == ["active", "label", "score", "size"])
        #expect(parsed[4] as? [String] == ["relation", "since", "weight"])
        #expect(parsed[5] as? String == "Alpha & Co")
        #expect(parsed[6] as? Int == 3)
        #expect(parsed[7] as? Bool == true)
        #expect(parsed[8] as? Double == 2)
        #expect(parsed[9] as? Int == 1999)
    }
}
