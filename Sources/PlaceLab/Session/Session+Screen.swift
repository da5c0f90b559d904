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

    /// A paragraph of prose under a result: wrapped at words to the terminal's width when
    /// results reach one, else one line as it is.
    func screenParagraph(_ text: String) -> String {
        guard resultsReachTerminal, let columns = terminalSize()?.columns else { return text + "\n" }
        return TextWrap.wrap(text, width: columns).map { $0 + "\n" }.joined()
    }
}
