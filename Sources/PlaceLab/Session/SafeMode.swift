import Foundation
import PlaceLabCore

/// The limits of `--safe` and `safe on`, for running a script someone else wrote (a
/// student's, one handed round a class), after sqlite3's `-safe`: files are read and written
/// only inside the working folder, and only `.plq` scripts are run. Paths are judged after
/// following symbolic links and `..`, so neither leads out of the folder.
public struct SafeMode: Sendable, Equatable {
    /// The working folder, links followed, when safe mode was turned on.
    public let folder: String

    public init(folder: String) {
        self.folder = WriteTarget.realPath(ofExisting: folder) ?? folder
    }

    /// Refuses a write outside the folder (`/dev/stdout` and `/dev/stderr` are the screen).
    func checkWrite(_ path: String) throws {
        if let descriptor = WriteTarget.standardDescriptor(path), descriptor == STDOUT_FILENO || descriptor == STDERR_FILENO {
            return
        }
        guard contains(try WriteTarget.realPath(forWriting: path)) else {
            throw Diagnostic("safe mode: cannot write \"\(path)\": it is outside the working folder",
                             help: "write to a file inside \(folder)")
        }
    }

    /// Refuses to read a file outside the folder.
    func checkRead(_ path: String) throws {
        guard contains(SafeMode.realPath(forReading: path)) else {
            throw Diagnostic("safe mode: cannot read \"\(path)\": it is outside the working folder",
                             help: "copy the file into \(folder) and load it from there")
        }
    }

    /// Refuses to run anything but a `.plq` script inside the folder.
    func checkScript(_ path: String) throws {
        guard contains(SafeMode.realPath(forReading: path)) else {
            throw Diagnostic("safe mode: cannot run \"\(path)\": it is outside the working folder",
                             help: "copy the script into \(folder) and run it from there")
        }
        guard path.lowercased().hasSuffix(".plq") else {
            throw Diagnostic("safe mode: cannot run \"\(path)\": only .plq scripts are run",
                             help: "a PlaceLab script's name ends in .plq")
        }
    }

    /// Whether a real (resolved) path lies inside the folder.
    func contains(_ realPath: String) -> Bool {
        realPath == folder || realPath.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    /// Whether errors may quote lines of a file: not of one outside the folder.
    func mayQuote(_ path: String) -> Bool {
        contains(SafeMode.realPath(forReading: path))
    }

    /// `text` with whatever it quotes ("…") left out: messages quote the file's own words.
    static func withoutQuotedText(_ text: String) -> String {
        var result = ""
        var quoted = false
        for character in text {
            if character == "\"" {
                result += quoted ? "…\"" : "\""
                quoted.toggle()
            } else if !quoted {
                result.append(character)
            }
        }
        return quoted ? result + "…" : result
    }

    /// The real path of a file to read; one that does not exist is judged by where it would be.
    static func realPath(forReading path: String) -> String {
        if let real = WriteTarget.realPath(ofExisting: path) { return real }
        if let real = try? WriteTarget.realPath(forWriting: path) { return real }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: absolute).standardizedFileURL.path
    }
}
