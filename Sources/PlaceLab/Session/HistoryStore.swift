import Foundation

/// The statements a user typed, kept across sessions in a file.
///
/// Every entry is written as soon as it is added, so killing the shell loses nothing.
/// Each write merges with what the file holds now (another session may have added to it),
/// goes to a temporary file with mode 0600 and is renamed into place, so the file is never
/// seen half-written.
public final class HistoryStore {
    public let path: String
    public let capacity: Int
    public private(set) var entries: [String]

    /// Opens (or starts) the history at `path`; a missing file is an empty history.
    public init(path: String, capacity: Int = 2000) {
        self.path = path
        self.capacity = capacity
        self.entries = HistoryStore.readEntries(path)
    }

    /// The default place: `$PLACELAB_HISTORY`, else `$XDG_STATE_HOME/placelab/history`,
    /// else `$HOME/.local/state/placelab/history`.
    public static func defaultPath(environment: [String: String]) -> String? {
        if let explicit = environment["PLACELAB_HISTORY"], !explicit.isEmpty { return explicit }
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return state + "/placelab/history"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/placelab/history"
    }

    /// Adds a statement (several lines become one entry joined by spaces) and saves at once.
    /// A repeat of the last entry is not stored twice.
    public func add(_ statement: String) throws {
        let entry = HistoryStore.oneLine(statement)
        guard !entry.isEmpty else { return }
        var merged = HistoryStore.readEntries(path)
        if merged.last != entry { merged.append(entry) }
        if merged.count > capacity { merged.removeFirst(merged.count - capacity) }
        try save(merged)
        entries = merged
    }

    /// A multi-line statement as the single line history keeps.
    public static func oneLine(_ statement: String) -> String {
        statement.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    private func save(_ entries: [String]) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        let temporary = directory + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        let text = entries.map { $0 + "\n" }.joined()
        guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8),
                                             attributes: [.posixPermissions: 0o600]) else {
            throw Diagnostic("cannot save history to \"\(path)\"")
        }
        chmod(temporary, 0o600)
        guard rename(temporary, path) == 0 else {
            unlink(temporary)
            throw Diagnostic("cannot save history to \"\(path)\": \(String(cString: strerror(errno)))")
        }
    }

    private static func readEntries(_ path: String) -> [String] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return String(decoding: data, as: UTF8.self)
            .split(whereSeparator: \.isNewline)
            .map(String.init)
            .filter { !$0.isEmpty }
    }
}
