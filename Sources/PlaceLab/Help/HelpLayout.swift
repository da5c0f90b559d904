import PlaceLabCore
import PlaceLabRender

/// Help laid out to a width, wrapped at words: paragraphs under a two-space indent, list
/// entries whose summaries wrap under their own column, and preformatted lines (a topic's
/// aligned tables) that wrap with a hanging indent so their columns still read.
struct HelpLayout {
    let width: Int
    /// Whether lines that were written whole (entries, examples, topics) are wrapped too; off
    /// in pipes and files, where nothing limits the width.
    let fitsScreen: Bool

    /// On a terminal, its width within 60 to 100 columns (narrower only when the screen is);
    /// elsewhere 78, the width the help was written for.
    init(session: Session) {
        if session.resultsReachTerminal, let columns = session.terminalSize()?.columns {
            width = max(HelpLayout.narrowest, min(columns, HelpLayout.widest))
            fitsScreen = true
        } else {
            width = HelpLayout.standard
            fitsScreen = false
        }
    }

    init(width: Int, fitsScreen: Bool = true) {
        self.width = width
        self.fitsScreen = fitsScreen
    }

    static let standard = 78
    static let widest = 100
    /// Below this not even the shortest words and an indent fit; a screen narrower still wraps.
    static let narrowest = 30

    /// A paragraph wrapped under `indent` spaces.
    func paragraph(_ text: String, indent: Int = 2) -> String {
        let pad = String(repeating: " ", count: indent)
        return TextWrap.wrap(text, width: width - indent).map { pad + $0 + "\n" }.joined()
    }

    /// `  NAME    summary`: the summary starts at `column` and wraps back to it.
    func entry(_ name: String, _ summary: String, column: Int) -> String {
        let head = "  " + name.padded(to: max(column - 2, name.count + 1))
        return hanging(head, summary, indent: fitsScreen && head.count + 12 <= width ? head.count : 4)
    }

    /// A line written with its own alignment, wrapped (on a screen) with a hanging indent: under
    /// the text after a label such as "Values:      ", else two spaces in from the line's own.
    func preformatted(_ line: String) -> String {
        let leading = line.prefix { $0 == " " }.count
        var split = leading
        var indent = leading + 2
        if let colon = line.firstIndex(of: ":"), line[line.index(after: colon)...].hasPrefix("  ") {
            split = line.distance(from: line.startIndex, to: colon) + 1
                + line[line.index(after: colon)...].prefix { $0 == " " }.count
            indent = split
        }
        if indent + 12 > width { (split, indent) = (leading, leading + 2) }
        let rest = String(line.dropFirst(split))
        guard !rest.isEmpty else { return line + "\n" }
        return hanging(String(line.prefix(split)), rest, indent: indent)
    }

    /// `head` then `text`, the text wrapped to the width with later lines `indent` spaces in.
    private func hanging(_ head: String, _ text: String, indent: Int) -> String {
        guard fitsScreen else { return head + text + "\n" }
        let lines = TextWrap.wrap(text, width: width - indent, firstWidth: max(1, width - head.count))
        let pad = String(repeating: " ", count: indent)
        return lines.enumerated().map { line in
            var text = (line.offset == 0 ? head : pad) + line.element
            while text.hasSuffix(" ") { text.removeLast() }  // a break between two spaces leaves one
            return text + "\n"
        }.joined()
    }
}
