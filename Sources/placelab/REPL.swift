import PlaceLab
import PlaceLabCore
import PlaceLabLanguage

/// The interactive loop: prompt, read (more lines while a statement is open), run, repeat.
struct REPL {
    let session: Session
    let quiet: Bool

    static let prompt = "placelab> "

    func run() -> Int32 {
        if !quiet {
            session.notice("PlaceLab \(PlaceLabVersion.current) — type \"help\" to start, Ctrl-D to leave.")
        }
        let history = session.history
        let editor = LineEditor(history: history?.entries ?? [], context: session.completionContext())
        var pending = ""
        var open: Opener?
        var lineNumber = 1
        while true {
            let prompt = open.map { "  \($0.rawValue)...> " } ?? REPL.prompt
            editor.setPending(pending)
            switch editor.readLine(prompt: prompt) {
            case .endOfInput where open != nil:
                // Ctrl-D inside an unfinished statement: say what is open, keep the shell.
                print("")
                session.run(SourceText(name: "<stdin>", text: pending, firstLine: lineNumber, showsLocation: false))
                pending = ""
                open = nil
                continue
            case .endOfInput:
                // libedit has echoed ^D; finish its line.
                print("")
                return session.quitStatus ?? 0
            case .interrupted:
                // Ctrl-C drops the line and anything still open; ^C shows it was dropped.
                print("^C")
                pending = ""
                open = nil
                continue
            case .line(let line):
                pending += pending.isEmpty ? line : "\n" + line
            }
            let source = SourceText(name: "<stdin>", text: pending, firstLine: lineNumber, showsLocation: false)
            if case .incomplete(let opener) = session.parse(source, allowIncomplete: true) {
                open = opener
                continue
            }
            open = nil
            let entry = HistoryStore.oneLine(pending)
            if !entry.isEmpty {
                editor.remember(entry)
                do {
                    try history?.add(entry)
                } catch {
                    session.report(error as? Diagnostic ?? Diagnostic("\(error)"))
                }
            }
            lineNumber += pending.split(separator: "\n", omittingEmptySubsequences: false).count
            pending = ""
            InterruptSignal.reset()
            session.run(source)
            if let status = session.quitStatus { return status }
            editor.update(session.completionContext())
        }
    }
}
