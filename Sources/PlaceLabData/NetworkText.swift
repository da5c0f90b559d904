import Foundation
import PlaceLabCore

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

/// The text of a Pajek or DL file, checked to be UTF-8 and split into lines of words.
///
/// Works on the bytes (separators, quotes and line ends are ASCII), so a file of a million
/// ties is read in a fraction of the time that splitting it into characters would take; the
/// text as characters is made only when an error needs its line for the caret.
struct NetworkText {
    let path: String
    private let bytes: [UInt8]
    /// Where each line starts and ends (before its line break), as byte offsets.
    private let lineRanges: [Range<Int>]
    /// Checked once a line, as the readers ask for its words: the loop over a file's lines.
    private let cancellation = Cancellation.current

    var lineCount: Int { lineRanges.count }

    init(text: String, path: String) {
        self.init(bytes: Array(text.utf8), path: path)
    }

    private init(bytes: [UInt8], path: String) {
        self.path = path
        self.bytes = bytes
        var ranges: [Range<Int>] = []
        var start = 0
        var index = 0
        // Lines end at LF, CRLF or a lone CR, as `FileBytes.place` counts them.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                ranges.append(start..<index)
                if byte == 0x0D, index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
                start = index + 1
            }
            index += 1
        }
        ranges.append(start..<bytes.count)
        lineRanges = ranges
    }

    /// The file at `path`, without a byte order mark; a diagnostic when it is not UTF-8.
    static func read(path: String) throws -> NetworkText {
        let data = try FileBytes.contents(of: path)
        let bytes = try data.withUnsafeBytes { raw -> [UInt8] in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self), raw.count > 0 else { return [] }
            if let offset = FileBytes.firstNonTextByte(base, count: raw.count) {
                throw FileBytes.notText(path: path, base, count: raw.count, offset: offset)
            }
            let start = FileBytes.byteOrderMarkLength(base, count: raw.count)
            return Array(UnsafeBufferPointer(start: base + start, count: raw.count - start))
        }
        return NetworkText(bytes: bytes, path: path)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
    }

    /// Whether the file holds nothing but blanks.
    var isBlank: Bool {
        bytes.allSatisfy { Self.isBlank($0) || $0 == 0x0A || $0 == 0x0D }
    }

    /// The first non-blank byte of `line`, if any.
    func firstByte(ofLine line: Int) -> UInt8? {
        lineRanges[line - 1].lazy.map { bytes[$0] }.first { !Self.isBlank($0) }
    }

    /// The text of `line`, without its line break.
    func text(ofLine line: Int) -> String {
        String(decoding: bytes[lineRanges[line - 1]], as: UTF8.self)
    }

    /// The words of line `line`: runs of bytes between separators (blanks, and commas when
    /// `commas`), a `"…"` quoted word (which may hold separators), and each of `singles` alone.
    func words(ofLine line: Int, commas: Bool = false, singles: Set<UInt8> = []) throws -> [TextWord] {
        try cancellation.check()
        let range = lineRanges[line - 1]
        func isSeparator(_ byte: UInt8) -> Bool {
            Self.isBlank(byte) || (commas && byte == UInt8(ascii: ","))
        }
        var words: [TextWord] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            if isSeparator(byte) {
                index += 1
            } else if byte == UInt8(ascii: "\"") {
                guard let close = bytes[(index + 1)..<range.upperBound].firstIndex(of: UInt8(ascii: "\"")) else {
                    throw error("a quoted label is not closed", at: (line, column(of: index, in: range)),
                                help: "end it with \" on the same line")
                }
                words.append(TextWord(text: String(decoding: bytes[(index + 1)..<close], as: UTF8.self), quoted: true,
                                      line: line, column: column(of: index, in: range)))
                index = close + 1
            } else if singles.contains(byte) {
                words.append(TextWord(text: String(UnicodeScalar(byte)), quoted: false, line: line,
                                      column: column(of: index, in: range)))
                index += 1
            } else {
                let start = index
                while index < range.upperBound, !isSeparator(bytes[index]), !singles.contains(bytes[index]) {
                    index += 1
                }
                words.append(TextWord(text: String(decoding: bytes[start..<index], as: UTF8.self), quoted: false,
                                      line: line, column: column(of: start, in: range)))
            }
        }
        return words
    }

    /// The 1-based character column of byte `offset` in a line: the byte's place when the line
    /// is ASCII up to it, else the characters before it counted.
    private func column(of offset: Int, in range: Range<Int>) -> Int {
        let prefix = bytes[range.lowerBound..<offset]
        if prefix.allSatisfy({ $0 < 0x80 }) { return prefix.count + 1 }
        return String(decoding: prefix, as: UTF8.self).count + 1
    }

    /// The position just past the last non-blank character of `line`.
    func endOfText(ofLine line: Int) -> (line: Int, column: Int) {
        let range = lineRanges[line - 1]
        let last = range.reversed().first { !Self.isBlank(bytes[$0]) }
        return (line, last.map { column(of: $0 + 1, in: range) } ?? 1)
    }

    /// Just past the last character of the file.
    var end: (line: Int, column: Int) {
        let range = lineRanges[lineRanges.count - 1]
        return (lineRanges.count, column(of: range.upperBound, in: range))
    }

    func error(_ message: String, at position: (line: Int, column: Int), help: String? = nil) -> Diagnostic {
        let lineText = position.line >= 1 && position.line <= lineCount ? text(ofLine: position.line) : nil
        return Diagnostic(message, help: help,
                          place: FilePlace(path: path, line: position.line, column: position.column, lineText: lineText))
    }
}
