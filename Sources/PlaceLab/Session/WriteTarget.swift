import Foundation
import PlaceLabCore
#if canImport(Glibc)
import Glibc
#endif

/// Where a write to a named path really lands, decided before anything is written.
///
/// A regular file is replaced whole (a temporary file in its own folder, renamed over it),
/// keeping its mode and owner; a symbolic link is followed, so its target is replaced and
/// the link stays; a FIFO, a terminal or another device, and `/dev/stdout`, are written
/// straight to, since replacing them would put a plain file where they were.
enum WriteTarget {
    /// A file to replace whole: the real path (links followed), and the mode and owner the
    /// new file gets (the replaced file's, or the umask's default for a new one).
    case file(path: String, mode: mode_t, owner: (uid_t, gid_t)?)
    /// A stream to write to as the text comes: a FIFO, a device, or a descriptor already open.
    case stream(path: String, descriptor: Int32?)

    /// Resolves `path` for writing, or says why it cannot be written.
    static func resolve(_ path: String) throws -> WriteTarget {
        if let descriptor = standardDescriptor(path) { return .stream(path: path, descriptor: descriptor) }
        let real = try realPath(forWriting: path)
        var info = stat()
        guard stat(real, &info) == 0 else {
            return .file(path: real, mode: defaultMode(), owner: nil)
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if info.st_nlink > 1 {
                throw Diagnostic("cannot write \"\(path)\": it has \(info.st_nlink) hard links, and replacing it would "
                                 + "leave the other names holding the old text",
                                 help: "write to a new name, or remove the other links first")
            }
            return .file(path: real, mode: info.st_mode & 0o7777, owner: (info.st_uid, info.st_gid))
        case S_IFDIR:
            throw Diagnostic("cannot write \"\(path)\": it is a folder", help: "name a file inside it")
        case S_IFIFO, S_IFCHR:
            return .stream(path: real, descriptor: nil)
        default:
            throw Diagnostic("cannot write \"\(path)\": it is neither a file, a pipe nor a device")
        }
    }

    /// `/dev/stdout`, `/dev/stderr` and `/dev/fd/N` name a descriptor this process already has
    /// open; following the link instead would reopen (or replace) whatever it points to.
    static func standardDescriptor(_ path: String) -> Int32? {
        switch path {
        case "/dev/stdout": return STDOUT_FILENO
        case "/dev/stderr": return STDERR_FILENO
        default:
            for prefix in ["/dev/fd/", "/proc/self/fd/"] where path.hasPrefix(prefix) {
                if let number = Int32(path.dropFirst(prefix.count)), number >= 0 { return number }
            }
            return nil
        }
    }

    /// The path with every symbolic link followed and `.`/`..` removed, also when the file
    /// (or a link's target) does not exist yet; its folder must exist.
    static func realPath(forWriting path: String) throws -> String {
        var current = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        for _ in 0..<40 {
            let url = URL(fileURLWithPath: current)
            let name = url.lastPathComponent
            let folder = url.deletingLastPathComponent().path
            guard let realFolder = realPath(ofExisting: folder) else {
                throw Diagnostic("cannot write \"\(path)\": folder \"\(folder)\" does not exist")
            }
            guard name != "..", name != "." else { return realPath(ofExisting: current) ?? current }
            let candidate = realFolder == "/" ? "/" + name : realFolder + "/" + name
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: candidate) else {
                return candidate
            }
            current = destination.hasPrefix("/") ? destination : realFolder + "/" + destination
        }
        throw Diagnostic("cannot write \"\(path)\": too many symbolic links")
    }

    /// `realpath(3)` of a path that exists, or nil.
    static func realPath(ofExisting path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// 0666 less the umask, as a newly created file gets.
    private static func defaultMode() -> mode_t {
        let mask = umask(0o022)
        umask(mask)
        return 0o666 & ~mask
    }
}
