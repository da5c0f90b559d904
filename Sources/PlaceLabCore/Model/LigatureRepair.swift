/// Mends the word breaks a PDF's text layer leaves where the "fi" and "fl" ligatures were:
/// "confi dence" → "confidence", "fl exible" → "flexible". English has no word ending in
/// "fi" or "fl" before another lowercase word, so the join is safe; "staff so" is left alone.
public enum LigatureRepair {
    /// A space is dropped when "fi" or "fl" comes before it and a lowercase ASCII letter after it.
    /// A scan of the bytes rather than a regular expression: every bundled quote is mended
    /// when the data is read, and compiling a pattern per quote was half of `show`'s first answer.
    public static func mend(_ text: String) -> String {
        var text = text
        // One pass over the bytes, copying only when there is something to mend.
        let mended = text.withUTF8 { bytes -> String? in
            guard bytes.count >= 4 else { return nil }
            var kept: [UInt8] = []
            var start = 0
            for index in 2..<(bytes.count - 1) where isBrokenLigature(bytes, at: index) {
                if start == 0 { kept.reserveCapacity(bytes.count) }
                kept.append(contentsOf: bytes[start..<index])
                start = index + 1
            }
            guard start > 0 else { return nil }
            kept.append(contentsOf: bytes[start...])
            return String(decoding: kept, as: UTF8.self)
        }
        return mended ?? text
    }

    /// A space with "fi" or "fl" before it and a lowercase ASCII letter after it.
    private static func isBrokenLigature(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        bytes[index] == space && bytes[index - 2] == letterF && (bytes[index - 1] == letterI || bytes[index - 1] == letterL)
            && bytes[index + 1] >= lowerA && bytes[index + 1] <= lowerZ
    }

    private static let space = UInt8(ascii: " "), letterF = UInt8(ascii: "f"), letterI = UInt8(ascii: "i")
    private static let letterL = UInt8(ascii: "l"), lowerA = UInt8(ascii: "a"), lowerZ = UInt8(ascii: "z")
}
