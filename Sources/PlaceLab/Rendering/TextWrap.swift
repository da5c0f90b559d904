/// Wraps one line of text to a display width, breaking at spaces where it can.
enum TextWrap {
    /// `firstWidth` lets the first line differ, for text whose later lines are indented.
    static func wrap(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
        let firstWidth = firstWidth ?? width
        guard width > 0, firstWidth > 0, DisplayWidth.of(text) > firstWidth else { return [text] }
        var lines: [String] = []
        var line: [Character] = []
        var used = 0
        for character in text {
            let characterWidth = DisplayWidth.of(String(character))
            while used + characterWidth > (lines.isEmpty ? firstWidth : width), !line.isEmpty {
                // A space that does not fit is the break; otherwise break after the line's
                // last space, or hard-break a word that fills the whole line.
                if character == " " {
                    lines.append(String(line))
                    line = []
                } else if let space = line.lastIndex(of: " "), space > 0 {
                    lines.append(String(line[..<space]))
                    line = Array(line[(space + 1)...])
                } else {
                    lines.append(String(line))
                    line = []
                }
                used = DisplayWidth.of(String(line))
            }
            // A space that falls at a break is the break itself.
            if character == " ", line.isEmpty, !lines.isEmpty { continue }
            line.append(character)
            used += characterWidth
        }
        lines.append(String(line))
        return lines
    }
}
