import Foundation
import Synchronization

/// `load - format csv`: the bytes of standard input, read once and kept, so that a second
/// look (the line of a value a note names) sees the same data.
enum StandardInput {
    private static let cache = Mutex<Data?>(nil)

    static func contents() -> Data {
        cache.withLock { cached in
            if let cached { return cached }
            let data = FileHandle.standardInput.readDataToEndOfFile()
            cached = data
            return data
        }
    }
}
