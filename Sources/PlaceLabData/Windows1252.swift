/// Windows-1252 (the "ANSI" of spreadsheets saved on Windows, a superset of Latin-1 in its
/// printable range), turned into UTF-8. A file that is not UTF-8 but reads as this encoding
/// is loaded, and `load` says so, so that a wrong guess is seen rather than silent.
enum Windows1252 {
    /// The characters of bytes 0x80–0x9F; nil where the encoding leaves a byte undefined.
    private static let high: [Unicode.Scalar?] = [
        "\u{20AC}", nil, "\u{201A}", "\u{0192}", "\u{201E}", "\u{2026}", "\u{2020}", "\u{2021}",
        "\u{02C6}", "\u{2030}", "\u{0160}", "\u{2039}", "\u{0152}", nil, "\u{017D}", nil,
        nil, "\u{2018}", "\u{2019}", "\u{201C}", "\u{201D}", "\u{2022}", "\u{2013}", "\u{2014}",
        "\u{02DC}", "\u{2122}", "\u{0161}", "\u{203A}", "\u{0153}", nil, "\u{017E}", "\u{0178}",
    ]

    /// The bytes as UTF-8, or the offset of the first byte that cannot be Windows-1252 text
    /// (NUL or an undefined byte).
    static func decode(_ base: UnsafePointer<UInt8>, count: Int) -> Result<[UInt8], Failure> {
        var output: [UInt8] = []
        output.reserveCapacity(count + count / 8)
        for index in 0..<count {
            let byte = base[index]
            if byte == 0 { return .failure(Failure(offset: index)) }
            if byte < 0x80 {
                output.append(byte)
                continue
            }
            let scalar: Unicode.Scalar
            if byte < 0xA0 {
                guard let mapped = high[Int(byte) - 0x80] else { return .failure(Failure(offset: index)) }
                scalar = mapped
            } else {
                scalar = Unicode.Scalar(byte)
            }
            output.append(contentsOf: String(Character(scalar)).utf8)
        }
        return .success(output)
    }

    struct Failure: Error {
        let offset: Int
    }

    /// Up to `limit` distinct non-ASCII characters of the decoded text, for the note.
    static func sampleCharacters(_ bytes: [UInt8], limit: Int = 5) -> String {
        var seen: [Character] = []
        for character in String(decoding: bytes, as: UTF8.self) where !character.isASCII && !seen.contains(character) {
            seen.append(character)
            if seen.count == limit { break }
        }
        return seen.map(String.init).joined(separator: " ")
    }
}
