/// A named piece of source text: a script file, `<stdin>`, a `-c` argument, or one REPL entry.
public struct SourceText: Sendable {
    /// The name shown in diagnostics (`lesson.plq`, `<stdin>`, `<command>`).
    public let name: String
    public let text: String
    /// The line number of the text's first line in its origin (a REPL entry keeps the session's count).
    public let firstLine: Int
    /// Whether diagnostics should name the place as `file:line:col` (scripts) or only draw the caret (typed input).
    public let showsLocation: Bool
    /// Whether an error quotes the text with a caret under it: not for a statement made from
    /// the command line's arguments (`placelab lesson 3` runs `run lesson 3`), which nobody typed.
    public let showsText: Bool
    package let bytes: [UInt8]
    private let lineStarts: [Int]

    public init(name: String, text: String, firstLine: Int = 1, showsLocation: Bool = true, showsText: Bool = true) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
        self.showsLocation = showsLocation
        self.showsText = showsText
        let bytes = Array(text.utf8)
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    /// The source text of a span.
    public func slice(_ span: Span) -> String {
        let start = min(max(0, span.start), bytes.count)
        let end = min(max(start, span.end), bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// 0-based index of the line holding a byte offset.
    func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// 1-based line and column (in characters) of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = min(max(0, offset), bytes.count)
        let index = lineIndex(of: clamped)
        let prefix = String(decoding: bytes[lineStarts[index]..<clamped], as: UTF8.self)
        return SourceLocation(line: firstLine + index, column: prefix.count + 1)
    }

    /// The text of the line holding a byte offset, without its newline, and where that line starts.
    func line(containing offset: Int) -> (text: String, start: Int) {
        let index = lineIndex(of: min(max(0, offset), bytes.count))
        let start = lineStarts[index]
        var end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return (String(decoding: bytes[start..<max(start, end)], as: UTF8.self), start)
    }
}

/// A 1-based line and column, as people count them.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let line: Int
    public let column: Int
    public var description: String { "\(line):\(column)" }
}
