import Foundation
import PlaceLabCore
import Synchronization

/// `load - format csv`: the bytes of standard input, read once and kept, so that a second
/// look (the line of a value a note names) sees the same data.
enum StandardInput {
    private static let cache = Mutex<Data?>(nil)

    /// The bytes, or an error that says how to give them: an empty standard input usually
    /// means the statements themselves came that way (`placelab < script.plq`).
    static func nonEmptyContents() throws -> Data {
        let data = contents()
        guard data.isEmpty else { return data }
        throw Diagnostic("standard input is empty (or held the statements themselves)",
                         help: "pipe the file in and give the statements with -c: cat data.csv | placelab -c 'load - format csv'")
    }

    static func contents() -> Data {
        cache.withLock { cached in
            if let cached { return cached }
            let data = FileHandle.standardInput.readDataToEndOfFile()
            cached = data
            return data
        }
    }
}
