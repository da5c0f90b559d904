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
        if let data = FileManager.default.contents(atPath: path),
           let entries = try? CatalogCodec.decode([UInt8](data)) {
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
        var hash = FNV1a()
        hash.add(CatalogCodec.knownShape)
        hash.add(URL(fileURLWithPath: folder).lastPathComponent)
        for path in DatasetFolder.yamlFiles(in: folder) + DatasetFolder.yamlFiles(in: folder + "/networks") {
            guard let data = FileManager.default.contents(atPath: path) else { return nil }
            hash.add(String(path.dropFirst(folder.count)))
            hash.add(UInt64(data.count))
            data.withUnsafeBytes { hash.add($0) }
        }
        return directory + "/datasets-" + String(hash.value, radix: 16) + ".bin"
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

/// FNV-1a, 64 bits: enough to tell one set of dataset files from another, and fast.
struct FNV1a {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    mutating func add(_ bytes: UnsafeRawBufferPointer) {
        for byte in bytes {
            value ^= UInt64(byte)
            value &*= 0x0000_0100_0000_01B3
        }
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
