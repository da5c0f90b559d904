import PlaceLabCore
import PlaceLabLanguage
import PlaceLabRender

/// Small text drawings shared by `realms`, `vehicle`, `lifecycle` and `diagnose`: boxes side by
/// side, a labelled list, a citation. Unicode box drawing in box mode, plain ASCII otherwise,
/// and never wider than `width` columns: the terminal's, or 78 in files and pipes.
struct TextDiagram {
    /// The width in files and pipes, and on an 80-column terminal.
    static let width = 78
    /// The narrowest a drawing lays out to, however small the window.
    static let narrowest = 40
    /// The widest: longer lines are hard to read, however wide the window.
    static let widest = 100

    /// The characters a drawing uses.
    struct Glyphs {
        let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
        let heavyHorizontal, heavyVertical, heavyTopLeft, heavyTopRight, heavyBottomLeft, heavyBottomRight: String
        let point, marker, up, arrow, divider, axisCorner, tick, bullet, dash: String

        static let unicode = Glyphs(
            horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
            heavyHorizontal: "═", heavyVertical: "║", heavyTopLeft: "╔", heavyTopRight: "╗",
            heavyBottomLeft: "╚", heavyBottomRight: "╝",
            point: "•", marker: "◆", up: "▲", arrow: "▶", divider: "┆", axisCorner: "└", tick: "┴", bullet: "•",
            dash: "—")
        static let ascii = Glyphs(
            horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
            heavyHorizontal: "=", heavyVertical: "#", heavyTopLeft: "#", heavyTopRight: "#",
            heavyBottomLeft: "#", heavyBottomRight: "#",
            point: "*", marker: "@", up: "^", arrow: ">", divider: ":", axisCorner: "+", tick: "+", bullet: "-",
            dash: "-")
    }

    let glyphs: Glyphs
    let style: TextStyle
    /// The most columns a line of the drawing takes.
    let width: Int

    /// Box drawing in box mode, ASCII in every other mode (table mode is the default in pipes).
    init(mode: OutputMode, style: TextStyle, width: Int = TextDiagram.width) {
        glyphs = mode == .box ? .unicode : .ascii
        self.style = style
        self.width = max(TextDiagram.narrowest, width)
    }

    /// The text padded with spaces to `width` display columns (cut with "…" when longer).
    static func pad(_ text: String, _ width: Int) -> String {
        let shown = DisplayWidth.of(text) > width ? DisplayWidth.truncate(text, to: width) : text
        return shown + String(repeating: " ", count: max(0, width - DisplayWidth.of(shown)))
    }

    /// Boxes side by side, each `[title, body lines…]` wrapped to the box's width; a `heavy`
    /// box (double lines) marks a highlighted one. Each box is as tall as the tallest.
    func boxes(_ contents: [(title: String, body: [String], heavy: Bool)], gap: Int = 2) -> String {
        guard !contents.isEmpty else { return "" }
        let boxWidth = (width - gap * (contents.count - 1)) / contents.count
        let inner = boxWidth - 4
        // A word too long for the box breaks after a slash when it has one (Managerial/professional).
        func wrap(_ text: String) -> [String] {
            TextWrap.wrap(text, width: inner)
        }
        let wrapped: [[(String, Bool)]] = contents.map { box in
            wrap(box.title).map { ($0, true) } + box.body.flatMap { line in wrap(line).map { ($0, false) } }
        }
        let height = wrapped.map(\.count).max() ?? 0
        let spacer = String(repeating: " ", count: gap)
        func edge(_ box: (title: String, body: [String], heavy: Bool), top: Bool) -> String {
            let g = glyphs
            let (left, right) = box.heavy ? (top ? (g.heavyTopLeft, g.heavyTopRight) : (g.heavyBottomLeft, g.heavyBottomRight))
                                          : (top ? (g.topLeft, g.topRight) : (g.bottomLeft, g.bottomRight))
            return left + String(repeating: box.heavy ? g.heavyHorizontal : g.horizontal, count: boxWidth - 2) + right
        }
        var out = contents.map { edge($0, top: true) }.joined(separator: spacer) + "\n"
        for line in 0..<height {
            out += contents.indices.map { index in
                let side = contents[index].heavy ? glyphs.heavyVertical : glyphs.vertical
                let cell = line < wrapped[index].count ? wrapped[index][line] : ("", false)
                let text = TextDiagram.pad(cell.0, inner)
                return side + " " + (cell.1 ? style.paint(text, .header) : text) + " " + side
            }.joined(separator: spacer) + "\n"
        }
        return out + contents.map { edge($0, top: false) }.joined(separator: spacer) + "\n"
    }

