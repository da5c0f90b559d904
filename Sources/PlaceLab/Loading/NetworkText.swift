import Foundation

/// A word of a line in a plain-text network file (Pajek, UCINET DL), and where it starts.
struct TextWord: Sendable, Equatable {
    var text: String
    /// Written in double quotes: a label, never a keyword or a number.
    var quoted: Bool
    var line: Int
    /// 1-based, in characters.
    var column: Int

    var position: (line: Int, column: Int) { (line, column) }

    /// The word as a keyword: lowercased; a quoted word is never one.
    var keyword: String? { quoted ? nil : text.lowercased() }

    /// The word as a whole number, when it is written as one.
    var integer: Int? { quoted ? nil : Int(text) }

    /// The word as a finite number (`2`, `-0.5`, `1e3`), when it is written as one.
    var number: Double? {
        guard !quoted, let value = Double(text), value.isFinite else { return nil }
        return value
    }

    /// Just past the word, for an error about what should follow it.
    var end: (line: Int, column: Int) { (line, column + text.count + (quoted ? 2 : 0)) }
}

/// The text of a Pajek or DL file: read whole, checked to be UTF-8, its lines split into words.
struct NetworkText {
    let lines: SourceLines
    let lineCount: Int

    init(text: String, path: String) {
        lines = SourceLines(text: text, path: path)
        lineCount = lines.end.line
    }

    /// The file at `path` as text, without a byte order mark; a diagnostic when it is not UTF-8.
    static func read(path: String) throws -> NetworkText {
        let data = try FileBytes.contents(of: path)
        let text = try data.withUnsafeBytes { bytes -> String in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else { return "" }
            if let offset = FileBytes.firstNonTextByte(base, count: bytes.count) {
                throw FileBytes.notText(path: path, base, count: bytes.count, offset: offset)
            }
            let start = FileBytes.byteOrderMarkLength(base, count: bytes.count)
            return String(decoding: UnsafeBufferPointer(start: base + start, count: bytes.count - start), as: UTF8.self)
        }
        return NetworkText(text: text, path: path)
    }

    /// Whether the file holds nothing but blanks.
    var isBlank: Bool {
        (1...lineCount).allSatisfy { (lines.characters(ofLine: $0) ?? []).allSatisfy(\.isWhitespace) }
    }

    /// The words of line `line`: runs of characters between separators (blanks, and commas when
    /// `commas`), a `"…"` quoted word (which may hold separators), and each of `singles` alone.
    func words(ofLine line: Int, commas: Bool = false, singles: Set<Character> = []) throws -> [TextWord] {
        let characters = lines.characters(ofLine: line) ?? []
        func isSeparator(_ character: Character) -> Bool {
            character.isWhitespace || (commas && character == ",")
        }
        var words: [TextWord] = []
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if isSeparator(character) {
                index += 1
            } else if character == "\"" {
                guard let close = characters[(index + 1)...].firstIndex(of: "\"") else {
                    throw lines.error("a quoted label is not closed", at: (line, index + 1),
                                      help: "end it with \" on the same line")
                }
                words.append(TextWord(text: String(characters[(index + 1)..<close]), quoted: true,
                                      line: line, column: index + 1))
                index = close + 1
            } else if singles.contains(character) {
                words.append(TextWord(text: String(character), quoted: false, line: line, column: index + 1))
                index += 1
            } else {
                let start = index
                while index < characters.count, !isSeparator(characters[index]), !singles.contains(characters[index]) {
                    index += 1
                }
                words.append(TextWord(text: String(characters[start..<index]), quoted: false,
                                      line: line, column: start + 1))
            }
        }
        return words
    }

    /// The position just past the last non-blank character of `line`.
    func endOfText(ofLine line: Int) -> (line: Int, column: Int) {
        let characters = lines.characters(ofLine: line) ?? []
        let last = characters.lastIndex { !$0.isWhitespace } ?? -1
        return (line, last + 2)
    }

    func error(_ message: String, at position: (line: Int, column: Int), help: String? = nil) -> Diagnostic {
        lines.error(message, at: position, help: help)
    }
}
