import PlaceLabCore

/// `unload NAME`: forgets a dataset for the rest of the session.
struct UnloadCommand: Command {
    let name = "unload"
    let category = CommandCategory.data
    let summary = "forget a loaded dataset (its file is not touched)"
    let usage = "unload DATASET"
    let details = """
        Removes the dataset from this session only; the file it came from stays as it is, \
        and a bundled dataset is back at the next start.
        """
    let examples = [CommandExample("unload findings", "forget the findings dataset for this session")]

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .dataset : .none
    }

    func check(_ invocation: Invocation, _ context: CheckContext) throws {
        try invocation.onlyWord("a dataset name")
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let word = try invocation.onlyWord("a dataset name")
        guard session.catalog.remove(word.text) != nil else {
            throw Diagnostic.unknown("dataset", word.text, at: word.span, among: session.catalog.names)
        }
    }
}
