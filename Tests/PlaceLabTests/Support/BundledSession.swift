import Foundation
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData

/// Sessions on the bundled datasets for suites that run statements: the data is read once for
/// all of them, and each session starts fresh.
enum BundledSession {
    static let entries = DatasetFolder.load(packageRoot.appendingPathComponent("datasets").path).entries

    /// A new session on the bundled data, printing into a console the test can read.
    static func make() -> (Session, BufferConsole) {
        let console = BufferConsole()
        let session = Session(console: console)
        session.catalog = Catalog(entries)
        return (session, console)
    }

    /// Runs a script in a new session; what it printed is in the console.
    static func run(_ text: String) -> (Session.Outcome, BufferConsole) {
        let (session, console) = make()
        return (session.run(SourceText(name: "t.plq", text: text)), console)
    }

    /// A new, empty folder under the temporary directory, for the files a statement writes.
    static func temporaryFolder(_ prefix: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
