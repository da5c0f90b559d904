import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct PajekReaderTests {
    private func read(_ text: String, name: String = "p") throws -> Network {
        try PajekReader.read(text: text, path: "test.net", name: name)
    }

    private func failure(_ text: String) -> Diagnostic? {
        thrownDiagnostic { try read(text) }
    }

    /// As Pajek writes them: labels in quotes with coordinates and drawing options, a comment,
    /// arcs and edges with weights and options, section names in any case, and the lists.
    @Test func aPajekStyleFileWithArcsEdgesAndListsIsDirectedWithEdgesBothWays() throws {
        let path = try TestFolder().write("friends.net", """
            % Five people and who they turn to
            *Network "Friends"
            *Vertices 5
            1 "Ann Smith"  0.1 0.2 0.5
            2 "Bob"        0.3 0.4 0.5 ic Red bc Black
            3 "Carol"
            4 "Dave"
            5 "Eve"
            *Arcs
            1 2 1
            2 3 2.5 c Blue
            *Edges
            3 4
            *arcslist
            5 1 2
            *EDGESLIST
            4 5
            """)
        let network = try PajekReader.read(path: path, name: "friends")
        #expect(network.name == "friends" && network.origin == path)
        #expect(network.title == "Friends")
        #expect(network.directed)
        #expect(network.nodes.columnNames == ["id", "label", "x", "y", "z"])
        #expect(network.nodes.cells("id") == ["Ann Smith", "Bob", "Carol", "Dave", "Eve"].map(Value.text))
        #expect(network.nodes.cells("label") == [Value](repeating: .null, count: 5))
        #expect(network.nodes.cells("x") == [.number(0.1), .number(0.3), .null, .null, .null])
        #expect(network.nodes.cells("z") == [.number(0.5), .number(0.5), .null, .null, .null])
        #expect(network.arrows == ["Ann Smith→Bob", "Bob→Carol", "Carol→Dave", "Dave→Carol", "Eve→Ann Smith",
                                   "Eve→Bob", "Dave→Eve", "Eve→Dave"])
        #expect(network.edges.cells("weight") == [.number(1), .number(2.5), .null, .null, .null, .null, .null, .null])
        #expect(network.edges.column(named: "weight")?.type == .number)
        #expect(network.relations.isEmpty)
        #expect(!network.isIllustrative)
    }

    /// As NetworkX's write_pajek writes them: lowercase sections, bare labels, a shape word.
    @Test func aNetworkXStyleFileWithOnlyEdgesIsUndirected() throws {
        let network = try read("""
            *vertices 3
            1 a 0.0 0.0 ellipse
            2 b 1.0 0.5 ellipse
            3 c 0.0 1.0 ellipse
            *edges
            1 2 1.0
            2 3 1.0
            """)
        #expect(!network.directed)
        #expect(network.nodes.columnNames == ["id", "label", "x", "y"])
        #expect(network.nodes.cells("id") == [.text("a"), .text("b"), .text("c")])
        #expect(network.nodes.cells("y") == [.number(0), .number(0.5), .number(1)])
        #expect(network.arrows == ["a→b", "b→c"])
        #expect(network.edges.cells("weight") == [.number(1), .number(1)])
    }

    @Test func withoutALabelForEveryVertexOrWithRepeatedLabelsTheIDsAreNumbers() throws {
        let partly = try read("*Vertices 3\n2 \"Bob\"\n*Arcs\n1 2\n")
        #expect(partly.nodes.cells("id") == [.text("1"), .text("2"), .text("3")])
        #expect(partly.nodes.cells("label") == [.null, .text("Bob"), .null])
        #expect(partly.nodes.columnNames == ["id", "label"])
        #expect(partly.arrows == ["1→2"])
        let repeated = try read("*Vertices 2\n1 \"Kim\"\n2 \"Kim\"\n*Edges\n1 2\n")
        #expect(repeated.nodes.cells("id") == [.text("1"), .text("2")])
        #expect(repeated.nodes.cells("label") == [.text("Kim"), .text("Kim")])
        let none = try read("*Vertices 2\n*Edges\n1 2\n")
        #expect(none.nodes.cells("id") == [.text("1"), .text("2")])
        #expect(!none.directed)
        #expect(none.edges.column(named: "weight")?.type == .empty)
    }

    @Test func namedRelationSectionsFillTheRelationColumn() throws {
        let network = try read("""
            *Vertices 3
            1 "a"
            2 "b"
            3 "c"
            *Arcs :1 "advice"
            1 2 2
            *Arcs :2 "close trust"
            2 3
            *Arcs :7
            3 1
            """)
        #expect(network.relations == ["advice", "close trust", "7"])
        #expect(network.edges.cells("relation") == [.text("advice"), .text("close trust"), .text("7")])
        #expect(network.edges.cells("weight") == [.number(2), .null, .null])
    }

    @Test func aTwoModeNetworkGetsAModeColumn() throws {
        let network = try read("*Vertices 4 2\n1 \"p1\"\n2 \"p2\"\n3 \"e1\"\n4 \"e2\"\n*Edges\n1 3\n2 3\n2 4\n")
        #expect(network.nodes.cells("mode") == [.integer(1), .integer(1), .integer(2), .integer(2)])
        #expect(network.nodes.column(named: "mode")?.type == .integer)
    }

    @Test func theIllustrativeCommentPlaceLabWritesMarksTheNetwork() throws {
        let network = try read("""
            % illustrative network: invented ties
            *Vertices 2
            1 "a"
            2 "b"
            *Arcs
            1 2
            % illustrative network: a comment among the ties is only a comment
            """)
        #expect(network.illustrativeNote == "invented ties")
        #expect(network.nodes.notes == ["illustrative network: invented ties"])
        #expect(network.edges.notes == ["illustrative network: invented ties"])
        #expect(network.arrows == ["a→b"])
    }

    @Test func blankLinesCRLFAndAByteOrderMarkAreFine() throws {
        let folder = TestFolder()
        let path = folder.file("crlf.net")
        try Data([0xEF, 0xBB, 0xBF] + Array("*Vertices 2\r\n\r\n1 \"a\"\r\n2 \"b\"\r\n*Arcs\r\n1 2 3\r\n".utf8))
            .write(to: URL(fileURLWithPath: path))
        let network = try PajekReader.read(path: path, name: "crlf")
        #expect(network.arrows == ["a→b"])
        #expect(network.edges.cells("weight") == [.number(3)])
    }

    // MARK: Errors

    @Test func aVertexBeyondTheCountIsPlacedAtItsNumber() throws {
        let error = try #require(failure("*Vertices 2\n1 \"a\"\n 3 \"c\"\n"))
        #expect(error.message == "unknown vertex 3: *Vertices declares 1…2")
        #expect(error.help == "*Vertices 2 is at line 1")
        #expect(error.location == "test.net:3:2")
        #expect(error.place?.lineText == " 3 \"c\"")
    }

    @Test func anArcToAnUnknownVertexIsPlacedAtIt() throws {
        let error = try #require(failure("*Vertices 3\n*Arcs\n1 2\n2 30 1\n"))
        #expect(error.message == "unknown vertex 30: *Vertices declares 1…3")
        #expect(error.location == "test.net:4:3")
    }

    @Test func aNameWhereAVertexNumberBelongsIsAnError() throws {
        let error = try #require(failure("*Vertices 2\n1 \"a\"\n2 \"b\"\n*Edges\n1 b\n"))
        #expect(error.message == "an edge joins two vertex numbers, not \"b\"")
        #expect(error.help == "vertices are numbered 1…2 in the order *Vertices lists them")
        #expect(error.location == "test.net:5:3")
        let vertex = try #require(failure("*Vertices 2\nfirst \"a\"\n"))
        #expect(vertex.message == "a vertex line starts with the vertex's number, not \"first\"")
        #expect(vertex.location == "test.net:2:1")
    }

    @Test func aWeightThatIsNotANumberIsPlacedAtIt() throws {
        let error = try #require(failure("*Vertices 2\n*Arcs\n1 2 heavy\n"))
        #expect(error.message == "an arc weight should be a number, not \"heavy\"")
        #expect(error.location == "test.net:3:5")
    }

    @Test func anArcWithOneEndIsAnError() throws {
        let error = try #require(failure("*Vertices 2\n*Arcs\n12\n"))
        #expect(error.message.hasPrefix("unknown vertex 12"))
        let short = try #require(failure("*Vertices 2\n*Arcs\n1\n"))
        #expect(short.message == "an arc needs two vertex numbers, as in 1 2")
        #expect(short.location == "test.net:3:2")
    }

    @Test func theVertexCountMustBeAWholeNumber() throws {
        let missing = try #require(failure("*Vertices\n1 \"a\"\n"))
        #expect(missing.message == "*Vertices needs the number of vertices, as in *Vertices 12")
        #expect(missing.location == "test.net:1:10")
        let wrong = try #require(failure("*Vertices five\n"))
        #expect(wrong.location == "test.net:1:11")
        let huge = try #require(failure("*Vertices 20000000\n"))
        #expect(huge.message == "*Vertices 20000000 is more than the 10000000 vertices PlaceLab reads")
        let unbacked = try #require(failure("*Vertices 5000000\n1 \"a\"\n*Edges\n1 1\n"))
        #expect(unbacked.message == "*Vertices 5000000 declares far more vertices than the file's 5 lines hold")
        #expect(unbacked.location == "test.net:1:11")
        let mode = try #require(failure("*Vertices 4 4\n"))
        #expect(mode.message.hasPrefix("a two-mode *Vertices gives how many vertices are in the first mode"))
        #expect(mode.location == "test.net:1:13")
    }

    @Test func aVertexListedTwiceOrASecondVerticesSectionIsAnError() throws {
        let twice = try #require(failure("*Vertices 2\n1 \"a\"\n1 \"b\"\n"))
        #expect(twice.message == "vertex 1 is listed twice")
        #expect(twice.help == "the first is at line 2")
        #expect(twice.location == "test.net:3:1")
        let second = try #require(failure("*Vertices 2\n*Vertices 3\n"))
        #expect(second.message == "a second *Vertices section")
        #expect(second.location == "test.net:2:1")
    }

    @Test func sectionsAreCheckedByName() throws {
        let typo = try #require(failure("*Vertices 2\n*Arc\n1 2\n"))
        #expect(typo.message == "unknown section \"*Arc\"")
        #expect(typo.help == "did you mean \"*arcs\"?")
        #expect(typo.location == "test.net:2:1")
        let early = try #require(failure("% ties first\n*Edges\n1 2\n"))
        #expect(early.message == "*Edges before *Vertices")
        #expect(early.location == "test.net:2:1")
        let matrix = try #require(failure("*Vertices 2\n*Matrix\n0 1\n1 0\n"))
        #expect(matrix.message == "*Matrix sections are not supported")
        let relation = try #require(failure("*Vertices 2\n*Arcs advice\n"))
        #expect(relation.message == "unexpected \"advice\" after *Arcs")
        #expect(relation.help == "a relation is written *Arcs :1 \"name\"")
        #expect(relation.location == "test.net:2:7")
    }

    @Test func aFileWithoutVerticesOrWithoutSectionsSaysWhatItNeeds() throws {
        let none = try #require(failure("% only a comment\n"))
        #expect(none.message == "no *Vertices in this file: a Pajek network starts with *Vertices N")
        #expect(none.location == "test.net:2:1")
        let bare = try #require(failure("\n1 2\n"))
        #expect(bare.message == "a Pajek file starts with *Vertices N before any vertex or tie")
        #expect(bare.location == "test.net:2:1")
        let empty = try #require(failure("  \n"))
        #expect(empty.message == "\"test.net\" is empty: a Pajek file holds *Vertices N, then *Arcs or *Edges")
    }

    @Test func anUnclosedQuoteIsPlacedAtItsOpening() throws {
        let error = try #require(failure("*Vertices 2\n1 \"Ann\n"))
        #expect(error.message == "a quoted label is not closed")
        #expect(error.location == "test.net:2:3")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let error = try #require(failure("*Vertices 1\n1 \"Zoë\" 0.1 \"x\n"))
        #expect(error.message == "a quoted label is not closed")
        #expect(error.location == "test.net:2:13")
        #expect(error.place?.lineText == "1 \"Zoë\" 0.1 \"x")
    }

    @Test func aFileThatIsNotUTF8IsRefused() throws {
        let folder = TestFolder()
        let path = folder.file("latin1.net")
        try Data(Array("*Vertices 1\n1 \"Jos".utf8) + [0xE9] + Array("\"\n".utf8)).write(to: URL(fileURLWithPath: path))
        let error = try #require(thrownDiagnostic { try PajekReader.read(path: path, name: "l") })
        #expect(error.message == "not a text file (byte 0xE9 at offset 18)")
        #expect(error.help?.contains("save it as UTF-8") == true)
        #expect(error.place?.line == 2)
    }
}

