import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData

/// Errors cannot be used to read a file out: `run` refuses a file that is not a script before
/// any of its text is shown (or recorded), and in safe mode an error in a file outside the
/// working folder names its place but quotes none of its lines.
@Suite struct FileDisclosureTests {
    /// Text that must never appear in what the session shows or writes.
    static let secret = "s3cr3t-k3y"

    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("placelab-disclosure-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private func session(keepGoing: Bool = false) -> (Session, BufferConsole) {
        let console = BufferConsole()
        let session = Session(settings: SessionSettings(mode: .csv), console: console)
        session.keepGoing = keepGoing
        return (session, console)
    }

    /// Files that are not scripts, as someone might hand them to `run`.
    static let notScripts: [(name: String, bytes: [UInt8])] = [
        ("passwd", Array("root:x:0:0:\(secret):/root:/bin/bash\nhelp\n".utf8)),
        ("key.pem", Array("-----BEGIN PRIVATE KEY-----\n\(secret)\n-----END PRIVATE KEY-----\n".utf8)),
        ("people.csv", Array("id,name\n1,\(secret)\n".utf8)),
        ("binary.dat", [0x7F, 0x45, 0x4C, 0x46, 0x00, 0x01] + Array("\n\(secret)\n".utf8)),
        ("latin1.txt", [0x63, 0x61, 0x66, 0xE9, 0x0A] + Array("echo \(secret)\n".utf8)),
    ]

    @Test(arguments: [false, true])
    func runRefusesANonScriptBeforeShowingOrRecordingAnyOfIt(keepGoing: Bool) throws {
        let work = try folder()
        let handout = work.appendingPathComponent("handout.md").path
        for file in Self.notScripts {
            let path = work.appendingPathComponent(file.name).path
            #expect(FileManager.default.createFile(atPath: path, contents: Data(file.bytes)))
            let (session, console) = session(keepGoing: keepGoing)
            let outcome = session.run(SourceText(name: "<test>", text: "record \(handout)\nrun \(path)\nrecord off"))
            #expect(!outcome.succeeded)
            #expect(console.reports.contains("cannot run") || console.reports.contains("not UTF-8 text"),
                    "\(file.name): \(console.reports)")
            #expect(!console.combined.contains(Self.secret), "\(file.name) was shown: \(console.combined)")
            let recorded = try String(contentsOfFile: handout, encoding: .utf8)
            #expect(!recorded.contains(Self.secret), "\(file.name) was recorded: \(recorded)")
        }
    }

    /// A script whose first statement parses is a script: an error further on is reported
    /// with its line, as ever.
    @Test func aScriptWithALaterErrorShowsThatLine() throws {
        let path = try folder().appendingPathComponent("lesson.plq").path
        try "echo first\nech second\n".write(toFile: path, atomically: false, encoding: .utf8)
        let (session, console) = session()
        #expect(!session.run(SourceText(name: "<test>", text: "run \(path)")).succeeded)
        #expect(console.reports.contains("2 | ech second"))
        #expect(!console.reports.contains("does not look like"))
    }

    @Test func quotedWordsAreLeftOutOfMessagesAboutOutsideFiles() {
        #expect(SafeMode.withoutQuotedText("an edge weight should be a number, not \"key\"")
                == "an edge weight should be a number, not \"…\"")
        #expect(SafeMode.withoutQuotedText("\"a\" and \"b\" differ") == "\"…\" and \"…\" differ")
        #expect(SafeMode.withoutQuotedText("unclosed \"rest of it") == "unclosed \"…")
        #expect(SafeMode.withoutQuotedText("no quotes") == "no quotes")
    }

    /// A broken file of each format that names its lines in errors, with the secret on the bad line.
    static let brokenFiles: [(name: String, text: String)] = [
        ("data.json", "[{\"id\": 1},\n{\"id\": 2, \"\(secret)\" }]\n"),
        ("data.yaml", "name: data\nrows:\n  - id: 1\n   \(secret): [\n"),
        ("ties.net", "*Vertices 2\n*Edges\n1 2 \(secret)\n"),
        ("ties.dl", "dl n=2 format=edgelist1\ndata:\n1 2 \(secret)\n"),
        ("ties.graphml", "<graphml><graph>\n<node id=\"a\"/>\n<edge source=\"a\" target=\"\(secret)\"/>\n</graph></graphml>\n"),
        ("table.csv", "id,name\n1,\"\(secret)\n"),
    ]

    /// In safe mode, a load error in a file outside the working folder gives the file, line and
    /// column, but none of the file's text.
    @Test func safeModeQuotesNoLineOfAFileOutsideTheFolder() throws {
        let outside = try folder()
        for file in Self.brokenFiles {
            let path = outside.appendingPathComponent(file.name).path
            try file.text.write(toFile: path, atomically: false, encoding: .utf8)
            let request = ReadRequest(path: path, name: "data", format: DataFileFormat(path: path), nodesPath: nil,
                                      directed: false, options: LoadOptions())
            let error = #expect(throws: Diagnostic.self) { try ExternalFormats.read(request) }
            let diagnostic = try #require(error)
            #expect(diagnostic.place?.lineText?.contains(Self.secret) == true, "\(file.name): the test's line is not the one quoted")

            let (plain, plainConsole) = session()
            plain.report(diagnostic)
            #expect(plainConsole.reports.contains(Self.secret), "outside safe mode the line is shown")

            let (safe, safeConsole) = session()
            safe.enterSafeMode()
            #expect(!safe.safeMode!.mayQuote(path))
            safe.report(diagnostic)
            #expect(safeConsole.reports.contains("\(path):\(diagnostic.place!.line):"), "\(file.name): \(safeConsole.reports)")
            #expect(!safeConsole.reports.contains(Self.secret), "\(file.name) was shown: \(safeConsole.reports)")
        }
    }
}
