/// One field of tab-separated values.
///
/// IANA's text/tab-separated-values has no quoting and no escapes: a field is written as it
/// is, backslashes included, and cannot hold a tab or a line break. `export` refuses such a
/// value (it writes files other programs read); the `tsv` mode, which prints and cannot refuse,
/// quotes it as pandas and Python's csv module write TSV (`"a<TAB>b"`, quotes doubled), which
/// those readers and `load` read back exactly.
enum TSVField {
    /// What keeps `text` from being an IANA TSV field as it is: "a tab", "a line break", or nil.
    static func problem(in text: String) -> String? {
        if text.contains("\t") { return "a tab" }
        if text.contains(where: \.isNewline) { return "a line break" }
        return nil
    }

    /// The field as the `tsv` mode prints it: as it is, or quoted when it holds a tab or a line
    /// break, or starts with a quote (which a reader would otherwise take as an opening quote).
    static func printed(_ text: String) -> String {
        guard problem(in: text) != nil || text.hasPrefix("\"") else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