@Suite struct NetworkTextDamageTests {
    /// Every prefix of `text` is read or refused with a place; never a crash.
    private func everyPrefixReadsOrFailsWithAPlace(_ text: String, _ read: (String) throws -> Network) -> Int {
        let bytes = Array(text.utf8)
        var refused = 0
        for cut in 0...bytes.count {
            do {
                _ = try read(String(decoding: bytes[..<cut], as: UTF8.self))
            } catch let error as Diagnostic {
                refused += 1
                #expect(error.location != nil, "cut at \(cut): \(error.message)")
            } catch {
                Issue.record("cut at \(cut): \(error)")
            }
        }
        return refused
    }

    /// Each byte of `text` replaced in turn by characters that matter to these formats.
    private func everyMutationReadsOrFailsWithAPlace(_ text: String, _ read: (String) throws -> Network) {
        let bytes = Array(text.utf8)
        for index in bytes.indices {
            for replacement in Array("\"*:=, \n0x%-".utf8) {
                var mutated = bytes
                mutated[index] = replacement
                do {
                    _ = try read(String(decoding: mutated, as: UTF8.self))
                } catch let error as Diagnostic {
                    #expect(error.location != nil, "\(error.message)")
                } catch {
                    Issue.record("\(error)")
                }
            }
        }
    }

