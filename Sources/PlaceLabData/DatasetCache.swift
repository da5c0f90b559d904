import Foundation
import PlaceLabCore

/// The bundled datasets, kept read and checked in a cache folder
/// (`$XDG_CACHE_HOME/placelab`, else `~/.cache/placelab`) so the first statement that
/// needs them does not parse the YAML again. A cache file is named by a hash of every YAML
/// file's name and bytes (and of the codec and model's shape): an edited dataset gets a new
/// file, never a stale answer. Files are written whole to a temporary name and renamed, so a
/// reader never sees half of one; a file that cannot be read is ignored and the YAML is read.
public struct DatasetCache {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// The cache folder from the environment, or nil when there is no home to keep it in.
    public static func directory(environment: [String: String]) -> String? {
        if let cache = environment["XDG_CACHE_HOME"], cache.hasPrefix("/") { return cache + "/placelab" }
        guard let home = environment["HOME"], home.hasPrefix("/") else { return nil }
        return home + "/.cache/placelab"
    }

    /// The datasets of `folder`: from the cache when it holds them, else read from the YAML
    /// (and cached when every file loaded without a problem).
    public func load(_ folder: String) -> (entries: [Catalog.Entry], problems: [Diagnostic]) {
        guard let path = cachePath(for: folder) else { return DatasetFolder.load(folder) }
        if let bytes = Self.contents(of: path), let entries = try? CatalogCodec.decode(bytes) {
            return (entries, [])
        }
        let loaded = DatasetFolder.load(folder)
        if loaded.problems.isEmpty, let bytes = CatalogCodec.encode(loaded.entries) {
            write(bytes, to: path)
        }
        return loaded
    }

    /// The cache file for the folder's current contents; nil when a file cannot be read.
    func cachePath(for folder: String) -> String? {
        guard CatalogCodec.shapeMatches else { return nil }
        var hash = ContentHash()
        hash.add(CatalogCodec.knownShape)
        hash.add(URL(fileURLWithPath: folder).lastPathComponent)
        for path in DatasetFolder.yamlFiles(in: folder) + DatasetFolder.yamlFiles(in: folder + "/networks") {
            guard let bytes = Self.contents(of: path) else { return nil }
            hash.add(String(path.dropFirst(folder.count)))
            hash.add(UInt64(bytes.count))
            bytes.withUnsafeBytes { hash.add($0) }
        }
        return directory + "/datasets-" + String(hash.value, radix: 16) + ".bin"
    }

    /// A whole file's bytes by plain reads (Foundation's file reading cost more than the
    /// hashing it feeds); nil when it cannot be read.
    static func contents(of path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        var bytes: [UInt8] = []
        var chunk = max(Int(status.st_size), 0) + 1  // one more, to see the end in the same pass
        while true {
            var got = 0
            let more = [UInt8](unsafeUninitializedCapacity: chunk) { buffer, count in
                repeat { got = read(descriptor, buffer.baseAddress, chunk) } while got < 0 && errno == EINTR
                count = max(got, 0)
            }
            guard got >= 0 else { return nil }
            if got == 0 { return bytes }
            if bytes.isEmpty { bytes = more } else { bytes += more }
            chunk = 65_536  // after the whole file, a small read finds its end
        }
    }

    private func write(_ bytes: [UInt8], to path: String) {
        let manager = FileManager.default
        try? manager.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                     attributes: [.posixPermissions: 0o700])
        let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier).tmp"
        guard manager.createFile(atPath: temporary, contents: Data(bytes), attributes: [.posixPermissions: 0o600]) else { return }
        if rename(temporary, path) != 0 { try? manager.removeItem(atPath: temporary) }
    }
}

/// A 64-bit hash taken eight bytes at a time: enough to tell one set of dataset files from
/// another (it guards against edits, not against an attacker). Byte by byte, as FNV-1a, it
/// was a twentieth of a first answer.
struct ContentHash {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        while index + 8 <= bytes.count {
            mix(UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
            index += 8
        }
        // The last few bytes, with how many there are in the top byte, so "a" and "a\0" differ.
        var tail = UInt64(bytes.count - index) << 56
        for shift in 0..<(bytes.count - index) { tail |= UInt64(bytes[index + shift]) << (8 * UInt64(shift)) }
        mix(tail)
    }

    /// Multiply to spread each bit upwards, then shift the high bits down so the next word
    /// mixes with all of them.
    private mutating func mix(_ word: UInt64) {
        value = (value ^ word) &* 0x9E37_79B9_7F4A_7C15
        value ^= value >> 29
    }

    mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { add(UnsafeRawBufferPointer($0)) }
        add(0xFF as UInt64)
    }

    mutating func add(_ number: UInt64) {
        withUnsafeBytes(of: number.littleEndian) { add($0) }
    }
}
