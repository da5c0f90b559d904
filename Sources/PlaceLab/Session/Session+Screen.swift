import PlaceLabCore
import PlaceLabRender

extension Session {
    /// Lines kept free under a result on a terminal: the next prompt, and the line typed.
    static let promptLines = 2

    /// How a result is laid out now: fitted to the terminal's width and height when results
    /// reach one (`limited: false` shows every row, as `last` does); whole in files and pipes.
    func screenOptions(limited: Bool) -> RenderOptions {
        var options = RenderOptions(mode: settings.mode, style: resultStyle)
        guard resultsReachTerminal else { return options }
        let size = terminalSize()
        options.maxWidth = size?.columns
        if limited {
            let height = size.map { max(RowBudget.fewestRows, $0.rows - Session.promptLines) }
                ?? settings.terminalRowLimit
            options.maxHeight = height
            // Every row takes at least one line, so no more rows than lines are worth laying out.
            options.maxRows = height
        }
        return options
    }

    /// A note for the person at the console, after `indent`: wrapped at words to the terminal's
    /// width when the session runs at one (continuation lines indented two more), else one line,
    /// so the terminal never breaks a word in two.
    func indentedNotice(_ text: String, indent: String) -> String {
        let hanging = indent + "  "
        guard settings.terminal, let columns = terminalSize()?.columns, columns - hanging.count >= 20 else {
            return indent + text
        }
        let lines = TextWrap.wrap(text, width: columns - hanging.count)
        return lines.enumerated().map { ($0.offset == 0 ? indent : hanging) + $0.element }.joined(separator: "\n")
    }

    /// A paragraph of prose under a result: wrapped at words to the terminal's width when
    /// results reach one, else one line as it is.
    func screenParagraph(_ text: String) -> String {
        guard resultsReachTerminal, let columns = terminalSize()?.columns else { return text + "\n" }
        return TextWrap.wrap(text, width: columns).map { $0 + "\n" }.joined()
    }
}
