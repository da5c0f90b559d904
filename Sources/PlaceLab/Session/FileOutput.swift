import Foundation

/// A results file that appears whole or not at all: text goes to a temporary file beside
/// the target, which is renamed over it when the output is closed.
final class FileOutput {
    let path: String
    private let temporaryPath: String
    private let handle: FileHandle

    init(path: String) throws {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw Diagnostic("cannot write \"\(path)\": folder \"\(directory)\" does not exist")
        }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw Diagnostic("cannot write \"\(path)\": it is a folder")
        }
        self.path = path
        self.temporaryPath = directory + "/." + url.lastPathComponent + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard FileManager.default.createFile(atPath: temporaryPath, contents: nil),
              let handle = FileHandle(forWritingAtPath: temporaryPath) else {
            throw Diagnostic("cannot write \"\(path)\": permission denied")
        }
        self.handle = handle
    }

    func write(_ text: String) {
        handle.write(Data(text.utf8))
    }

    /// Moves the finished file into place.
    func close() throws {
        try handle.close()
        if rename(temporaryPath, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporaryPath)
            throw Diagnostic("cannot write \"\(path)\": \(reason)")
        }
    }

    /// Drops the unfinished file, leaving any earlier one untouched.
    func discard() {
        try? handle.close()
        unlink(temporaryPath)
    }
}

extension FileOutput {
    /// Writes each text to its file, all under temporary names first, then renamed into place;
    /// if one cannot be written, none of them replaces what was there.
    static func writeWhole(_ files: [(path: String, text: String)]) throws {
        var outputs: [FileOutput] = []
        do {
            for file in files {
                let output = try FileOutput(path: file.path)
                outputs.append(output)
                output.write(file.text)
            }
        } catch {
            for output in outputs { output.discard() }
            throw error
        }
        for output in outputs { try output.close() }
    }
}
