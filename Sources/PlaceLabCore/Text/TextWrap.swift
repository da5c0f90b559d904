/// Wraps one line of text to a display width at word boundaries. Every drawing, footer, table
/// cell and error message wraps through here, so nothing breaks inside a word where a space
/// will do.
package enum TextWrap {
    /// Characters after which a word too long for a whole line may break (`Managerial/`
    /// `professional`, `expected_` `closeness`), before a hard break is the only way left.
    static let softBreaks: Set<Character> = ["/", "-", "_"]

    /// `firstWidth` lets the first line differ, for text whose later lines are indented.
    /// Spaces at a break are dropped; leading spaces (indentation) are kept.
    package static func wrap(_ text: String, width: Int, firstWidth: Int? = nil) -> [String] {
        let firstWidth = firstWidth ?? width
        guard width > 0, firstWidth > 0, DisplayWidth.of(text) > firstWidth else { return [text] }
        var lines: [String] = []
        var line: String?  // nil right after a break, so spaces there are dropped
        func limit() -> Int { lines.isEmpty ? firstWidth : width }
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            if word.isEmpty, line == nil, !lines.isEmpty { continue }
            let candidate = line.map { $0 + " " + word } ?? String(word)
            if DisplayWidth.of(candidate) <= limit() {
                line = candidate
                continue
            }
            if let current = line, current.contains(where: { $0 != " " }) { lines.append(current) }
            line = nil
            // A word longer than a whole line breaks where it can, hard only as a last resort.
            var rest = String(word)
            while DisplayWidth.of(rest) > limit() {
                let (head, tail) = split(rest, within: limit())
                lines.append(head)
                rest = tail
            }
            if !rest.isEmpty { line = rest }
        }
        if let line { lines.append(line) }
        return lines.isEmpty ? [""] : lines
    }

    /// The longest head of `word` that fits `width`, ending after a soft break when one fits,
    /// else cut at the width (never inside a character, at least one character).
    static func split(_ word: String, within width: Int) -> (String, String) {
        var used = 0
        var end = word.startIndex
        var soft: String.Index?
        for index in word.indices {
            let characterWidth = DisplayWidth.of(String(word[index]))
            if used + characterWidth > width, end > word.startIndex { break }
            used += characterWidth
            end = word.index(after: index)
            if softBreaks.contains(word[index]), end < word.endIndex { soft = end }
        }
        let cut = soft ?? end
        return (String(word[..<cut]), String(word[cut...]))
    }

    /// The narrowest width at which `text` wraps without breaking inside a word: its widest
    /// word, where words may also end after a soft break (unless `softBreaks` is false).
    package static func longestWord(_ text: String, softBreaks useSoftBreaks: Bool = true) -> Int {
        var widest = 0
        var current = 0
        for character in text {
            if character == " " {
                current = 0
                continue
            }
            current += DisplayWidth.of(String(character))
            widest = max(widest, current)
            if useSoftBreaks, softBreaks.contains(character) { current = 0 }
        }
        return widest
    }
}
