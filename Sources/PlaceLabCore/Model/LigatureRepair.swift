import Foundation

/// Mends the word breaks a PDF's text layer leaves where the "fi" and "fl" ligatures were:
/// "confi dence" → "confidence", "fl exible" → "flexible". English has no word ending in
/// "fi" or "fl" before another lowercase word, so the join is safe; "staff so" is left alone.
public enum LigatureRepair {
    public static func mend(_ text: String) -> String {
        guard text.contains("fi ") || text.contains("fl ") else { return text }
        return text.replacingOccurrences(of: "(f[il]) (?=[a-z])", with: "$1", options: .regularExpression)
    }
}
