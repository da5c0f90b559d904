// An example statement shown by help: commands and query stages each list theirs, and
// help is the one reader, so the type lives with help.

/// An example statement and what it shows.
public struct CommandExample: Sendable {
    public let statement: String
    public let explanation: String

    public init(_ statement: String, _ explanation: String) {
        self.statement = statement
        self.explanation = explanation
    }
}
