import Testing
@testable import PlaceLab

/// Tab after `run` and `step`: files and the word lesson, then the lessons' numbers and topics.
@Suite struct LessonCompletionTests {
    private let context = CompletionContext(registry: .standard, lessons: ["1", "shell", "2", "realms", "10", "roles"],
                                            listFolder: { _ in [("lecture.plq", false), ("notes", true)] })

    private func complete(_ line: String) -> [String] {
        Completer.complete(line: line, cursor: line.count, context: context).candidates
    }

    @Test func theFirstWordIsAFileOrTheWordLesson() {
        #expect(complete("run le") == ["lecture.plq", "lesson"])
        #expect(complete("step ") == ["lecture.plq", "lesson", "notes/"])
    }

    @Test func afterLessonComeNumbersInOrderThenTopics() {
        #expect(complete("run lesson ") == ["1", "2", "10", "realms", "roles", "shell"])
        #expect(complete("step lesson r") == ["realms", "roles"])
        #expect(complete("step lesson 1") == ["1", "10"])
        #expect(complete("run lesson 1 ").isEmpty)
    }
}
