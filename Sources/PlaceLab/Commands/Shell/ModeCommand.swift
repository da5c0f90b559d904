import PlaceLabCore
import PlaceLabLanguage
import PlaceLabRender

/// `mode [MODE]`: shows or sets how results print.
struct ModeCommand: Command {
    let name = "mode"
    let category = CommandCategory.output
    let summary = "show or set how results print (box, table, markdown, csv, tsv, json, line)"
    let usage = "mode [box|table|markdown|csv|tsv|json|line]"
    let details = """
        With no argument, shows the current mode and the choices. Box-drawing tables are \
        the default on a terminal, plain tables when output goes to a pipe or file. \
        --mode sets the mode from the command line.
        On a terminal, box, table and line fit the window: the first column and columns of \
        ids, names and nodes keep their width, long text wraps at words inside its cell, \
        columns that cannot fit are left out (the footer says how many), and long results \
        show as many rows as the window's height allows ("last" shows them all). COLUMNS and \
        LINES, when set, stand in for the window's size, in pipes too. box, table, markdown \
        and line round numbers (four significant digits, one number of decimals per column \
        so figures align); markdown is never cut. csv, tsv and json keep every row and full \
        precision. tsv prints values as they are, backslashes too, and quotes one that holds a \
        tab or a line break or starts with a quote ("a<tab>b", quotes doubled), as pandas \
        writes TSV; load reads it back exactly.
        Results of an illustrative network always say so: under the table in box, table, \
        markdown and line (as much as "notes" asks); in csv and tsv the note goes to standard \
        error, so the data stays clean for CSV readers, and a file written with output or once \
        gets an illustrative_note column, as export writes it; json wraps the rows as \
        {"note": "illustrative network: …", "rows": [ … ]} (other results stay a plain array). \
        load reads both back with their note.
        """
    let examples = [
        CommandExample("mode markdown", "print results as Markdown tables, ready for a handout"),
        CommandExample("mode", "show the current mode and the choices"),
    ]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .choice(OutputMode.allCases.map(\.rawValue)) : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.expectAtMost(1)
        if let word = invocation.words.first {
            _ = try mode(word)
        }
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        guard let word = invocation.words.first else {
            var text = "mode: \(session.settings.mode.rawValue)\n"
            for mode in OutputMode.allCases {
                let marker = mode == session.settings.mode ? "*" : " "
                text += " \(marker) \(mode.rawValue.padded(to: 9)) \(mode.summary)\n"
            }
            session.emit(text: text)
            return
        }
        session.settings.mode = try mode(word)
    }

    private func mode(_ word: Word) throws -> OutputMode {
        if let mode = OutputMode(rawValue: word.text.lowercased()) { return mode }
        var problem = Diagnostic.unknown("mode", word.text, at: word.span, among: OutputMode.allCases.map(\.rawValue))
        let modes = "the modes are " + OutputMode.allCases.map(\.rawValue).joined(separator: ", ")
        // A web page comes from record FILE.html, not from a mode.
        let page = word.text.lowercased().hasPrefix("htm") ? "; for a web page of the session: record FILE.html" : ""
        problem.help = problem.help.map { $0 + page } ?? modes + page
        throw problem
    }
}
