import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct UCINETReaderTests {
    private func read(_ text: String, name: String = "u") throws -> Network {
        try UCINETReader.read(text: text, path: "test.dl", name: name)
    }

    private func failure(_ text: String) -> Diagnostic? {
        thrownDiagnostic { try read(text) }
    }

    /// As UCINET's own sample files are laid out: upper-case keywords, labels over several
    /// lines separated by commas and blanks, one quoted, then the matrix a row a line.
    @Test func aSymmetricFullMatrixWithLabelsIsUndirected() throws {
        let path = try TestFolder().write("partners.dl", """
            DL N=4
            FORMAT = FULLMATRIX
            LABELS:
            "Ann Smith",Bob
            Carol  Dave
            DATA:
            0 1 1 0
            1 0 0 2
            1 0 0 0.5
            0 2 0.5 0
            """)
        let network = try UCINETReader.read(path: path, name: "partners")
        #expect(network.name == "partners" && network.origin == path)
        #expect(!network.directed)
        #expect(network.nodes.columnNames == ["id", "label"])
        #expect(network.nodes.cells("id") == ["Ann Smith", "Bob", "Carol", "Dave"].map(Value.text))
        #expect(network.arrows == ["Ann Smith→Bob", "Ann Smith→Carol", "Bob→Dave", "Carol→Dave"])
        #expect(network.edges.cells("weight") == [.number(1), .number(1), .number(2), .number(0.5)])
        #expect(network.edges.cells("relation") == [.null, .null, .null, .null])
        #expect(network.relations.isEmpty)
    }

    @Test func anAsymmetricMatrixWithoutLabelsIsDirectedWithNumberedNodes() throws {
        let network = try read("dl n=3\ndata:\n0 1 0\n0 0 1\n1 0 1\n")
        #expect(network.directed)
        #expect(network.nodes.cells("id") == [.text("1"), .text("2"), .text("3")])
        #expect(network.arrows == ["1→2", "2→3", "3→1", "3→3"])
    }

    @Test func embeddedLabelsNameRowsAndColumnsInAnyOrder() throws {
        let network = try read("""
            dl n=3 format=fullmatrix
            labels embedded
            data:
                  cara abe bo
            abe   0    0   1
            bo    1    1   0
            cara  0    3   0
            """)
        #expect(network.nodes.cells("id") == [.text("abe"), .text("bo"), .text("cara")])
        #expect(network.directed)
        #expect(network.arrows == ["abe→bo", "bo→abe", "bo→cara", "cara→abe"])
        #expect(network.edges.cells("weight") == [.number(1), .number(1), .number(1), .number(3)])
    }

    @Test func withoutTheDiagonalEachRowSkipsItsOwnCell() throws {
        let network = try read("dl nr=3, nc=3\nformat = fullmatrix\ndiagonal = absent\ndata:\n1 0\n1 1\n1 1\n")
        #expect(network.directed)
        #expect(network.arrows == ["1→2", "2→1", "2→3", "3→1", "3→2"])
        let symmetric = try read("dl n=3 diagonal=absent\ndata:\n1 0\n1 1\n0 1\n")
        #expect(!symmetric.directed)
        #expect(symmetric.arrows == ["1→2", "2→3"])
    }

    @Test func anEdgeListNumbersNodesAndALaterLineReplacesAnEarlierOne() throws {
        let network = try read("""
            dl n=4 format=edgelist1
            labels:
            a b c d
            data:
            1 2
            2 3 4
            3 1 0.5
            1 2 2
            4 4 0
            """)
        #expect(network.directed)
        #expect(network.nodes.cells("id") == ["a", "b", "c", "d"].map(Value.text))
        #expect(network.arrows == ["a→b", "b→c", "c→a"])
        #expect(network.edges.cells("weight") == [.number(2), .number(4), .number(0.5)])
    }

    @Test func anEdgeListWithBothDirectionsAlikeIsUndirected() throws {
        let network = try read("dl n=3 format=edgelist1\ndata:\n1 2\n2 1\n2 3 2\n3 2 2\n")
        #expect(!network.directed)
        #expect(network.arrows == ["1→2", "2→3"])
    }

    @Test func anEdgeListWithEmbeddedLabelsNamesNodesAsTheyComeAndNumbersTheRest() throws {
        let network = try read("""
            dl n=4 format=edgelist1
            labels embedded:
            data:
            "Ann Smith" bob 2
            bob carol
            """)
        #expect(network.nodes.cells("id") == ["Ann Smith", "bob", "carol", "4"].map(Value.text))
        #expect(network.arrows == ["Ann Smith→bob", "bob→carol"])
        #expect(network.edges.cells("weight") == [.number(2), .number(1)])
    }

    @Test func matrixLabelsNameTheRelation() throws {
        let network = try read("dl n=2\nmatrix labels: advice\ndata:\n0 1\n0 0\n")
        #expect(network.relations == ["advice"])
        #expect(network.edges.cells("relation") == [.text("advice")])
    }

    // MARK: Errors

    @Test func theFileMustStartWithDL() throws {
        let error = try #require(failure("n=3\ndata:\n"))
        #expect(error.message == "a UCINET DL file starts with \"dl\"")
        #expect(error.location == "test.dl:1:1")
        let empty = try #require(failure("\n\n"))
        #expect(empty.message.hasPrefix("\"test.dl\" is empty"))
    }

    @Test func theHeaderMustSayHowManyNodes() throws {
        let missing = try #require(failure("dl format=fullmatrix\ndata:\n"))
        #expect(missing.message == "the header does not say how many nodes there are")
        #expect(missing.location == "test.dl:1:3")
        let notNumber = try #require(failure("dl n=many\n"))
        #expect(notNumber.message == "n should be a whole number, not \"many\"")
        #expect(notNumber.location == "test.dl:1:6")
        let huge = try #require(failure("dl n=20000000 format=edgelist1\ndata:\n1 2\n"))
        #expect(huge.message == "n=20000000 is more than the 10000000 nodes PlaceLab reads")
        let unbacked = try #require(failure("dl n=5000000 format=edgelist1\ndata:\n1 2\n"))
        #expect(unbacked.message == "n=5000000 declares far more nodes than the file's 4 lines hold")
        let noValue = try #require(failure("dl n="))
        #expect(noValue.message == "n = needs a value")
        #expect(noValue.location == "test.dl:1:6")
        let noEquals = try #require(failure("dl n 3\n"))
        #expect(noEquals.message == "expected \"=\" after n")
        #expect(noEquals.location == "test.dl:1:6")
    }

    @Test func aTwoModeMatrixIsRefused() throws {
        let error = try #require(failure("dl nr=3 nc=4\ndata:\n"))
        #expect(error.message == "a two-mode matrix (nr=3, nc=4) is not a network of one set of nodes")
        #expect(error.help == "PlaceLab reads one-mode DL files: n=, or nr= and nc= equal")
        #expect(error.location == "test.dl:1:9")
        let several = try #require(failure("dl n=3 nm=2\ndata:\n"))
        #expect(several.message == "several matrices (nm=2) are not supported")
        #expect(several.location == "test.dl:1:8")
    }

    @Test func formatsPlaceLabDoesNotReadAreNamed() throws {
        let other = try #require(failure("dl n=3 format=lowerhalf\ndata:\n"))
        #expect(other.message == "format lowerhalf is not supported")
        #expect(other.help == "PlaceLab reads format = fullmatrix or format = edgelist1")
        #expect(other.location == "test.dl:1:15")
        let typo = try #require(failure("dl n=3\nformat = fullmatrx\ndata:\n"))
        #expect(typo.message == "unknown format \"fullmatrx\"")
        #expect(typo.help == "did you mean \"fullmatrix\"? PlaceLab reads format = fullmatrix or format = edgelist1")
        #expect(typo.location == "test.dl:2:10")
        let diagonal = try #require(failure("dl n=3 diagonal=missing\n"))
        #expect(diagonal.message == "diagonal is present or absent, not \"missing\"")
    }

    @Test func theLabelsMustMatchTheNodeCount() throws {
        let few = try #require(failure("dl n=3\nlabels:\na,b\ndata:\n0 0 0\n0 0 0\n0 0 0\n"))
        #expect(few.message == "labels: lists 2 labels; n=3 needs 3")
        #expect(few.location == "test.dl:4:1")
        let many = try #require(failure("dl n=2\nlabels:\na b c\ndata:\n0 0\n0 0\n"))
        #expect(many.message == "unexpected \"c\" in the DL header")
        #expect(many.help?.hasPrefix("labels: gives one label for each of the n=2 nodes; is there one too many?") == true)
        #expect(many.location == "test.dl:3:5")
        let repeated = try #require(failure("dl n=2\nlabels: a, a\ndata:\n"))
        #expect(repeated.message == "duplicate label \"a\"")
        #expect(repeated.location == "test.dl:2:12")
        let early = try #require(failure("dl labels: a b\n"))
        #expect(early.message == "labels: comes before the number of nodes")
    }

    @Test func aMisspeltKeywordGetsASuggestion() throws {
        let error = try #require(failure("dl n=2\nformt=fullmatrix\ndata:\n"))
        #expect(error.message == "unexpected \"formt\" in the DL header")
        #expect(error.help == "did you mean \"format\"?")
        #expect(error.location == "test.dl:2:1")
        let noData = try #require(failure("dl n=2\n0 1\n"))
        #expect(noData.message == "unexpected \"0\" in the DL header")
        let end = try #require(failure("dl n=2 format=fullmatrix\n"))
        #expect(end.message == "no data: in this file")
        #expect(end.location == "test.dl:2:1")
    }

    @Test func aNonNumberInTheMatrixIsPlacedAtIt() throws {
        let error = try #require(failure("dl n=2\ndata:\n0 1\nx 0\n"))
        #expect(error.message == "\"x\" is not a number")
        #expect(error.help == "a fullmatrix row holds 2 numbers; 0 means no tie")
        #expect(error.location == "test.dl:4:1")
        #expect(error.place?.lineText == "x 0")
    }

    @Test func aRowOfTheWrongLengthIsPlacedWhereItGoesWrong() throws {
        let short = try #require(failure("dl n=3\ndata:\n0 1 0\n1 0  \n0 0 0\n"))
        #expect(short.message == "row 2 has 2 values; n=3 needs 3")
        #expect(short.location == "test.dl:4:4")
        let long = try #require(failure("dl n=2\ndata:\n0 1 0\n1 0\n"))
        #expect(long.message == "row 1 has 3 values; n=2 needs 2")
        #expect(long.location == "test.dl:3:5")
        let diagonal = try #require(failure("dl n=2 diagonal=absent\ndata:\n1 0\n1\n"))
        #expect(diagonal.message == "row 1 has 2 values; n=2 without the diagonal needs 1")
    }

    @Test func theMatrixMustHaveOneRowForEachNode() throws {
        let few = try #require(failure("dl n=3\ndata:\n0 1 0\n1 0 0\n"))
        #expect(few.message == "the matrix has 2 rows; n=3 needs 3")
        #expect(few.location == "test.dl:5:1")
        let many = try #require(failure("dl n=1\ndata:\n0\n1\n"))
        #expect(many.message == "more rows than n=1")
        #expect(many.location == "test.dl:4:1")
        let columns = try #require(failure("dl n=2\nlabels embedded\ndata:\na c\na 0 1\nb 1 0\n"))
        #expect(columns.message == "column label \"c\" is not the label of any row")
        #expect(columns.location == "test.dl:4:3")
    }

    @Test func edgeListLinesAreChecked() throws {
        let unknown = try #require(failure("dl n=3 format=edgelist1\ndata:\n1 2\n2 4\n"))
        #expect(unknown.message == "unknown node 4: n=3 numbers them 1…3")
        #expect(unknown.location == "test.dl:4:3")
        let name = try #require(failure("dl n=3 format=edgelist1\ndata:\nann bob\n"))
        #expect(name.message == "\"ann\" is not a node number")
        #expect(name.help == "an edgelist1 names nodes 1…3; write labels embedded in the header to use names")
        let weight = try #require(failure("dl n=3 format=edgelist1\ndata:\n1 2 strong\n"))
        #expect(weight.message == "\"strong\" is not a number")
        #expect(weight.location == "test.dl:3:5")
        let extra = try #require(failure("dl n=3 format=edgelist1\ndata:\n1 2 1 1\n"))
        #expect(extra.message == "unexpected \"1\": an edgelist1 line holds two nodes and an optional value")
        #expect(extra.location == "test.dl:3:7")
        let lonely = try #require(failure("dl n=3 format=edgelist1\ndata:\n1\n"))
        #expect(lonely.location == "test.dl:3:2")
        let tooManyLabels = try #require(failure("dl n=2 format=edgelist1\nlabels embedded\ndata:\na b\nb c\n"))
        #expect(tooManyLabels.message == "more than n=2 different labels")
        #expect(tooManyLabels.location == "test.dl:5:3")
        let listed = try #require(failure("dl n=2 format=edgelist1\nlabels: ann bob\nlabels embedded\ndata:\nann bobb\n"))
        #expect(listed.message == "unknown label \"bobb\"")
        #expect(listed.help == "did you mean \"bob\"?")
    }
}
