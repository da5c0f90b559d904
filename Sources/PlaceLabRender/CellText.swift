/// Makes cell text safe to print: no line breaks inside a grid row, no raw control characters.
enum CellText {
    /// The visible stand-in for a line break inside a single-line cell.
    static let lineBreakMark = "↵"

    /// One line: breaks become `↵`, tabs a space, other control characters `�`.
    static func singleLine(_ text: String) -> String {
        lines(text).joined(separator: lineBreakMark)
    }

    /// The text split at its line breaks (LF, CR, CRLF and the Unicode separators),
    /// tabs turned into a space and other control characters into `�`, so nothing
    /// in the data can move the cursor or send escape codes to the terminal.
    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        var line = String.UnicodeScalarView()
        for character in text {
            if character.isNewline {
                result.append(String(line))
                line = String.UnicodeScalarView()
                continue
            }
            for scalar in character.unicodeScalars {
                if scalar == "\t" {
                    line.append(" ")
                } else if isControl(scalar) {
                    line.append("\u{FFFD}")
                } else {
                    line.append(scalar)
                }
            }
        }
        result.append(String(line))
        return result
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
}
