import Foundation
import Testing

/// The built binary copied into the layout scripts/install.sh makes (PREFIX/bin/placelab,
/// PREFIX/share/placelab/datasets and …/lessons), then run from an unrelated folder: it finds
/// its datasets and lessons from its own place, with no variable naming them.
@Suite struct InstalledLayoutTests {
    /// A fresh PREFIX holding the installed files, and a separate working folder.
    private func install() throws -> (binary: URL, work: URL) {
        let prefix = try PlaceLabBinary.temporaryFolder()
        let manager = FileManager.default
        let share = prefix.appendingPathComponent("share/placelab")
        try manager.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try manager.createDirectory(at: share.appendingPathComponent("lessons"), withIntermediateDirectories: true)
        let binary = prefix.appendingPathComponent("bin/placelab")
        try manager.copyItem(at: PlaceLabBinary.url, to: binary)
        let root = PlaceLabBinary.packageRoot
        try manager.copyItem(at: root.appendingPathComponent("datasets"), to: share.appendingPathComponent("datasets"))
        // As install.sh: scripts/[0-9]*-*.plq.
        let scripts = root.appendingPathComponent("scripts")
        for name in try manager.contentsOfDirectory(atPath: scripts.path)
        where name.first?.isNumber == true && name.contains("-") && name.hasSuffix(".plq") {
            try manager.copyItem(at: scripts.appendingPathComponent(name),
                                 to: share.appendingPathComponent("lessons").appendingPathComponent(name))
        }
        return (binary, try PlaceLabBinary.temporaryFolder())
    }

    private func remove(_ installed: (binary: URL, work: URL)) {
        try? FileManager.default.removeItem(at: installed.binary.deletingLastPathComponent().deletingLastPathComponent())
        try? FileManager.default.removeItem(at: installed.work)
    }

    private func run(_ arguments: [String], _ installed: (binary: URL, work: URL)) throws -> PlaceLabBinary.Result {
        try PlaceLabBinary.run(arguments, workingDirectory: installed.work, executable: installed.binary)
    }

    @Test func aLessonRunsByNumberFromAnotherFolder() throws {
        let installed = try install()
        defer { remove(installed) }
        for arguments in [["lesson", "1"], ["-f", "lesson", "1"], ["--step", "lesson", "1"], ["-c", "run lesson 1"]] {
            let result = try run(arguments, installed)
            #expect(result.status == 0, "\(arguments): \(result.output)")
            #expect(result.output.contains("Lesson 1: finding your way around PlaceLab"), "\(arguments): \(result.output)")
        }
    }

    @Test func lessonAloneListsTheLessonsInsteadOfReadingAFile() throws {
        let installed = try install()
        defer { remove(installed) }
        let result = try run(["lesson"], installed)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("shell-basics"))
        #expect(result.output.contains("policy-lessons"))
    }

    @Test func aLessonFoundByTopicUsesTheInstalledDatasets() throws {
        let installed = try install()
        defer { remove(installed) }
        let result = try run(["lesson", "realms-and-zones"], installed)
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("no bundled datasets found"))
        #expect(result.output.contains("political"))
    }

    @Test func aMistypedLessonSaysWhichThereAre() throws {
        let installed = try install()
        defer { remove(installed) }
        let result = try run(["lesson", "99"], installed)
        #expect(result.status == 1)
        #expect(result.output.contains("there is no lesson 99"))
        #expect(result.output.contains("the lessons are 1, 2, 3, 4, 5, 6, 7, 8, 9"))
        // The person typed `placelab lesson 99`: the statement made from it is not quoted back.
        #expect(result.output.hasPrefix("error: there is no lesson 99\n  help:"), "\(result.output)")
        #expect(!result.output.contains("run lesson"))
    }
}
