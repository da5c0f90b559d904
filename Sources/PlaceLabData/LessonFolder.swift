import Foundation

/// The bundled lessons: scripts named `NN-topic.plq`, found where the datasets are found.
public enum LessonFolder {
    /// One lesson: its number, its topic (the file name after the number), its file, and the
    /// one-line summary from its header comment.
    public struct Lesson: Sendable, Equatable {
        public let number: Int
        public let topic: String
        public let path: String
        public let summary: String
    }

    /// Where the lessons are: `$PLACELAB_LESSONS`, else beside the datasets folder (`scripts/`
    /// in a source checkout, `lessons/` in an installed copy), else the same beside the
    /// datasets found from the executable (when `--data` names another folder).
    public static func locate(datasets: String?, environment: [String: String], executable: String) -> String? {
        if let named = environment["PLACELAB_LESSONS"], !named.isEmpty { return named }
        // The folder found from the executable is looked for only when the first has no lessons.
        let folders = [{ datasets }, { DatasetFolder.locate(explicit: nil, environment: [:], executable: executable) }]
        for folder in folders.lazy.compactMap({ $0() }) {
            let parent = URL(fileURLWithPath: folder).deletingLastPathComponent()
            for name in ["scripts", "lessons"] {
                let candidate = parent.appendingPathComponent(name).path
                if hasLessons(in: candidate) { return candidate }
            }
        }
        return nil
    }

    /// The lessons in a folder, by number: every `NN-topic.plq`, whatever numbers exist.
    public static func lessons(in folder: String) -> [Lesson] {
        lessonFiles(in: folder).map { file in
            Lesson(number: file.number, topic: file.topic, path: file.path, summary: summary(ofScript: file.path))
        }.sorted { ($0.number, $0.topic) < ($1.number, $1.topic) }
    }

    /// Whether the folder holds a lesson, by file names alone: start-up asks, and reading
    /// every lesson's header for it took a twentieth of a first answer.
    static func hasLessons(in folder: String) -> Bool {
        !lessonFiles(in: folder).isEmpty
    }

    /// Every `NN-topic.plq` in the folder, unread.
    private static func lessonFiles(in folder: String) -> [(number: Int, topic: String, path: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { name in
            guard name.hasSuffix(".plq") else { return nil }
            let stem = name.dropLast(4)
            let digits = stem.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty, digits.count <= 4, stem.dropFirst(digits.count).first == "-",
                  let number = Int(digits) else { return nil }
            return (number, String(stem.dropFirst(digits.count + 1)), folder + "/" + name)
        }
    }

    /// The first line of the script's header comment, without `# ` and a `Lesson N:` label.
    static func summary(ofScript path: String) -> String {
        guard let data = FileManager.default.contents(atPath: path),
              let text = String(data: data.prefix(4096), encoding: .utf8) ?? String(data: data, encoding: .utf8)
        else { return "" }
        guard let first = text.split(separator: "\n").first(where: { !$0.hasPrefix("#|") }),
              first.hasPrefix("#") else { return "" }
        var line = first.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces)
        if line.lowercased().hasPrefix("lesson"), let colon = line.firstIndex(of: ":"),
           line[..<colon].dropFirst(6).trimmingCharacters(in: .whitespaces).allSatisfy(\.isNumber) {
            line = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        if line.hasSuffix(".") { line.removeLast() }
        return line
    }
}
