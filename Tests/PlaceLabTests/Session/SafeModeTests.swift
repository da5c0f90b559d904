import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// `--safe` judges paths after following links and `..`, and limits scripts' depth of `run`.
@Suite struct SafeModeTests {
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("safe-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path + "/work/sub", withIntermediateDirectories: true)
        return WriteTarget.realPath(ofExisting: path)!
    }

    @Test func pathsAreJudgedAfterLinksAndDots() throws {
        let base = try folder()
        let safe = SafeMode(folder: base + "/work")
        try FileManager.default.createSymbolicLink(atPath: base + "/work/escape", withDestinationPath: base)
        try FileManager.default.createSymbolicLink(atPath: base + "/work/out.txt", withDestinationPath: "../outside.txt")
        try safe.checkWrite(base + "/work/sub/../inside.txt")
        try safe.checkWrite(base + "/work/sub/new.txt")
        #expect(throws: Diagnostic.self) { try safe.checkWrite(base + "/work/sub/../../outside.txt") }
        #expect(throws: Diagnostic.self) { try safe.checkWrite(base + "/work/escape/outside.txt") }
        #expect(throws: Diagnostic.self) { try safe.checkWrite(base + "/work/out.txt") }
        #expect(throws: Diagnostic.self) { try safe.checkRead(base + "/work/escape/data.csv") }
        #expect(throws: Diagnostic.self) { try safe.checkScript(base + "/work/notes.txt") }
        try safe.checkScript(base + "/work/lesson.plq")
        try safe.checkWrite("/dev/stdout")
    }

    @Test func safeModeCannotBeTurnedOff() {
        let console = BufferConsole()
        let session = Session(console: console)
        session.run(SourceText(name: "<command>", text: "safe on"))
        let outcome = session.run(SourceText(name: "<command>", text: "safe off"))
        #expect(!outcome.succeeded)
        #expect(session.safeMode != nil)
        #expect(console.reports.contains("safe mode cannot be turned off"))
    }

    /// A chain of distinct scripts stops at the depth limit with the place of the `run`.
    @Test func nestedRunStopsAtTheDepthLimit() throws {
        let base = try folder()
        let depth = Session.maximumScriptDepth + 6
        for index in 0..<depth {
            let text = index + 1 < depth ? "run \(base)/s\(index + 1).plq\n" : "echo bottom\n"
            try text.write(toFile: "\(base)/s\(index).plq", atomically: false, encoding: .utf8)
        }
        let console = BufferConsole()
        let session = Session(console: console)
        let outcome = session.run(SourceText(name: "<command>", text: "run \(base)/s0.plq"))
        #expect(!outcome.succeeded)
        let last = Session.maximumScriptDepth - 1
        #expect(console.reports.contains("\(base)/s\(last).plq:1:5: error: scripts run inside each other more than 64 deep"),
                "\(console.reports.prefix(600))")
        #expect(!console.output.contains("bottom"))
    }
}
