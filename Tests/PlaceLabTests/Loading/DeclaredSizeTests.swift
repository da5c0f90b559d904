import Testing
@testable import PlaceLabCore
@testable import PlaceLabData

/// One rule for the counts Pajek and DL files declare: nodes are made for what the file
/// holds, not for what it says it holds, so a few bytes cannot ask for gigabytes.
@Suite struct DeclaredSizeTests {
    /// The two formats, each as a file declaring `count` nodes over `ties` lines of ties among nodes 1 and 2.
    struct Format: CustomTestStringConvertible, Sendable {
        var name: String
        var noun: String
        var file: @Sendable (_ count: Int, _ ties: Int) -> String
        var read: @Sendable (String) throws -> Network
        var testDescription: String { name }
    }

    static let formats = [
        Format(name: "Pajek", noun: "vertices",
               file: { "*Vertices \($0)\n*Edges\n" + String(repeating: "1 2\n", count: $1) },
               read: { try PajekReader.read(text: $0, path: "test.net", name: "test") }),
        Format(name: "DL", noun: "nodes",
               file: { "dl n=\($0) format=edgelist1\ndata:\n" + String(repeating: "1 2\n", count: $1) },
               read: { try UCINETReader.read(text: $0, path: "test.dl", name: "test") }),
    ]

    private func failure(_ format: Format, _ text: String) -> Diagnostic? {
        thrownDiagnostic { _ = try format.read(text) }
    }

    /// "*Vertices 10000000\n" is 19 bytes; it once took 808 MB to load. Now it is refused at
    /// the count, before a node is made.
    @Test func aNineteenByteFileDeclaringTenMillionIsRefusedAtTheCount() throws {
        let pajek = "*Vertices 10000000\n"
        #expect(pajek.utf8.count == 19)
        let started = ContinuousClock.now
        let refused = try #require(failure(Self.formats[0], pajek))
        #expect(ContinuousClock.now - started < .seconds(1))
        #expect(refused.message == "*Vertices 10000000 declares far more vertices than the file's 2 lines hold")
        #expect(refused.location == "test.net:1:11")
        let dl = try #require(failure(Self.formats[1], "dl n=10000000\n"))
        #expect(dl.message == "n=10000000 declares far more nodes than the file's 2 lines hold")
    }

    /// The same bound in both: a file may declare 10,000 nodes whatever its size (and 100 a
    /// line past that); one more is refused.
    @Test(arguments: DeclaredSizeTests.formats)
    func bothFormatsDrawTheLineAtTheSamePlace(_ format: Format) throws {
        let allowed = try format.read(format.file(DeclaredSize.leastBacked, 1))
        #expect(allowed.nodes.rowCount == DeclaredSize.leastBacked)
        let refused = try #require(failure(format, format.file(DeclaredSize.leastBacked + 1, 1)))
        #expect(refused.message.hasSuffix("declares far more \(format.noun) than the file's 4 lines hold"))
        #expect(refused.help == "check the number; a file cut short lists fewer \(format.noun) than it declares")
    }

    /// A long file may declare more, but not more than 100,000 nodes it never names.
    @Test(arguments: DeclaredSizeTests.formats)
    func nodesTheFileNeverNamesAreCapped(_ format: Format) throws {
        let refused = try #require(failure(format, format.file(150_000, 2_000)))
        #expect(refused.message.hasSuffix("declares 150000 \(format.noun) but the file names only 2 of them; "
                                          + "PlaceLab makes at most 100000 \(format.noun) a file does not name"))
    }

    @Test(arguments: DeclaredSizeTests.formats)
    func aCountPastWhatPlaceLabReadsIsRefused(_ format: Format) throws {
        let refused = try #require(failure(format, format.file(Network.mostNodes + 1, 1)))
        #expect(refused.message.hasSuffix("is more than the \(Network.mostNodes) \(format.noun) PlaceLab reads"))
    }
}
