import Foundation
import PlaceLabCore

/// Shared by the readers of users' files: reading a file whole, checking that it is UTF-8
/// text, and turning a byte offset into a `FilePlace` for an error.
enum FileBytes {
    /// The file's bytes (inflated when it is gzip-compressed), or a diagnostic that says why
    /// they cannot be read.
    static func contents(of path: String) throws -> Data {
        let data = path == "-" ? try StandardInput.nonEmptyContents() : try rawContents(of: path)
        return Gzip.isCompressed(data) ? try Gzip.inflate(data, path: path) : data
    }

    /// The file's bytes as stored.
    static func rawContents(of path: String) throws -> Data {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic("cannot read \"\(path)\": no such file")
        }
        guard !isDirectory.boolValue else {
            throw Diagnostic("cannot read \"\(path)\": it is a folder")
        }
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw Diagnostic("cannot read \"\(path)\": permission denied")
        }
        if let data = readRegularFile(path) { return data }
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw Diagnostic("cannot read \"\(path)\": \(error.localizedDescription)")
        }
    }

    /// A regular file in one allocation of its size and plain reads (no copying as a buffer
    /// grows, and no memory map that a shrinking file could fault); nil for anything else.
    private static func readRegularFile(_ path: String) -> Data? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        let size = Int(status.st_size)
        guard size > 0 else { return Data() }
        guard let buffer = malloc(size) else { return nil }
        var filled = 0
        while filled < size {
            let got = Foundation.read(descriptor, buffer + filled, size - filled)
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { break }
            filled += got
        }
        guard filled > 0 || size == 0 else {
            free(buffer)
            return nil
        }
        return Data(bytesNoCopy: buffer, count: filled, deallocator: .free)
    }

    /// The length of a UTF-8 byte order mark at the start of `bytes`: 3 or 0.
    static func byteOrderMarkLength(_ base: UnsafePointer<UInt8>, count: Int) -> Int {
        count >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF ? 3 : 0
    }

    /// The offset of the first NUL byte or byte that is not part of valid UTF-8, if any.
    static func firstNonTextByte(_ base: UnsafePointer<UInt8>, count: Int) -> Int? {
        var index = 0
        while index < count {
            // Eight ASCII bytes, none of them NUL, at a time.
            if index + 8 <= count {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                let high = word & 0x8080_8080_8080_8080
                let zero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
                if high | zero == 0 {
                    index += 8
                    continue
                }
            }
            let byte = base[index]
            if byte == 0 { return index }
            if byte < 0x80 {
                index += 1
                continue
            }
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            let length: Int
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return index
            }
            guard index + length <= count, base[index + 1] >= lower, base[index + 1] <= upper else { return index }
            for next in 2..<length where base[index + next] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }

    /// The "not a text file" diagnostic for the byte at `offset`.
    static func notText(path: String, _ base: UnsafePointer<UInt8>, count: Int, offset: Int) -> Diagnostic {
        let byte = base[offset]
        let hex = String(byte, radix: 16, uppercase: true)
        var diagnostic = Diagnostic(
            "not a text file (byte 0x\(hex.count == 1 ? "0" + hex : hex) at offset \(offset))")
        if count >= 2, (base[0] == 0xFF && base[1] == 0xFE) || (base[0] == 0xFE && base[1] == 0xFF) {
            diagnostic.help = "the file looks like UTF-16; save it as UTF-8"
        } else if byte == 0 {
            // A NUL byte means a binary file: the same help whichever reader met it.
            diagnostic.help = "PlaceLab reads data saved as UTF-8 text (CSV, TSV, JSON, YAML, GraphML, GEXF, DOT, GML, "
                + "Pajek, DL); a spreadsheet or Parquet file needs converting first (help load)"
        } else if case .success = Windows1252.decode(base, count: count) {
            diagnostic.help = "the file looks like Windows-1252 (Latin-1): convert it with "
                + "iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW, or save it as UTF-8"
        } else {
            diagnostic.help = "the file is not UTF-8; save it as UTF-8 (in a spreadsheet: CSV UTF-8)"
        }
        diagnostic.place = place(path: path, base, count: count, offset: offset)
        return diagnostic
    }

    /// Lines longer than this are not copied into a diagnostic.
    static let longestLineText = 10_000

    /// The line and column of byte `offset` (which may be `count`, the end of the file).
    /// Lines end at LF, CRLF or a lone CR; columns count characters; a BOM is not a column.
    static func place(path: String, _ base: UnsafePointer<UInt8>?, count: Int, offset: Int) -> FilePlace {
        guard let base, count > 0 else { return FilePlace(path: path, line: 1, column: 1, lineText: "") }
        let offset = min(max(offset, 0), count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < offset {
            let byte = base[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 == count || base[index + 1] != 0x0A)) {
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        if lineStart == 0 { lineStart = min(byteOrderMarkLength(base, count: count), offset) }
        var lineEnd = lineStart
        while lineEnd < count, base[lineEnd] != 0x0A, base[lineEnd] != 0x0D { lineEnd += 1 }
        let column = String(decoding: UnsafeBufferPointer(start: base + lineStart, count: offset - lineStart),
                            as: UTF8.self).count + 1
        let lineText = lineEnd - lineStart > longestLineText ? nil
            : String(decoding: UnsafeBufferPointer(start: base + lineStart, count: lineEnd - lineStart), as: UTF8.self)
        return FilePlace(path: path, line: line, column: column, lineText: lineText)
    }
}
