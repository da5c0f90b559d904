import PlaceLabCore

/// Turns source text into tokens, byte by byte.
///
/// Scan errors become `.error` tokens rather than thrown errors, so that only the parser
/// reports, and an unterminated string can ask the REPL for more input.
public struct Lexer {
    private let bytes: [UInt8]
    private var offset = 0

    public init(_ source: SourceText) {
        self.bytes = source.bytes
    }

    public static func tokens(of source: SourceText) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        while true {
            let token = lexer.next()
            tokens.append(token)
            if token.kind == .endOfInput { return tokens }
        }
    }

    public mutating func next() -> Token {
        let spaced = skipSpaceAndComments()
        let start = offset
        guard offset < bytes.count else {
            return Token(.endOfInput, Span(start, start), text: "", spaceBefore: spaced)
        }
        let byte = bytes[offset]
        offset += 1
        func make(_ kind: Token.Kind) -> Token {
            Token(kind, Span(start, offset), text: text(start, offset), spaceBefore: spaced)
        }
        switch byte {
        case UInt8(ascii: "\n"): return make(.newline)
        case UInt8(ascii: "\""): return string(start: start, spaced: spaced)
        case UInt8(ascii: "`"): return quotedIdentifier(start: start, spaced: spaced)
        case UInt8(ascii: "'"): return singleQuoted(start: start, spaced: spaced) ?? make(.symbol)
        case UInt8(ascii: "|"): return make(.pipe)
        case UInt8(ascii: ","): return make(.comma)
        case UInt8(ascii: ";"): return make(.semicolon)
        case UInt8(ascii: ":"): return make(.colon)
        case UInt8(ascii: "("): return make(.leftParen)
        case UInt8(ascii: ")"): return make(.rightParen)
        case UInt8(ascii: "["): return make(.leftBracket)
        case UInt8(ascii: "]"): return make(.rightBracket)
        case UInt8(ascii: "{"): return make(.leftBrace)
        case UInt8(ascii: "}"): return make(.rightBrace)
        case UInt8(ascii: "+"): return make(.plus)
        case UInt8(ascii: "-"): return make(.minus)
        case UInt8(ascii: "*"): return make(.star)
        case UInt8(ascii: "/"): return make(.slash)
        case UInt8(ascii: "~"): return make(.tilde)
        case UInt8(ascii: "\\"): return make(.backslash)
        case UInt8(ascii: "="): return make(match("=") ? .equalEqual : .equal)
        case UInt8(ascii: "!"): return make(match("=") ? .notEqual : .symbol)
        case UInt8(ascii: "<"):
            if match("=") { return make(.lessEqual) }
            return make(match(">") ? .notEqual : .less)
        case UInt8(ascii: ">"): return make(match("=") ? .greaterEqual : .greater)
        case UInt8(ascii: "."):
            if offset < bytes.count, isDigit(bytes[offset]) { return number(start: start, spaced: spaced) }
            return make(.dot)
        default:
            if isDigit(byte) { return number(start: start, spaced: spaced) }
            if isIdentifierStart(byte) {
                while offset < bytes.count, isIdentifierContinue(bytes[offset]) { offset += 1 }
                return make(.identifier)
            }
            // Consume a whole UTF-8 sequence so a symbol never splits a character.
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            return make(.symbol)
        }
    }

    // MARK: - Pieces

    /// Skips blanks and `#` comments (not newlines, which end statements); reports whether any was skipped.
    private mutating func skipSpaceAndComments() -> Bool {
        let start = offset
        while offset < bytes.count {
            switch bytes[offset] {
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"):
                offset += 1
            case UInt8(ascii: "#"):
                while offset < bytes.count, bytes[offset] != UInt8(ascii: "\n") { offset += 1 }
            default:
                return offset > start
            }
        }
        return offset > start
    }

    private mutating func number(start: Int, spaced: Bool) -> Token {
        while offset < bytes.count, isDigit(bytes[offset]) || bytes[offset] == UInt8(ascii: "_") { offset += 1 }
        if offset + 1 < bytes.count, bytes[offset] == UInt8(ascii: "."), isDigit(bytes[offset + 1]) {
            offset += 1
            while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
        }
        if offset < bytes.count, bytes[offset] == UInt8(ascii: "e") || bytes[offset] == UInt8(ascii: "E") {
            var probe = offset + 1
            if probe < bytes.count, bytes[probe] == UInt8(ascii: "+") || bytes[probe] == UInt8(ascii: "-") { probe += 1 }
            if probe < bytes.count, isDigit(bytes[probe]) {
                offset = probe
                while offset < bytes.count, isDigit(bytes[offset]) { offset += 1 }
            }
        }
        // A number running straight into letters ("3rd", "12abc") is one word, not two tokens.
        if offset < bytes.count, isIdentifierStart(bytes[offset]) {
            while offset < bytes.count, isIdentifierContinue(bytes[offset]) { offset += 1 }
            return Token(.identifier, Span(start, offset), text: text(start, offset), spaceBefore: spaced)
        }
        let raw = text(start, offset).replacingOccurrences(of: "_", with: "")
        return Token(.number, Span(start, offset), text: raw, spaceBefore: spaced)
    }

    /// `"…"` with escapes `\" \\ \n \t \r \0 \u{…}`; it may run over lines.
    private mutating func string(start: Int, spaced: Bool) -> Token {
        var value: [UInt8] = []
        var problem: (String, Span)?
        while offset < bytes.count {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\"") {
                offset += 1
                if let (message, _) = problem {
                    return Token(.error(message), Span(start, offset), text: text(start, offset), spaceBefore: spaced)
                }
                return Token(.string, Span(start, offset), text: String(decoding: value, as: UTF8.self), spaceBefore: spaced)
            }
            if byte == UInt8(ascii: "\\") {
                let escapeStart = offset
                offset += 1
                guard offset < bytes.count else { break }
                let escaped = bytes[offset]
                offset += 1
                switch escaped {
                case UInt8(ascii: "\""): value.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): value.append(UInt8(ascii: "\\"))
                case UInt8(ascii: "n"): value.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "t"): value.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "r"): value.append(UInt8(ascii: "\r"))
                case UInt8(ascii: "0"): value.append(0)
                case UInt8(ascii: "u"):
                    if let scalar = unicodeEscape() {
                        value.append(contentsOf: Array(String(Character(scalar)).utf8))
                    } else if problem == nil {
                        problem = ("invalid unicode escape (write \\u{1F600})", Span(escapeStart, offset))
                    }
                default:
                    if problem == nil {
                        problem = ("invalid escape \"\\\(Character(Unicode.Scalar(escaped)))\" in string", Span(escapeStart, offset))
                    }
                }
                continue
            }
            value.append(byte)
            offset += 1
        }
        return Token(.error("unterminated string"), Span(start, offset), text: text(start, offset), spaceBefore: spaced)
    }

    /// `'…'`, as in SQL (`''` is a quote inside): only when the quote opens a word and closes
    /// on the same line before a space or a separator, so an apostrophe in words
    /// (`echo the realm's view`) stays an ordinary character.
    private mutating func singleQuoted(start: Int, spaced: Bool) -> Token? {
        if start > 0, isIdentifierContinue(bytes[start - 1]) { return nil }
        var value: [UInt8] = []
        var index = offset
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D { return nil }
            if byte == UInt8(ascii: "'") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "'") {
                    value.append(byte)
                    index += 2
                    continue
                }
                let after = index + 1 < bytes.count ? bytes[index + 1] : 0x20
                guard [0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ")"),
                       UInt8(ascii: "]"), UInt8(ascii: "|")].contains(after) else { return nil }
                offset = index + 1
                return Token(.string, Span(start, offset), text: String(decoding: value, as: UTF8.self), spaceBefore: spaced)
            }
            value.append(byte)
            index += 1
        }
        return nil
    }

    private mutating func unicodeEscape() -> Unicode.Scalar? {
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "{") else { return nil }
        var probe = offset + 1
        var digits = ""
        while probe < bytes.count, bytes[probe] != UInt8(ascii: "}"), digits.count < 8 {
            digits.append(Character(Unicode.Scalar(bytes[probe])))
            probe += 1
        }
        guard probe < bytes.count, bytes[probe] == UInt8(ascii: "}"),
              let code = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(code) else { return nil }
        offset = probe + 1
        return scalar
    }

    private mutating func quotedIdentifier(start: Int, spaced: Bool) -> Token {
        while offset < bytes.count, bytes[offset] != UInt8(ascii: "`"), bytes[offset] != UInt8(ascii: "\n") {
            offset += 1
        }
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: "`") else {
            return Token(.error("`quoted name` must close on the same line"), Span(start, offset), text: text(start, offset), spaceBefore: spaced)
        }
        offset += 1
        let name = text(start + 1, offset - 1)
        return Token(.quotedIdentifier, Span(start, offset), text: name, spaceBefore: spaced)
    }

    private mutating func match(_ character: Unicode.Scalar) -> Bool {
        guard offset < bytes.count, bytes[offset] == UInt8(character.value) else { return false }
        offset += 1
        return true
    }

    private func text(_ start: Int, _ end: Int) -> String {
        String(decoding: bytes[start..<end], as: UTF8.self)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= 48 && byte <= 57 }

    private func isIdentifierStart(_ byte: UInt8) -> Bool {
        (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || byte == UInt8(ascii: "_") || byte >= 0xC0
    }

    private func isIdentifierContinue(_ byte: UInt8) -> Bool {
        isIdentifierStart(byte) || isDigit(byte) || byte >= 0x80
    }
}
