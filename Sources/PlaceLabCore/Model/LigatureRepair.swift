/// Mends the word breaks a PDF's text layer leaves where the "fi" and "fl" ligatures were:
/// "confi dence" → "confidence", "fl exible" → "flexible". English has no word ending in
/// "fi" or "fl" before another lowercase word, so the join is safe; "staff so" is left alone.
public enum LigatureRepair {
    /// A space is dropped when "fi" or "fl" comes before it and a lowercase ASCII letter after it.
    /// A scan of the bytes rather than a regular expression: every bundled quote is mended
    /// when the data is read, and compiling a pattern per quote was half of `show`'s first answer.
    public static func mend(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var kept: [UInt8] = []
        var changed = false
        for index in bytes.indices {
            if bytes[index] == space, index >= 2, index + 1 < bytes.count,
               bytes[index - 2] == letterF, bytes[index - 1] == letterI || bytes[index - 1] == letterL,
               bytes[index + 1] >= lowerA, bytes[index + 1] <= lowerZ {
                if !changed { kept = Array(bytes[..<index]); changed = true }
                continue
            }
            if changed { kept.append(bytes[index]) }
        }
        return changed ? String(decoding: kept, as: UTF8.self) : text
    }

    private static let space = UInt8(ascii: " "), letterF = UInt8(ascii: "f"), letterI = UInt8(ascii: "i")
    private static let letterL = UInt8(ascii: "l"), lowerA = UInt8(ascii: "a"), lowerZ = UInt8(ascii: "z")
}
