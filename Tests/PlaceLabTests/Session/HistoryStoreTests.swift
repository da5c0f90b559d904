import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct HistoryStoreTests {
    private func temporaryPath() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("history-\(UUID().uuidString)/sub/history").path
    }

    @Test func savesEachEntryAtOnceWithPrivateMode() throws {
        let path = temporaryPath()
        let store = HistoryStore(path: path)
        try store.add("echo one")
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        #expect(HistoryStore(path: path).entries == ["echo one"])
    }

    @Test func multiLineStatementsBecomeOneEntry() throws {
        let store = HistoryStore(path: temporaryPath())
        try store.add("echo (a,\n   b,\n c)")
        #expect(store.entries == ["echo (a, b, c)"])
    }

    @Test func repeatsAndBlanksAreNotStored() throws {
        let store = HistoryStore(path: temporaryPath())
        try store.add("mode csv")
        try store.add("mode csv")
        try store.add("   ")
        #expect(store.entries == ["mode csv"])
    }

    @Test func twoSessionsMergeAndTheCapKeepsTheNewest() throws {
        let path = temporaryPath()
        let first = HistoryStore(path: path, capacity: 3)
        let second = HistoryStore(path: path, capacity: 3)
        try first.add("a")
        try second.add("b")
        try first.add("c")
        try second.add("d")
        #expect(HistoryStore(path: path).entries == ["b", "c", "d"])
    }

    @Test func defaultPathFollowsTheEnvironment() {
        #expect(HistoryStore.defaultPath(environment: ["PLACELAB_HISTORY": "/x/h", "HOME": "/home/a"]) == "/x/h")
        #expect(HistoryStore.defaultPath(environment: ["XDG_STATE_HOME": "/state", "HOME": "/home/a"]) == "/state/placelab/history")
        #expect(HistoryStore.defaultPath(environment: ["XDG_STATE_HOME": "relative", "HOME": "/home/a"])
                == "/home/a/.local/state/placelab/history")
        #expect(HistoryStore.defaultPath(environment: [:]) == nil)
    }

    @Test func twoStoresAddingAtOnceLoseNoLines() async throws {
        let path = temporaryPath()
        let count = 300
        await withTaskGroup(of: Void.self) { group in
            for name in ["a", "b"] {
                group.addTask {
                    let store = HistoryStore(path: path)
                    for index in 0..<count { try? store.add("echo \(name)\(index)") }
                }
            }
        }
        let kept = HistoryStore(path: path).entries
        #expect(kept.count == 2 * count, "kept \(kept.count) of \(2 * count) lines")
        #expect(kept.filter { $0.hasPrefix("echo a") } == (0..<count).map { "echo a\($0)" }, "each session's lines in order")
    }

    @Test func aSymlinkedHistoryIsWrittenThroughToItsTarget() throws {
        let path = temporaryPath()
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: "kept-history")
        try HistoryStore(path: path).add("echo linked")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == "kept-history")
        let target = folder + "/kept-history"
        #expect(FileManager.default.contents(atPath: target) == Data("echo linked\n".utf8))
        #expect((try FileManager.default.attributesOfItem(atPath: target)[.posixPermissions] as? Int) == 0o600)
    }

    @Test func aHistoryPathUnderAFileGivesAPlainMessage() throws {
        let file = temporaryPath()
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try "not a folder".write(toFile: file, atomically: false, encoding: .utf8)
        do {
            try HistoryStore(path: file + "/history").add("echo x")
            Issue.record("saving under a regular file succeeded")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message == "cannot save history to \"\(file)/history\": \"\(file)\" is a file, not a folder")
            #expect(!diagnostic.message.contains("NSCocoaErrorDomain"))
        }
    }
}
