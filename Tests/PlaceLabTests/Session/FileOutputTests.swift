import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// How every write lands: whole files that keep their mode, links followed, pipes and
/// devices written straight to, hard links and full disks refused with a message.
@Suite struct FileOutputTests {
    private func folder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("fileoutput-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    private func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) }
    }

    private func mode(_ path: String) throws -> Int {
        try (FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) ?? -1
    }

    @Test func aReplacedFileKeepsItsMode() throws {
        let file = try folder() + "/private.txt"
        try "earlier".write(toFile: file, atomically: false, encoding: .utf8)
        chmod(file, 0o600)
        try FileOutput.writeWhole([(file, "new text\n")])
        #expect(text(file) == "new text\n")
        #expect(try mode(file) == 0o600)
    }

    @Test func aSymbolicLinkIsWrittenThroughToItsTarget() throws {
        let base = try folder()
        try FileManager.default.createDirectory(atPath: base + "/real", withIntermediateDirectories: true)
        try "old".write(toFile: base + "/real/target.txt", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: base + "/link.txt", withDestinationPath: "real/target.txt")
        try FileOutput.writeWhole([(base + "/link.txt", "through the link\n")])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: base + "/link.txt") == "real/target.txt")
        #expect(text(base + "/real/target.txt") == "through the link\n")
        // A link whose target does not exist yet creates the target.
        try FileManager.default.createSymbolicLink(atPath: base + "/dangling.txt", withDestinationPath: "real/new.txt")
        try FileOutput.writeWhole([(base + "/dangling.txt", "created\n")])
        #expect(text(base + "/real/new.txt") == "created\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: base + "/dangling.txt") == "real/new.txt")
    }

    @Test func aFIFOIsWrittenStraightTo() throws {
        let fifo = try folder() + "/pipe"
        #expect(mkfifo(fifo, 0o600) == 0)
        let reader = open(fifo, O_RDONLY | O_NONBLOCK)
        #expect(reader >= 0)
        defer { close(reader) }
        try FileOutput.writeWhole([(fifo, "into the pipe\n")])
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(count > 0 && String(decoding: buffer[..<count], as: UTF8.self) == "into the pipe\n")
        var info = stat()
        #expect(lstat(fifo, &info) == 0 && info.st_mode & S_IFMT == S_IFIFO, "the FIFO is still a FIFO")
    }

    @Test func aFileWithHardLinksIsRefusedAndLeftAsItWas() throws {
        let base = try folder()
        try "shared".write(toFile: base + "/one.txt", atomically: false, encoding: .utf8)
        #expect(link(base + "/one.txt", base + "/two.txt") == 0)
        #expect(throws: Diagnostic.self) { try FileOutput.writeWhole([(base + "/two.txt", "new")]) }
        do {
            _ = try FileOutput(path: base + "/two.txt")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message.contains("it has 2 hard links"))
        }
        #expect(text(base + "/one.txt") == "shared" && text(base + "/two.txt") == "shared")
    }

    @Test func aFullDeviceIsAnErrorNamingTheFile() throws {
        let output = try FileOutput(path: "/dev/full")
        output.write("no room")
        do {
            try output.close()
            Issue.record("writing to /dev/full succeeded")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message == "cannot write \"/dev/full\": No space left on device")
        }
    }

    @Test func outputIsOnDiskAfterEachSave() throws {
        let file = try folder() + "/growing.txt"
        let output = try FileOutput(path: file)
        output.write("first\n")
        try output.save()
        #expect(text(file) == "first\n")
        output.write("second\n")
        try output.save()
        #expect(text(file) == "first\nsecond\n")
        output.write("dropped\n")
        output.discard()
        #expect(text(file) == "first\nsecond\n")
    }

    /// A real full file system, as root only: a 64 KiB tmpfs. The earlier file must survive.
    @Test func aFullFileSystemLeavesTheEarlierFileUntouched() throws {
        let mountPoint = try folder()
        guard geteuid() == 0, mount("tmpfs", mountPoint, "tmpfs", 0, "size=64k") == 0 else {
            print("skipped: mounting a small tmpfs needs root (and CAP_SYS_ADMIN)")
            return
        }
        defer { umount(mountPoint) }
        let file = mountPoint + "/results.txt"
        try "earlier results\n".write(toFile: file, atomically: false, encoding: .utf8)
        let big = String(repeating: "x", count: 200_000)
        do {
            try FileOutput.writeWhole([(file, big)])
            Issue.record("a 200 KB write to a 64 KiB file system succeeded")
        } catch let diagnostic as Diagnostic {
            #expect(diagnostic.message.contains("No space left on device"), "\(diagnostic.message)")
        }
        #expect(text(file) == "earlier results\n")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: mountPoint)
        #expect(leftovers == ["results.txt"], "no temporary file is left behind")
    }
}
