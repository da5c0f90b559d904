import PlaceLabCore
import PlaceLabData

/// `lessons`: the bundled lessons, each with its number and a one-line summary.
struct LessonsCommand: Command {
    let name = "lessons"
    let category = CommandCategory.scripts
    let summary = "list the bundled lessons; run lesson N or step lesson N starts one"
    let usage = "lessons"
    let details = """
        Lists the lessons that come with PlaceLab (every NN-topic.plq in its lessons folder: \
        scripts/ beside the datasets in a source checkout, share/placelab/lessons when \
        installed, or $PLACELAB_LESSONS), with the summary from each lesson's first comment \
        line. "run lesson 3" runs one and "step lesson 3" walks through it with the class; \
        a lesson can also be named by its topic ("step lesson realms"), and Tab completes \
        numbers and topics. They run from any working folder; from the command line, \
        placelab lesson 3 runs one, placelab --step lesson 3 steps through it and placelab \
        lesson lists them.
        """
    let examples = [
        CommandExample("lessons", "what lessons there are"),
        CommandExample("step lesson 1", "walk through the first lesson, one statement at a time"),
    ]

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(0)
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let lessons = try LessonReference.all(in: session)
        let rows = lessons.map { lesson -> [Value] in
            [.integer(lesson.number), .text(lesson.topic), .text(lesson.summary)]
        }
        session.emit(Table(columns: ["lesson", "topic", "summary"], rows: rows))
    }
}

/// `lesson N` (or `lesson TOPIC`) in `run` and `step`: a bundled lesson's file.
enum LessonReference {
    /// The words of `run`/`step`: a file, or `lesson` and a number or topic.
    static func check(_ invocation: Invocation) throws {
        if let first = invocation.words.first, !first.quoted, first.text.lowercased() == "lesson" {
            _ = try invocation.word(1, "a lesson number or topic (\"lessons\" lists them)")
            try invocation.expectAtMost(2)
        } else {
            try invocation.onlyWord("a script file, or: lesson N")
        }
    }

    /// The script the words name: a lesson's file, or the file as given (found as `run` finds it).
    static func path(_ invocation: Invocation, in session: Session) throws -> (path: String, span: Span) {
        try check(invocation)
        let first = invocation.words[0]
        guard !first.quoted, first.text.lowercased() == "lesson" else {
            return (session.resolveScriptPath(first.text), first.span)
        }
        let word = invocation.words[1]
        let lessons = try all(in: session)
        if let number = Int(word.text) {
            guard let lesson = lessons.first(where: { $0.number == number }) else {
                let numbers = lessons.map { String($0.number) }.joined(separator: ", ")
                throw Diagnostic("there is no lesson \(number)", at: word.span, help: "the lessons are \(numbers); \"lessons\" lists them")
            }
            return (lesson.path, word.span)
        }
        let lookup = TopicLookup(entries: lessons.map { TopicLookup.Entry(id: $0.path, names: [$0.topic]) })
        do {
            return (try lookup.resolve([word], kind: "lesson"), word.span)
        } catch var diagnostic as Diagnostic {
            if diagnostic.help == nil { diagnostic.help = "\"lessons\" lists them" }
            throw diagnostic
        }
    }

    static func all(in session: Session) throws -> [LessonFolder.Lesson] {
        guard let folder = session.lessonsFolder else {
            throw Diagnostic("no lessons folder found", help: "set PLACELAB_LESSONS to the folder of NN-topic.plq lessons")
        }
        let lessons = LessonFolder.lessons(in: folder)
        guard !lessons.isEmpty else {
            throw Diagnostic("no lessons (NN-topic.plq) in \(folder)", help: "set PLACELAB_LESSONS to the folder of lessons")
        }
        return lessons
    }
}
