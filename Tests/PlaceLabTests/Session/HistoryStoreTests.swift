import Foundation
import Testing
@testable import PlaceLab

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
}
