import Foundation
import PlaceLabCore
#if canImport(Glibc)
import Glibc
#endif

/// The statements a user typed, kept across sessions in a file.
///
/// Every entry is written as soon as it is added, so killing the shell loses nothing.
/// Each write merges with what the file holds now (another session may have added to it)
/// while holding an advisory lock (`flock` on `FILE.lock`), so two sessions never drop each
/// other's lines; it goes to a temporary file with mode 0600 and is renamed into place, so
/// the file is never seen half-written. A symbolic link is followed: its target is replaced.
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
        let file = try prepareFile()
        entries = try HistoryStore.locked(file) {
            var merged = HistoryStore.readEntries(file)
            if merged.last != entry { merged.append(entry) }
            if merged.count > capacity { merged.removeFirst(merged.count - capacity) }
            try save(merged, to: file)
            return merged
        }
    }

    /// A multi-line statement as the single line history keeps.
    public static func oneLine(_ statement: String) -> String {
        statement.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
            .joined(separator: " ")
    }

    /// Makes the history's folder (mode 0700) and returns the real file, links followed.
    private func prepareFile() throws -> String {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
        } catch {
            throw Diagnostic(HistoryStore.folderProblem(folder).map { "cannot save history to \"\(path)\": \($0)" }
                                ?? "cannot save history to \"\(path)\": cannot make folder \"\(folder)\"",
                             help: "set PLACELAB_HISTORY to a file in a folder you can write, or start with --no-history")
        }
        do {
            return try WriteTarget.realPath(forWriting: path)
        } catch {
            throw Diagnostic("cannot save history to \"\(path)\": too many symbolic links")
        }
    }

    /// Why a folder cannot be made: the first part of its path that is a file.
    private static func folderProblem(_ folder: String) -> String? {
        var prefix = ""
        for part in folder.split(separator: "/") {
            prefix += "/" + part
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: prefix, isDirectory: &isFolder), !isFolder.boolValue {
                return "\"\(prefix)\" is a file, not a folder"
            }
        }
        return nil
    }

    /// Runs `body` holding an exclusive advisory lock on `FILE.lock`, so sessions take turns.
    private static func locked<T>(_ file: String, _ body: () throws -> T) throws -> T {
        let lockPath = file + ".lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw Diagnostic("cannot save history to \"\(file)\": cannot open \"\(lockPath)\": \(String(cString: strerror(errno)))")
        }
        defer { close(descriptor) }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                throw Diagnostic("cannot save history to \"\(file)\": cannot lock it: \(String(cString: strerror(errno)))")
            }
        }
        defer { flock(descriptor, LOCK_UN) }
        return try body()
    }

    private func save(_ entries: [String], to file: String) throws {
        let folder = URL(fileURLWithPath: file).deletingLastPathComponent().path
        var template = Array((folder + "/." + URL(fileURLWithPath: file).lastPathComponent + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }  // mode 0600
        guard descriptor >= 0 else {
            throw Diagnostic("cannot save history to \"\(path)\": \(String(cString: strerror(errno)))")
        }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)  // mkstemp filled in the X's
        var failure = FileOutput.writeAll(Array(entries.map { $0 + "\n" }.joined().utf8), to: descriptor)
        if fchmod(descriptor, 0o600) != 0, failure == nil { failure = errno }
        if close(descriptor) != 0, failure == nil { failure = errno }
        if failure == nil, rename(temporary, file) != 0 { failure = errno }
        if let failure {
            unlink(temporary)
            throw Diagnostic("cannot save history to \"\(path)\": \(String(cString: strerror(failure)))")
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
