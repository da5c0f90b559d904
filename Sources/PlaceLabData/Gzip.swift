import CZlib
import Foundation
import PlaceLabCore

/// Gzip-compressed files (`cases.csv.gz`): recognised by their magic bytes, inflated whole
/// before any reader sees them, so every format `load` reads may come compressed.
enum Gzip {
    /// The most bytes a compressed file may inflate to: past it the file is refused rather
    /// than allowed to take the machine's memory (a "zip bomb" inflates a thousandfold).
    static let largestInflated = 2 << 30

    /// Whether `data` starts with gzip's magic bytes 1F 8B.
    static func isCompressed(_ data: Data) -> Bool {
        data.count >= 2 && data[data.startIndex] == 0x1F && data[data.startIndex + 1] == 0x8B
    }

    /// The inflated bytes of every member of a gzip file, checked against each member's
    /// CRC and its recorded length; a diagnostic naming the file when they do not agree.
    static func inflate(_ data: Data, path: String, limit: Int = largestInflated) throws -> Data {
        var output = Data()
        var stream = z_stream()
        // 15 + 16: a gzip wrapper (not zlib's), with the largest window.
        guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Diagnostic("cannot read \"\(path)\": zlib could not start")
        }
        defer { inflateEnd(&stream) }
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        try data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return }
            var consumed = 0
            while consumed < raw.count {
                stream.next_in = UnsafeMutablePointer(mutating: base + consumed)
                stream.avail_in = UInt32(min(raw.count - consumed, Int(UInt32.max)))
                let before = stream.avail_in
                var status: Int32 = Z_OK
                repeat {
                    status = buffer.withUnsafeMutableBufferPointer { out in
                        stream.next_out = out.baseAddress
                        stream.avail_out = UInt32(chunk)
                        return CZlib.inflate(&stream, Z_NO_FLUSH)
                    }
                    let produced = chunk - Int(stream.avail_out)
                    guard output.count + produced <= limit else {
                        throw Diagnostic("\"\(path)\" inflates to more than \(limit >> 20) MB",
                                         help: "decompress it with gunzip and load a part of it")
                    }
                    output.append(contentsOf: buffer[0..<produced])
                    if status == Z_DATA_ERROR || status == Z_NEED_DICT || status == Z_MEM_ERROR {
                        let reason = stream.msg.map { String(cString: $0) } ?? "corrupt data"
                        throw Diagnostic("\"\(path)\" is not valid gzip data (\(reason), at compressed byte \(consumed + Int(before - stream.avail_in)))",
                                         help: "the file may be damaged; gunzip -t \(path) checks it")
                    }
                } while status == Z_OK && (stream.avail_in > 0 || stream.avail_out == 0)
                consumed += Int(before - stream.avail_in)
                if status == Z_STREAM_END {
                    // Another member may follow (`cat a.gz b.gz`); trailing zero padding may too.
                    let rest = UnsafeBufferPointer(start: base + consumed, count: raw.count - consumed)
                    if rest.allSatisfy({ $0 == 0 }) { return }
                    inflateReset(&stream)
                } else if status == Z_BUF_ERROR || stream.avail_in == 0 {
                    throw truncated(path)
                }
            }
            throw truncated(path)
        }
        return output
    }

    private static func truncated(_ path: String) -> Diagnostic {
        Diagnostic("\"\(path)\" ends before its gzip data does (the file is cut short)",
                   help: "copy or download the file again; gunzip -t \(path) checks it")
    }

    /// The path without a `.gz` suffix, for telling the format by the extension inside it.
    static func innerPath(_ path: String) -> String {
        path.lowercased().hasSuffix(".gz") ? String(path.dropLast(3)) : path
    }
}
