import Foundation
import Testing

/// Foundation's `FileHandle.write(_: Data)` traps on a failed write (a full disk), and so
/// does `try!`: neither may come back into the sources.
@Suite struct WriteCallScanTests {
    static let sources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources")

    @Test func noTrappingWritesInSources() throws {
        let walker = try #require(FileManager.default.enumerator(at: Self.sources, includingPropertiesForKeys: nil))
        var found: [String] = []
        var scanned = 0
        var modules = Set<String>()
        for case let file as URL in walker where file.pathExtension == "swift" {
            scanned += 1
            modules.insert(file.path.replacingOccurrences(of: Self.sources.path + "/", with: "").components(separatedBy: "/")[0])
            let text = try String(contentsOf: file, encoding: .utf8)
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let code = line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
                if code.contains("try!") || code.range(of: #"\.write\(\s*Data\("#, options: .regularExpression) != nil
                    || code.contains("FileHandle.standardOutput.write(") || code.contains("FileHandle.standardError.write(") {
                    found.append("\(file.lastPathComponent):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(scanned > 50, "the scan found the sources")
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).filter { !$0.hasPrefix(".") }
        #expect(Set(folders).subtracting(["CEditLine", "CZlib"]).isSubset(of: modules), "every module folder is scanned")
        #expect(found.isEmpty, "trapping writes:\n\(found.joined(separator: "\n"))")
    }
}