    @Test func aPajekFileCutOrChangedAnywhere() {
        let text = "% note\n*Network \"N\"\n*Vertices 3 1\n1 \"a b\" 0.1 0.2\n2 \"c\"\n*Arcs :1 \"x\"\n1 2 1.5\n*Edgeslist\n3 1 2\n"
        let read = { (text: String) in try PajekReader.read(text: text, path: "cut.net", name: "c") }
        let refused = everyPrefixReadsOrFailsWithAPlace(text, read)
        #expect(refused > 0 && refused < text.utf8.count)
        everyMutationReadsOrFailsWithAPlace(text, read)
    }

    @Test func aDLFileCutOrChangedAnywhere() {
        let full = "dl n=3 format=fullmatrix\nlabels:\n\"a b\", c, d\ndata:\n0 1 0\n1 0 2\n0 2 0\n"
        let list = "dl n=3 format=edgelist1\nlabels embedded\nmatrix labels: x\ndata:\na b 2\nb c\n"
        for text in [full, list] {
            let read = { (text: String) in try UCINETReader.read(text: text, path: "cut.dl", name: "c") }
            #expect(everyPrefixReadsOrFailsWithAPlace(text, read) > 0)
            everyMutationReadsOrFailsWithAPlace(text, read)
        }
    }
}
