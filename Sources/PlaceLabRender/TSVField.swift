/// One field of tab-separated values.
///
/// IANA's text/tab-separated-values has no quoting and no escapes: a field is written as it
/// is, backslashes included, and cannot hold a tab or a line break. A field that starts with
/// a quote is allowed there, but pandas, R and `load` take that quote as opening a quoted
/// field, so `"a"` would come back as `a`. `export` refuses all three (it writes files other
/// programs read); the `tsv` mode, which prints and cannot refuse, quotes them as pandas and
/// Python's csv module write TSV (`"a<TAB>b"`, quotes doubled), which those readers and
/// `load` read back exactly.
enum TSVField {
    /// What keeps `text` from being read back as it is from a TSV field: "a tab", "a line
    /// break", "a quote at its start", or nil.
    static func problem(in text: String) -> String? {
        if text.contains("\t") { return "a tab" }
        if text.contains(where: \.isNewline) { return "a line break" }
        if text.hasPrefix("\"") { return "a quote at its start" }
        return nil
    }

    /// The field as the `tsv` mode prints it: as it is, or quoted when `problem` finds one.
    static func printed(_ text: String) -> String {
        guard problem(in: text) != nil else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
