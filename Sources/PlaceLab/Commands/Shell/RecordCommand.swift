import Foundation

/// `record FILE.md` / `record off`: writes the session as a Markdown transcript.
struct RecordCommand: Command {
    let name = "record"
    let category = CommandCategory.output
    let summary = "write the session as a Markdown transcript, until \"record off\""
    let usage = "record FILE.md | record off"
    let details = """
        From now on each statement is written to FILE as a fenced text block starting \
        "placelab> ", followed by what it showed (results and errors, without colour) in \
        a fenced block: a handout of the session. Recording goes on through run and step. \
        After each statement the file is brought up to date whole (under a temporary \
        name, then renamed over any earlier file of that name), so the handout holds \
        everything up to a failing statement or a killed shell. Results sent to a file \
        with output or once are not part of it. See help output for how files are written.
        """
    let examples = [
        CommandExample("record /tmp/placelab-handout.md", "start the handout"),
        CommandExample("record off", "finish it and write the file"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .file : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.onlyWord("a file name, or off")
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let word = try invocation.onlyWord("a file name, or off")
        if word.text.lowercased() == "off" {
            if let path = try session.stopRecording() {
                session.notice("transcript written to \(path)")
            } else {
                session.notice("note: not recording")
            }
            return
        }
        do {
            if let previous = session.recordingPath {
                try session.startRecording(word.text)
                session.notice("transcript written to \(previous); recording to \(word.text)")
            } else {
                try session.startRecording(word.text)
            }
        } catch var diagnostic as Diagnostic {
            diagnostic.span = word.span
            throw diagnostic
        }
    }
}

/// Writes statements and what they showed as Markdown, into a file that appears whole.
final class Recorder {
    let file: FileOutput
    /// The statement being run (as echoed), and what it has shown so far.
    private var statement: String?
    private var output = ""

    init(file: FileOutput) {
        self.file = file
    }

    func begin(_ echoed: String) {
        flush()
        statement = echoed
    }

    /// Text the screen showed; colour codes are dropped.
    func capture(_ text: String) {
        output += text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }

    func end() {
        flush()
    }

    /// Drops the unfinished statement (`record off` itself) and moves the file into place.
    func close() throws {
        statement = nil
        if !output.isEmpty { flush() }
        try file.close()
    }

    private func flush() {
        if let statement { file.write(Recorder.fenced(statement) + "\n") }
        if !output.isEmpty { file.write(Recorder.fenced(output) + "\n") }
        statement = nil
        output = ""
    }

    /// A fenced text block, its fence longer than any run of backticks inside.
    static func fenced(_ text: String) -> String {
        var fence = "```"
        while text.contains(fence) { fence += "`" }
        let body = text.hasSuffix("\n") ? text : text + "\n"
        return fence + "text\n" + body + fence + "\n"
    }
}
