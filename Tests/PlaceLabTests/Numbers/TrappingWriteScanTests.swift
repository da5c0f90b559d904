import Testing

/// Foundation's `FileHandle.write(_: Data)` cannot throw: on a full disk it traps, losing the
/// session and its unsaved files. Writes go through `write(contentsOf:)` or the POSIX loop in
/// `FileOutput`; this scan keeps the trapping form out of the sources.
@Suite struct TrappingWriteScanTests {
    /// A call that looks like the non-throwing write: `.write(` given Data, or any `.write(` on
    /// one of FileHandle's standard handles. Comments are not code.
    static func trappingWrite(_ line: Substring) -> Bool {
        let code = line.range(of: "//").map { line[..<$0.lowerBound] } ?? line
        if code.contains(".write(Data(") || code.contains(".write(data)") { return true }
        return code.contains("FileHandle.standard") && code.contains(".write(") && !code.contains(".write(contentsOf:")
    }

    @Test func noFileHandleWriteThatTraps() throws {
        var offenders: [String] = []
        for (path, lines) in try CheckedConversionScanTests.files() {
            for (number, line) in lines.enumerated() where Self.trappingWrite(line) {
                offenders.append("\(path):\(number + 1)")
            }
        }
        #expect(offenders.isEmpty, "use try write(contentsOf:), which reports a full disk: \(offenders.joined(separator: ", "))")
    }

    @Test func theScanFindsTheTrappingForm() {
        #expect(Self.trappingWrite("FileHandle.standardError.write(Data(text.utf8))"))
        #expect(Self.trappingWrite("handle.write(data)"))
        #expect(!Self.trappingWrite("try handle.write(contentsOf: Data(text.utf8))"))
        #expect(!Self.trappingWrite("try FileHandle.standardError.write(contentsOf: bytes)"))
        #expect(!Self.trappingWrite("// handle.write(data) in a comment"))
    }
}
