/// Turns a diagnostic into the text people read:
///
///     lesson.plq:3:6: error: unknown command "ech"
///         3 | ech hello
///           | ^^^
///       help: did you mean "echo"?
public struct DiagnosticFormatter: Sendable {
    public var style: TextStyle
    /// The terminal's width: the message and the help wrap at words to it, so the terminal
    /// never breaks a word in two. Nil in files and pipes, where each stays one line.
    public var width: Int?

    public init(style: TextStyle, width: Int? = nil) {
        self.style = style
        self.width = width
    }

    public func format(_ diagnostic: Diagnostic) -> String {
        var out = ""
        let label = style.paint("error:", .error)
        let message = diagnostic.message.replacingTabs()
        if diagnostic.place != nil || diagnostic.source?.showsLocation ?? false, let location = diagnostic.location {
            let lead = location.replacingTabs() + ":"
            out += "\(style.paint(lead, .strong)) \(label) "
                + wrapped(message, after: DisplayWidth.of(lead) + 8, hanging: "    ") + "\n"
        } else {
            out += "\(label) " + wrapped(message, after: 7, hanging: "    ") + "\n"
        }
        if let place = diagnostic.place {
            if let lineText = place.lineText { out += excerpt(place, lineText) }
        } else if let source = diagnostic.source, source.showsText, let span = diagnostic.span {
            out += excerpt(source, span)
        }
        if let help = diagnostic.help {
            out += "  \(style.paint("help:", .hint)) " + wrapped(help.replacingTabs(), after: 8, hanging: "        ") + "\n"
        }
        return out
    }

    /// `text` after `used` columns of its first line: one line, or at a terminal lines wrapped
    /// at words with the later ones indented by `hanging`.
    private func wrapped(_ text: String, after used: Int, hanging: String) -> String {
        guard let width, width - max(used, hanging.count) >= 20 else { return text }
        let lines = TextWrap.wrap(text, width: width - hanging.count, firstWidth: width - used)
        return lines.enumerated().map { $0.offset == 0 ? $0.element : hanging + $0.element }.joined(separator: "\n")
    }

    /// A data file's line with a caret under one column. A line wider than `excerptWidth` is cut:
    /// at its end when the column is near the start, else to a window around the column that
    /// starts with "…", so the caret is never lost however far along the line the column is.
    private func excerpt(_ place: FilePlace, _ lineText: String) -> String {
        let characters = Array(lineText.replacingTabs())
        let column = min(max(0, place.column - 1), characters.count)
        let gutter = String(repeating: " ", count: String(place.line).count)
        var start = 0, indent = DisplayWidth.of(String(characters[..<column]))
        if indent > Self.excerptWidth - Self.contextAfter {
            // Back from the column until `contextBefore` columns of the line show before it.
            start = column
            indent = 0
            while start > 0, indent < Self.contextBefore {
                start -= 1
                indent += DisplayWidth.of(String(characters[start]))
            }
        }
        let lead = start > 0 ? "…" : ""
        let shown = lead + DisplayWidth.truncate(String(characters[start...]), to: Self.excerptWidth - lead.count)
        return "  \(place.line) | \(shown)\n"
            + "  \(gutter) | \(String(repeating: " ", count: lead.count + indent))\(style.paint("^", .error))\n"
    }

    /// How much of a data file's line an excerpt shows, and around a far column, how much
    /// before it and at least how much after.
    static let excerptWidth = 120
    static let contextBefore = 60
    static let contextAfter = 20

    /// The offending line with a caret run under the span (clipped to that line).
    private func excerpt(_ source: SourceText, _ span: Span) -> String {
        let (lineText, lineStart) = source.line(containing: span.start)
        let lineNumber = String(source.location(of: span.start).line)
        let gutter = String(repeating: " ", count: lineNumber.count)
        let lineBytes = Array(lineText.utf8)
        let startInLine = min(span.start - lineStart, lineBytes.count)
        let endInLine = min(max(span.end - lineStart, startInLine), lineBytes.count)
        let before = String(decoding: lineBytes[0..<startInLine], as: UTF8.self)
        let marked = String(decoding: lineBytes[startInLine..<endInLine], as: UTF8.self)
        let indent = String(repeating: " ", count: DisplayWidth.of(before.replacingTabs()))
        let carets = String(repeating: "^", count: max(1, DisplayWidth.of(marked.replacingTabs())))
        return "  \(lineNumber) | \(lineText.replacingTabs())\n"
            + "  \(gutter) | \(indent)\(style.paint(carets, .error))\n"
    }
}

extension String {
    /// Tabs as single spaces, so carets line up whatever the terminal's tab stops, and other
    /// control characters as �, so an excerpt of a hostile script cannot drive the terminal.
    func replacingTabs() -> String {
        String(map { character -> Character in
            if character == "\t" { return " " }
            if let scalar = character.unicodeScalars.first, character.unicodeScalars.count == 1,
               scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value) { return "\u{FFFD}" }
            return character
        })
    }
}
