import PlaceLabCore

/// A user's text file as bytes, checked to be UTF-8, for the readers that scan it token by
/// token (DOT, GML): positions are byte offsets, turned into a line and column only for an error.
struct TextBytes {
    let path: String
    let bytes: [UInt8]
    /// Where the text starts: past a byte order mark.
    let start: Int

    /// The file at `path` (inflated when gzip-compressed); a diagnostic when it is not UTF-8.
    static func read(path: String) throws -> TextBytes {
        let data = try FileBytes.contents(of: path)
        let bytes = [UInt8](data)
        try bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return }
            if let offset = FileBytes.firstNonTextByte(base, count: buffer.count) {
                throw FileBytes.notText(path: path, base, count: buffer.count, offset: offset)
            }
        }
        let start = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
        return TextBytes(path: path, bytes: bytes, start: start)
    }

    var isBlank: Bool {
        bytes[start...].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    func place(_ offset: Int) -> FilePlace {
        bytes.withUnsafeBufferPointer { FileBytes.place(path: path, $0.baseAddress, count: $0.count, offset: offset) }
    }

    func error(_ message: String, at offset: Int, help: String? = nil) -> Diagnostic {
        Diagnostic(message, help: help, place: place(offset))
    }

    func text(_ range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }
}
