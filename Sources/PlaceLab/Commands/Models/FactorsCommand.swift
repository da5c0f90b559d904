import PlaceLabCore

/// `factors [CASE]`: the five critical factors behind public service innovation, or a case's.
struct FactorsCommand: Command {
    let name = "factors"
    let category = CommandCategory.models
    let summary = "list the five critical factors behind public service innovation, or a case's"
    let usage = "factors [CASE]"
    let details = """
        With no case, lists the five critical factors the Anglo-Dutch study of Bristol, \
        Swindon and Enschede found behind public service innovation (highly inter-related in \
        practice): each with its description in PlaceLab's words, whether the source states \
        that description or PlaceLab inferred it, and the seed it comes from.
        With a case (its id, name or another name, in any case), shows the factors the data \
        records for that case, with the evidence — or says plainly that none are recorded, \
        and how to keep your own reading in a dataset of your own.
        "factors" is also a dataset: "factors | select …" queries it like any other.
        """
    let examples = [
        CommandExample("factors", "the five factors, their descriptions and source"),
        CommandExample("factors bristol", "what the data records for one case"),
        CommandExample("factors | where order <= 2", "the dataset itself, queried"),
    ]
    private let list = ModelList(dataset: "factors", plural: "critical factors", seenColumn: "factors_seen")

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .caseName : .none
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        try list.run(invocation, in: session)
    }
}
