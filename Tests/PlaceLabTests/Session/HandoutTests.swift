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

/// `record FILE.md` and `record FILE.html` read by real parsers: a Markdown handout's
/// tables are tables (not code), and the web page is well-formed with its figures inlined.
@Suite struct HandoutTests {
    /// A session with the bundled data, recording a short lesson with a table, prose and a
    /// figure into `folder/name`.
    private func record(_ name: String) throws -> (handout: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("placelab-handout-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("figures"), withIntermediateDirectories: true)
        let session = Session(console: BufferConsole())
        session.useBundledData(from: packageRoot.appendingPathComponent("datasets").path)
        let lesson = """
            record \(folder.path)/\(name)
            ## What to notice: the <UK> cases & their phases.
            echo "# Roles"
            cases | where country == "United Kingdom" | select id, name, phase | first 3
            plot lifecycle to \(folder.path)/figures/life.svg
            record off
            """
        #expect(session.run(SourceText(name: "lesson.plq", text: lesson)).succeeded)
        return (try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), folder)
    }

    @Test func theMarkdownHandoutHasTablesProseAndLinkedFigures() throws {
        let (markdown, folder) = try record("handout.md")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(markdown.contains("\n# Roles\n"))
        #expect(markdown.contains("What to notice: the <UK> cases & their phases."))
        #expect(markdown.contains("![life.svg](<figures/life.svg>)"))
        #expect(markdown.contains("placelab> cases | where country == \"United Kingdom\""))

        guard let cmark = ["/usr/bin/cmark-gfm", "/usr/local/bin/cmark-gfm"].first(where: FileManager.default.isExecutableFile)
        else {
            print("skipped: cmark-gfm is not installed (apt-get install cmark-gfm); the handout was not rendered")
            return
        }
        let html = try render(markdown, with: cmark)
        #expect(html.contains("<table>"), "the result is a Markdown table: \(html)")
        #expect(html.contains("<td>tower_hamlets</td>"))
        #expect(!html.contains("<code class=\"language-text\">| id"), "a table is not a code block")
        #expect(html.contains("<h1>Roles</h1>"))
        #expect(html.contains("<img src=\"figures/life.svg\""))
    }

    @Test func theWebPageIsWellFormedWithTheFigureInlined() throws {
        let (page, folder) = try record("handout.html")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("&lt;UK&gt; cases &amp; their phases"), "text from the session is escaped")
        #expect(page.contains("@media print"))
        #if canImport(FoundationXML) || os(macOS)
        let document = try XMLDocument(data: Data(page.utf8))
        let html = "local-name()='html'"
        #expect(try document.nodes(forXPath: "//*[\(html)]").count == 1)
        #expect(try document.nodes(forXPath: "//*[local-name()='table']").count == 1)
        #expect(try document.nodes(forXPath: "//*[local-name()='td' and text()='tower_hamlets']").count == 1)
        #expect(try document.nodes(forXPath: "//*[local-name()='h1' and text()='Roles']").count == 1)
        #expect(try document.nodes(forXPath: "//*[local-name()='figure']/*[local-name()='svg']").count == 1)
        #expect(try document.nodes(forXPath: "//*[local-name()='img']").isEmpty, "no file beside the page is needed")
        #endif
    }

    private func render(_ markdown: String, with cmark: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: cmark)
        process.arguments = ["-e", "table"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(Data(markdown.utf8))
        try input.fileHandleForWriting.close()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }
}
