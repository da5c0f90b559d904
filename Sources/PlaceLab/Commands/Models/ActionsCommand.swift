import PlaceLabCore

/// `actions [CASE]`: the leadership actions for collaborative innovation, or a case's.
struct ActionsCommand: Command {
    let name = "actions"
    let category = CommandCategory.models
    let summary = "list the leadership actions for collaborative innovation, or a case's"
    let usage = "actions [CASE]"
    let details = """
        With no case, lists the five leadership actions that, in UK local-government-led \
        partnerships, make collaborative public service innovation more likely to succeed: \
        each with its description in PlaceLab's words, whether the source states that \
        description or PlaceLab inferred it, and the seed it comes from.
        With a case (its id, name or another name, in any case), shows the actions the data \
        records for that case, with the evidence — or says plainly that none are recorded, \
        and how to keep your own reading in a dataset of your own.
        "actions" is also a dataset: "actions | select …" queries it like any other.
        """
    let examples = [
        CommandExample("actions", "the five actions, their descriptions and source"),
        CommandExample("actions rsa_partnerships", "what the data records for one case"),
        CommandExample("actions | select id, name", "the dataset itself, queried"),
    ]
    private let list = ModelList(dataset: "actions", plural: "leadership actions", seenColumn: "actions_seen")

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .caseName : .none
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        try list.run(invocation, in: session)
    }
}
