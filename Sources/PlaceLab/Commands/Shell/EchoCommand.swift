import Foundation
import PlaceLabCore

/// `echo TEXT`: prints its words.
struct EchoCommand: Command {
    let name = "echo"
    let category = CommandCategory.scripts
    let summary = "print text (headings in scripts, output files and handouts)"
    let usage = "echo TEXT…"
    let details = """
        Prints the words separated by single spaces; quote text to keep spacing or a # \
        ("a  b", "#1"), since an unquoted # starts a comment. Like results, echo follows \
        output and once. In a handout being recorded (record FILE) the text is Markdown: \
        echo "# Roles" is a heading there.
        """
    let examples = [
        CommandExample("echo Comparing Bristol and Swindon", "print a heading"),
        CommandExample("echo \"two  spaces and a # sign\"", "quoted text is kept as written"),
        CommandExample("echo \"## Roles in the network\"", "a heading in a recorded handout"),
    ]

    func run(_ invocation: Invocation, in session: Session) throws {
        session.emit(prose: invocation.words.map(\.text).joined(separator: " ") + "\n")
        if let comment = commentAfter(invocation) {
            session.notice("note: an unquoted # starts a comment, so echo did not print \"\(comment)\"; "
                + "quote it to print it: echo \"\(comment)\"")
        }
    }

    /// The comment right after an `echo` with nothing else to print: what the user likely
    /// meant to print (`echo # Roles`). A comment after printed words is a plain comment.
    private func commentAfter(_ invocation: Invocation) -> String? {
        guard invocation.words.isEmpty else { return nil }
        let rest = invocation.source.slice(Span(invocation.span.end, invocation.source.text.utf8.count))
        let line = rest.prefix { $0 != "\n" }
        guard let hash = line.firstIndex(of: "#"), line[..<hash].allSatisfy({ $0 == " " || $0 == "\t" }) else {
            return nil
        }
        return String(line[hash...]).trimmingCharacters(in: .whitespaces)
    }
}
