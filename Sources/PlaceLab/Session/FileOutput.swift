import Foundation
import PlaceLabCore
#if canImport(Glibc)
import Glibc
#endif

/// The one way PlaceLab writes a file (`output`, `once`, `record`, `export`, `plot`).
///
/// A file is replaced whole: the text so far goes to a temporary file in the target's own
/// folder, which is renamed over it, so a reader never sees half a file and a failed write
/// (a full disk) leaves the earlier file as it was. `save()` may be called again as more
/// text comes, so finished work is on disk even if the session is killed later. Links are
/// followed and the replaced file's mode is kept; pipes and devices are written straight to
/// (see `WriteTarget`).
final class FileOutput {
    /// The path as the user named it, for messages.
    let path: String
    private let target: WriteTarget
    /// Everything written so far, for the next save (files only).
    private var text: [UInt8] = []
    /// Whether there is text the file on disk does not hold yet, or it was never saved.
    private var unsaved = true
    /// An open pipe or device, or nil for a file.
    private var stream: Int32?
    /// The first failed write to a stream, reported at the next save.
    private var streamFailure: Int32?

    init(path: String) throws {
        self.path = path
        target = try WriteTarget.resolve(path)
        if case .stream(let real, let descriptor) = target {
            let opened = descriptor.map { dup($0) } ?? open(real, O_WRONLY | O_NOCTTY | O_CLOEXEC)
            guard opened >= 0 else { throw FileOutput.failure(path, errno) }
            stream = opened
        }
    }

    func write(_ text: String) {
        guard let stream else {
            self.text.append(contentsOf: text.utf8)
            unsaved = true
            return
        }
        if streamFailure == nil, let code = FileOutput.writeAll(Array(text.utf8), to: stream) {
            streamFailure = code
        }
    }

    /// Whether this goes to a pipe or device, which can only be added to, never rewritten.
    var isStream: Bool { stream != nil }

    /// Puts `text` in place of everything written so far (a file only: a document that is
    /// rendered whole, like a handout, is saved this way as it grows).
    func replaceText(with text: String) {
        guard stream == nil else { return }
        self.text = Array(text.utf8)
        unsaved = true
    }

    /// Brings the file on disk up to date with the text so far (nothing to do if it is).
    func save() throws {
        if let code = streamFailure { throw FileOutput.failure(path, code) }
        guard unsaved, case .file(let real, _, _) = target else { return }
        let temporary = try writeTemporary()
        try moveIntoPlace(temporary, real)
        unsaved = false
    }

    /// Saves and finishes.
    func close() throws {
        defer { closeStream() }
        try save()
    }

    /// Finishes without saving again: what was saved before stays, an unsaved rest is dropped.
    func discard() {
        closeStream()
        text = []
        unsaved = false
    }

    private func closeStream() {
        if let stream { Glibc.close(stream) }
        stream = nil
    }

    /// Writes the text to a new hidden file beside the target, with the target's mode and owner.
    private func writeTemporary() throws -> String {
        guard case .file(let real, let mode, let owner) = target else { return path }
        let folder = URL(fileURLWithPath: real).deletingLastPathComponent().path
        var template = Array((folder + "/." + URL(fileURLWithPath: real).lastPathComponent + ".XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else { throw FileOutput.failure(path, errno) }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)  // mkstemp filled in the X's
        var failure = FileOutput.writeAll(text, to: descriptor)
        if failure == nil, fchmod(descriptor, mode) != 0 { failure = errno }
        if let owner { _ = fchown(descriptor, owner.0, owner.1) }  // kept where allowed (root, or the group)
        if Glibc.close(descriptor) != 0, failure == nil { failure = errno }
        if let failure {
            unlink(temporary)
            throw FileOutput.failure(path, failure)
        }
        return temporary
    }

    private func moveIntoPlace(_ temporary: String, _ real: String) throws {
        guard rename(temporary, real) == 0 else {
            let code = errno
            unlink(temporary)
            throw FileOutput.failure(path, code)
        }
    }

    /// Writes all the bytes, going on after interruptions; returns errno on failure.
    static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32? {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

    /// "cannot write "x": No space left on device", with what to do about the usual causes.
    static func failure(_ path: String, _ code: Int32) -> Diagnostic {
        let reason = String(cString: strerror(code))
        switch code {
        case ENOSPC, EDQUOT, EFBIG:
            return Diagnostic("cannot write \"\(path)\": \(reason)",
                              help: "free some space or write elsewhere; what the file held before is left as it was")
        case EACCES, EPERM, EROFS:
            return Diagnostic("cannot write \"\(path)\": permission denied")
        default:
            return Diagnostic("cannot write \"\(path)\": \(reason)")
        }
    }
}

extension FileOutput {
    /// Writes each text to its file, all under temporary names first, then renamed into place;
    /// if one cannot be written, none of them replaces what was there.
    static func writeWhole(_ files: [(path: String, text: String)]) throws {
        var outputs: [FileOutput] = []
        defer { for output in outputs { output.closeStream() } }
        for file in files {
            let output = try FileOutput(path: file.path)
            output.write(file.text)
            outputs.append(output)
        }
        var prepared: [(output: FileOutput, temporary: String, real: String)] = []
        do {
            for output in outputs {
                if let code = output.streamFailure { throw FileOutput.failure(output.path, code) }
                guard case .file(let real, _, _) = output.target else { continue }
                prepared.append((output, try output.writeTemporary(), real))
            }
        } catch {
            for file in prepared { unlink(file.temporary) }
            throw error
        }
        for file in prepared { try file.output.moveIntoPlace(file.temporary, file.real) }
    }
}
