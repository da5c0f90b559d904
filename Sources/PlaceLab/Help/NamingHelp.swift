/// `help let` and `help drop`: naming a query's result is a statement of the query language,
/// not a command, so its help lives here rather than beside a command.
extension HelpTopic {
    static let letNames = HelpTopic(name: "let", summary: "keep a query's result under a name: let NAME = QUERY", text: """
        let NAME = QUERY runs the query once and keeps its rows under NAME, which then starts
        queries like a dataset does:
          let uk = cases | where country == "United Kingdom"
          uk | sort authority desc | first 3
          uk | count
          export uk to uk.csv
        The rows are kept as they were when let ran: loading or changing data later does not
        change them. A let name hides a dataset of the same name until "drop NAME"; a command's
        name cannot be one. A query that ends in compare or chart shows rather than keeps: let
        the rows, then end a query of them with compare or chart. Tab completes let names and
        their fields.
        """)

    static let dropNames = HelpTopic(name: "drop", summary: "forget a name made with let: drop NAME", text: """
        drop NAME forgets the rows kept with let NAME = …, and a dataset that the name hid is
        seen again:
          let uk = cases | where country == "United Kingdom"
          drop uk
        drop removes let names only; a dataset you loaded is forgotten with unload NAME.
        """)
}
