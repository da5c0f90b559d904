/// `echo TEXT`: prints its words.
struct EchoCommand: Command {
    let name = "echo"
    let category = CommandCategory.scripts
    let summary = "print text (headings in scripts and output files)"
    let usage = "echo TEXT…"
    let details = """
        Prints the words separated by single spaces; quote text to keep spacing or a # \
        ("a  b", "#1"). Like results, echo follows output and once.
        """
    let examples = [
        CommandExample("echo Comparing Bristol and Swindon", "print a heading"),
        CommandExample("echo \"two  spaces and a # sign\"", "quoted text is kept as written"),
    ]

    func run(_ invocation: Invocation, in session: Session) throws {
        session.emit(text: invocation.words.map(\.text).joined(separator: " ") + "\n")
    }
}