    /// `label  text` with the text wrapped under itself; the label column is `labelWidth` wide.
    func field(_ label: String, _ text: String, indent: Int = 2, labelWidth: Int = 12) -> String {
        let lead = String(repeating: " ", count: indent)
        let lines = TextWrap.wrap(text, width: width - indent - labelWidth)
        // A label too long for its column gets a line of its own rather than being cut.
        if DisplayWidth.of(label) >= labelWidth {
            return lead + style.paint(label, .strong) + "\n"
                + lines.map { lead + String(repeating: " ", count: labelWidth) + $0 + "\n" }.joined()
        }
        var out = lead + style.paint(TextDiagram.pad(label, labelWidth), .strong) + lines[0] + "\n"
        for line in lines.dropFirst() { out += lead + String(repeating: " ", count: labelWidth) + line + "\n" }
        return out
    }

    /// A list item, wrapped with its later lines under its text.
    func item(_ text: String, indent: Int = 2) -> String {
        let lead = String(repeating: " ", count: indent)
        let lines = TextWrap.wrap(text, width: width - indent - 2)
        return lead + glyphs.bullet + " " + lines[0] + "\n"
            + lines.dropFirst().map { lead + "  " + $0 + "\n" }.joined()
    }

    /// A paragraph wrapped to the drawing's width.
    func paragraph(_ text: String, indent: Int = 0) -> String {
        let lead = String(repeating: " ", count: indent)
        return TextWrap.wrap(text, width: width - indent).map { lead + $0 + "\n" }.joined()
    }

    /// A heading, wrapped at words to the drawing's width.
    func heading(_ text: String) -> String {
        TextWrap.wrap(text, width: width).map { style.paint($0, .header) + "\n" }.joined()
    }
}

extension FactRow {
    /// `stated, nesta_2008` or `inferred, jrf_three_cities: why` — the basis of one value, for a line's end.
    func cite(_ column: String, _ sources: SeedSources, note: Bool = false) -> String {
        guard let fact = provenance(column) else { return "not recorded" }
        var out = fact.basis.rawValue + ", " + sources.id(file: fact.source)
        if note, let why = fact.note { out += ": " + why }
        return out
    }

    /// `stated, nesta_2008: “the quote”`.
    func citeQuote(_ column: String, _ sources: SeedSources) -> String {
        guard let fact = provenance(column) else { return "not recorded" }
        return fact.basis.rawValue + ", " + sources.id(file: fact.source) + ": “" + fact.quote + "”"
    }

    /// The row's display name and id: `Tower Hamlets (tower_hamlets)`.
    var title: String { "\(text("name") ?? key) (\(key))" }
}

extension Session {
    /// Whether a model view should be a table (csv, tsv, json, line) rather than a drawing.
    var wantsTableView: Bool {
        switch settings.mode {
        case .csv, .tsv, .json, .line: true
        case .box, .table, .markdown: false
        }
    }

    /// The width drawings and cards lay out to: the terminal's less a margin (from 40 to 100
    /// columns) when results reach one, else the standard 78.
    var diagramWidth: Int {
        guard resultsReachTerminal, let columns = terminalSize()?.columns else { return TextDiagram.width }
        return max(TextDiagram.narrowest, min(columns, TextDiagram.widest) - 2)
    }

    /// A drawing for the current mode, style and width.
    var diagram: TextDiagram {
        TextDiagram(mode: settings.mode, style: resultStyle, width: diagramWidth)
    }

    /// Emits a drawing: as it is, or fenced as code in markdown mode so it keeps its shape.
    func emitDiagram(_ text: String) {
        emit(text: settings.mode == .markdown ? "```\n" + text + "```\n" : text)
    }

    /// The case the words name, from the bundled `cases`, with a did-you-mean when none fits.
    func resolveCase(_ words: [Word], for command: String) throws -> FactRow {
        let cases = try requireDataset("cases", for: command)
        let id = try TopicLookup(cases, nameColumn: "name").resolve(words, kind: "case")
        return cases.factRow(key: id)!
    }
}
