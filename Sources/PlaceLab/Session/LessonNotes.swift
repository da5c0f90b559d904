import PlaceLabCore

/// The comment lines a lesson puts before a statement: the teacher's notes in step mode,
/// and (those starting with `##`) the handout's text.
enum LessonNotes {
    /// The whole comment lines between `start` and `end` (byte offsets), as written but
    /// trimmed. The rest of the line `start` falls in is skipped: a comment at the end of
    /// the previous statement's line belongs to it. `#|` lines are directives for tools
    /// that run scripts, not notes, and are left out.
    static func comments(in source: SourceText, from start: Int, to end: Int) -> [String] {
        guard start < end else { return [] }
        var text = Substring(source.slice(Span(start, end)))
        if start > 0, source.slice(Span(start - 1, start)) != "\n" {
            guard let newline = text.firstIndex(of: "\n") else { return [] }
            text = text[text.index(after: newline)...]
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { $0.hasPrefix("#") && !$0.hasPrefix("#|") }
    }

    /// The text of `##` lines, without the marks: what a handout prints as prose.
    static func handoutText(_ comments: [String]) -> [String] {
        comments.filter { $0.hasPrefix("##") }.map { line in
            let text = line.dropFirst(2)
            return String(text.hasPrefix(" ") ? text.dropFirst() : text)
        }
    }
}
