import Foundation
import Testing

/// Keeps the traps out of the sources: every Double → Int goes through `Int(checking:)` or
/// `Int(clamping:to:)`, and nothing uses `try!`.
///
/// A scan cannot see types, so each `Int(` must either be one of the safe forms or have an
/// argument listed here, with the reason it is not a Double. A new `Int(someDouble)` fails
/// with the file and line; convert it with the checked forms, or list it if it is not a Double.
@Suite struct CheckedConversionScanTests {
    /// Safe by construction: they return nil or clamp instead of trapping.
    static let safeForms = ["Int(checking:", "Int(clamping:", "Int(exactly:", "Int(truncatingIfNeeded:"]

    /// The start of an argument that is not a Double, and why.
    static let allowed: [(argument: String, reason: String)] = [
        ("Int(end)", "libedit's Int32 offset"),
        ("Int(start)", "libedit's Int32 offset"),
        ("Int(window.", "the terminal size, UInt16"),
        ("Int(base[", "a byte, UInt8"),
        ("Int(scalar.string", "parsing text"),
        ("Int(status.st_size)", "a file size, Int64"),
        ("Int(unsigned)", "UInt64 checked against Int.max just before"),
        ("Int(digits)", "parsing text"),
        ("Int(trimmed)", "parsing text"),
        ("Int(text)", "parsing text"),
        ("Int(word.text)", "parsing text"),
        ("Int(token.text)", "parsing text"),
        ("Int(Int32.max)", "an Int32 constant"),
        ("Int(order[", "a node index, Int32"),
        ("Int(targets[", "a node index, Int32"),
        ("Int(node)", "a node index, Int32"),
        ("Int(neighbour)", "a node index, Int32"),
        ("Int(isNew)", "a UInt8 flag"),
        ("Int((bits >>", "a UInt64 bit"),
        ("Int(value % limit)", "a UInt64 below an Int limit"),
        ("Int(exactly:", "returns nil instead of trapping"),
        ("Int(VMIN)", "a termios index constant"),
        ("Int(VTIME)", "a termios index constant"),
        ("Int(trimmed.hasPrefix", "parsing text"),
        ("Int(word)", "parsing text"),
        ("Int($0)", "parsing text (DOT ids)"),
        ("Int(description[", "parsing text (Foundation's error description)"),
        ("Int(UInt32.max)", "a UInt32 constant"),
        ("Int(stream.avail_out)", "zlib's UInt32 count"),
        ("Int(before - stream.avail_in)", "zlib's UInt32 count"),
        ("Int(byte)", "a byte, UInt8"),
    ]

    static var sources: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
    }

    /// Every Swift file under Sources, with its lines.
    static func files() throws -> [(path: String, lines: [Substring])] {
        let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
        var files: [(String, [Substring])] = []
        while let url = enumerator?.nextObject() as? URL {
            guard url.pathExtension == "swift" else { continue }
            let text = try String(contentsOf: url, encoding: .utf8)
            files.append((url.path.replacingOccurrences(of: sources.path + "/", with: ""),
                          text.split(separator: "\n", omittingEmptySubsequences: false)))
        }
        return files
    }

    /// The `Int(` calls of a line that are neither safe nor listed. `UInt(`, `Int32(` and
    /// `Int64(` are other types; `Int(` inside a comment is not code.
    static func unchecked(_ line: Substring) -> [String] {
        let code = line.range(of: "//").map { line[..<$0.lowerBound] } ?? line
        var found: [String] = []
        var rest = code[...]
        while let range = rest.range(of: "Int(") {
            let before = rest[..<range.lowerBound].last
            let call = rest[range.lowerBound...]
            rest = rest[range.upperBound...]
            if let before, before.isLetter || before.isNumber || before == "_" { continue }
            if safeForms.contains(where: { call.hasPrefix($0) }) { continue }
            if allowed.contains(where: { call.hasPrefix($0.argument) }) { continue }
            found.append(String(call.prefix(40)))
        }
        return found
    }

    @Test func noBareIntConversionOfADouble() throws {
        var offenders: [String] = []
        for (path, lines) in try Self.files() {
            for (number, line) in lines.enumerated() {
                for call in Self.unchecked(line) { offenders.append("\(path):\(number + 1): \(call)") }
            }
        }
        #expect(offenders.isEmpty, "use Int(checking:) or Int(clamping:to:) for a Double, or list the argument with a reason: \(offenders.joined(separator: "\n"))")
    }

    @Test func noForcedTry() throws {
        var offenders: [String] = []
        for (path, lines) in try Self.files() {
            for (number, line) in lines.enumerated() {
                let code = line.range(of: "//").map { line[..<$0.lowerBound] } ?? line
                if code.contains("try!") { offenders.append("\(path):\(number + 1)") }
            }
        }
        #expect(offenders.isEmpty, "try! traps on an error: \(offenders.joined(separator: ", "))")
    }

    @Test func theScanReadsEveryModule() throws {
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path).filter { !$0.hasPrefix(".") }
        let scanned = Set(try Self.files().compactMap { $0.path.split(separator: "/").first.map(String.init) })
        #expect(Set(folders).subtracting(["CEditLine", "CZlib"]).isSubset(of: scanned), "every module folder under Sources is scanned")
    }

    @Test func theScanFindsABareConversion() {
        #expect(Self.unchecked("let n = Int(value * 2)") == ["Int(value * 2)"])
        #expect(Self.unchecked("let n = Int(checking: value)").isEmpty)
        #expect(Self.unchecked("let n = UInt(x) + Int32(y)").isEmpty)
        #expect(Self.unchecked("// Int(value) in a comment").isEmpty)
    }
}
