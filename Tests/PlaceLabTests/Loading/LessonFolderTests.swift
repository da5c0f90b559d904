import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct LessonFolderTests {
    private func layout(_ files: [String: String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("lessons-\(UUID().uuidString)")
        for (file, text) in files {
            let url = root.appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return root
    }

    @Test func anInstalledBinaryFindsItsLessons() throws {
        let root = try layout(["bin/placelab": "", "share/placelab/datasets/sources.yaml": "",
                               "share/placelab/lessons/01-first.plq": "# Lesson 1: the first.\necho one\n"])
        let executable = root.appendingPathComponent("bin/placelab").path
        let datasets = DatasetFolder.locate(explicit: nil, environment: [:], executable: executable)
        let found = LessonFolder.locate(datasets: datasets, environment: [:], executable: executable)
        #expect(found == root.appendingPathComponent("share/placelab/lessons").path)
    }

    @Test func aCheckoutFindsItsScriptsEvenWithAnotherDataFolder() throws {
        let root = try layout([".build/release/placelab": "", "datasets/sources.yaml": "",
                               "scripts/02-second.plq": "# Lesson 2: the second.\n", "elsewhere/x.yaml": ""])
        let executable = root.appendingPathComponent(".build/release/placelab").path
        let found = LessonFolder.locate(datasets: root.appendingPathComponent("elsewhere").path,
                                        environment: [:], executable: executable)
        #expect(found == root.appendingPathComponent("scripts").path)
        #expect(LessonFolder.locate(datasets: nil, environment: ["PLACELAB_LESSONS": "/mine"], executable: executable) == "/mine")
    }

    /// Any `NN-topic.plq` is a lesson, whatever numbers exist; the summary is the header's first line.
    @Test func everyNumberedScriptIsALessonWithItsHeaderAsSummary() throws {
        let root = try layout([
            "03-third.plq": "# Lesson 3: the lifecycle and its triangle.\n# Run it with: …\n",
            "08-new-one.plq": "#| args: --echo\n# A lesson without a label\necho x\n",
            "10-no-header.plq": "echo x\n",
            "notes.plq": "# not a lesson\n",
            "09-data.csv": "a\n",
        ])
        let lessons = LessonFolder.lessons(in: root.path)
        #expect(lessons.map(\.number) == [3, 8, 10])
        #expect(lessons.map(\.topic) == ["third", "new-one", "no-header"])
        #expect(lessons.map(\.summary) == ["the lifecycle and its triangle", "A lesson without a label", ""])
    }

    @Test func theBundledLessonsAllHaveASummary() throws {
        let folder = packageRoot.appendingPathComponent("scripts").path
        let lessons = LessonFolder.lessons(in: folder)
        #expect(lessons.count >= 7)
        for lesson in lessons { #expect(!lesson.summary.isEmpty, "\(lesson.path) has no header comment") }
    }
}
