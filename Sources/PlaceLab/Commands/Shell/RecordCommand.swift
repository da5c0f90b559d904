import Foundation
import PlaceLabCore
import PlaceLabRender

/// `record FILE.md` / `record FILE.html` / `record off`: writes the session as a handout.
struct RecordCommand: Command {
    let name = "record"
    let category = CommandCategory.output
    let summary = "write the session as a handout (Markdown, or a web page for .html), until \"record off\""
    let usage = "record FILE.md | record FILE.html | record off"
    let details = """
        From now on the session is written to FILE as a handout: each statement as typed \
        ("placelab> …"), then what it showed: tables as Markdown tables, text from echo as \
        Markdown prose (echo "# Roles" makes a heading), cards, diagrams and messages in \
        fixed-width blocks, and a link (relative to FILE) to each figure plot writes. A \
        lesson's comments that start with ## become prose before their statement. FILE.html \
        makes one self-contained web page instead, with the figures inside it, set in large \
        type for a projector and plain for printing. Recording goes on through run and step. \
        After each statement the file is brought up to date whole (under a temporary name, \
        then renamed over any earlier file of that name), so the handout holds everything up \
        to a failing statement or a killed shell. Results sent to a file with output or once \
        are not part of it. See help output for how files are written.
        """
    let examples = [
        CommandExample("record /tmp/placelab-handout.md", "start the handout"),
        CommandExample("record off", "finish it and write the file"),
        CommandExample("record /tmp/placelab-class.html", "a web page for the projector, figures included"),
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

/// Collects the session as a handout and writes it whole when closed: Markdown, or one
/// web page when the file name ends in .html.
final class Recorder {
    let file: FileOutput
    private var handout = Handout()
    /// Whether a statement has begun and nothing closed it yet (`record off` itself is dropped).
    private var statementStart: Int?

    init(file: FileOutput) {
        self.file = file
    }

    var isHTML: Bool {
        let name = file.path.lowercased()
        return name.hasSuffix(".html") || name.hasSuffix(".htm") || name.hasSuffix(".xhtml")
    }

    /// A statement starts: its `##` notes become prose, then the statement itself.
    func begin(_ echoed: String, notes: [String] = []) {
        statementStart = handout.blocks.count
        if !notes.isEmpty { handout.blocks.append(.prose(notes.joined(separator: "\n"))) }
        handout.blocks.append(.statement(echoed))
    }

    /// Text the screen showed; colour codes are dropped.
    func capture(_ text: String) {
        handout.addText(text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression))
    }

    func capture(table: Table) {
        handout.blocks.append(.table(table))
    }

    /// Markdown the user wrote (`echo "# Roles"`).
    func capture(prose: String) {
        handout.blocks.append(.prose(prose))
    }

    /// A figure just written: linked from Markdown, inlined in a page (read now, as it is).
    func capture(figure path: String) {
        let svg = FileManager.default.contents(atPath: path).flatMap { String(data: $0, encoding: .utf8) }
        handout.blocks.append(.figure(path: path, svg: svg))
    }

    func end() {
        statementStart = nil
    }

    /// Brings the file on disk up to date with the handout so far; a pipe or device gets
    /// the handout whole at `close`, since it cannot be rewritten.
    func save() throws {
        guard !file.isStream else { return }
        file.replaceText(with: rendered(handout))
        try file.save()
    }

    /// Drops the unfinished statement (`record off` itself) and moves the file into place.
    func close() throws {
        if let start = statementStart { handout.blocks.removeSubrange(start...) }
        if file.isStream {
            file.write(rendered(handout))
        } else {
            file.replaceText(with: rendered(handout))
        }
        try file.close()
    }

    private func rendered(_ handout: Handout) -> String {
        if isHTML {
            let title = URL(fileURLWithPath: file.path).deletingPathExtension().lastPathComponent
            return HandoutHTML.page(handout, title: title)
        }
        let folder = URL(fileURLWithPath: file.path).deletingLastPathComponent().path
        return handout.markdown(folder: folder)
    }
}
