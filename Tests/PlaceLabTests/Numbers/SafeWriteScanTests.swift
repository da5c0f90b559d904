import Testing

/// Every file PlaceLab writes for a user goes through `Session.openFile` or `Session.writeFiles`,
/// where safe mode judges the path. A command or stage that called `FileOutput` itself would
/// write outside the working folder under `--safe` (a query's `| export to` once did); this
/// scan keeps such calls in the session alone.
@Suite struct SafeWriteScanTests {
    static let allowed: Set<String> = ["PlaceLab/Session/Session.swift", "PlaceLab/Session/FileOutput.swift"]

    /// A line that opens or writes a user's file without the session. Comments are not code.
    static func bypassesTheSession(_ line: Substring) -> Bool {
        let code = line.range(of: "//").map { line[..<$0.lowerBound] } ?? line
        return code.contains("FileOutput.writeWhole(") || code.contains("FileOutput(path:")
    }

    @Test func onlyTheSessionWritesUsersFiles() throws {
        var offenders: [String] = []
        for (path, lines) in try CheckedConversionScanTests.files() where !Self.allowed.contains(path) {
            for (number, line) in lines.enumerated() where Self.bypassesTheSession(line) {
                offenders.append("\(path):\(number + 1)")
            }
        }
        #expect(offenders.isEmpty,
                "write through session.writeFiles or session.openFile, which apply safe mode: \(offenders.joined(separator: ", "))")
    }

    @Test func theScanFindsADirectWrite() {
        #expect(Self.bypassesTheSession("try FileOutput.writeWhole([(path, text)])"))
        #expect(Self.bypassesTheSession("let out = try FileOutput(path: path)"))
        #expect(!Self.bypassesTheSession("try session.writeFiles([(path, text)])"))
        #expect(!Self.bypassesTheSession("// FileOutput.writeWhole( in a comment"))
    }
}
