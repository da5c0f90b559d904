/// Help for each stage of a pipeline, shown by `help where`, `help sort`, … and listed by `help`.
public struct QueryStageHelp: Sendable {
    public let name: String
    public let usage: String
    public let summary: String
    public let details: String
    public let examples: [CommandExample]

    public static func lookup(_ name: String) -> QueryStageHelp? {
        all.first { $0.name == name.lowercased() }
    }

    public static let all: [QueryStageHelp] = [
        QueryStageHelp(
            name: "where", usage: "… | where CONDITION", summary: "keep the rows where a condition is true",
            details: "A row stays when the condition is true; false and null drop it. Conditions compare with == != < <= > >=, combine with and, or, not, and test with in [...], contains, starts with, ~ \"regex\" and is [not] null (see help expressions). Lifecycle phases compare in lifecycle order: phase >= mobilisation.",
            examples: [CommandExample("cases | where country == \"United Kingdom\" and phase >= mobilisation", "UK cases at mobilisation or later"),
                       CommandExample("cases | where name ~ \"^S\" or realms contains \"political\"", "a regular expression, and a list that contains a value")]),
        QueryStageHelp(
            name: "select", usage: "… | select FIELD [as NAME], NAME = EXPR, …", summary: "choose, rename and compute columns",
            details: "Each item is a field, an expression with \"as NAME\", or \"NAME = EXPR\". Columns keep the order given.",
            examples: [CommandExample("cases | select name, phase, total = authority + capacity", "two fields and a computed one"),
                       CommandExample("cases | select upper(name) as place", "a function, renamed")]),
        QueryStageHelp(
            name: "sort", usage: "… | sort EXPR [asc|desc], …", summary: "order the rows (stable; nulls last)",
            details: "Sorts by each key in turn; rows that tie keep their order. Unknown (null) values go last, ascending or descending. Text sorts by its bytes (as sqlite does), phases in lifecycle order.",
            examples: [CommandExample("cases | sort authority desc, name", "highest authority first, then by name")]),
        QueryStageHelp(
            name: "limit", usage: "… | limit N", summary: "keep the first N rows",
            details: "The same as first N.", examples: [CommandExample("cases | sort authority desc | limit 3", "the three highest")]),
        QueryStageHelp(
            name: "first", usage: "… | first [N]", summary: "keep the first row (or N rows)",
            details: "first alone keeps one row.", examples: [CommandExample("cases | first 2", "the first two cases")]),
        QueryStageHelp(
            name: "last", usage: "… | last [N]", summary: "keep the last row (or N rows)",
            details: "last alone keeps one row. (The command \"last\" on its own shows the previous result again.)",
            examples: [CommandExample("cases | last 2", "the last two cases")]),
        QueryStageHelp(
            name: "distinct", usage: "… | distinct [FIELD, …]", summary: "drop repeated rows (or repeated combinations of fields)",
            details: "With fields, the result has just those fields, one row per combination, in first-seen order.",
            examples: [CommandExample("cases | distinct country", "each country once")]),
        QueryStageHelp(
            name: "count", usage: "… | count", summary: "how many rows there are",
            details: "Gives a one-row table with the column count. After group, counts each group.",
            examples: [CommandExample("cases | where phase is null | count", "cases with no lifecycle phase in the sources")]),
        QueryStageHelp(
            name: "group", usage: "… | group FIELD, … | aggregate NAME = FUNC(FIELD), …", summary: "one row per combination of fields, with aggregates",
            details: "group must be followed by aggregate (or count). Groups come in first-seen order; sort after aggregate to order them.",
            examples: [CommandExample("cases | group country | aggregate n = count(), mean_authority = avg(authority) | sort n desc", "cases per country")]),
        QueryStageHelp(
            name: "aggregate", usage: "… | aggregate NAME = FUNC(FIELD), …", summary: "count, sum, avg, min, max, median or list over rows",
            details: "After group, one row per group; alone, one row for the whole table. count() counts rows; every other function (and count(FIELD)) skips nulls; a group with only nulls gives null.",
            examples: [CommandExample("cases | aggregate n = count(), rated = count(authority), best = max(authority)", "over the whole table")]),
        QueryStageHelp(
            name: "join", usage: "… | [left] join OTHER on FIELD [== FIELD]", summary: "add the matching rows of another dataset",
            details: "Pairs each row with every row of OTHER whose field matches (nulls never match). \"left join\" keeps rows with no match, with nulls. Columns of OTHER whose names clash are named OTHER.FIELD.",
            examples: [CommandExample("cases | select name, study | join sources on study == id | select name, title", "each case with the title of its source"),
                       CommandExample("cases | select id, name | left join vehicle_roles on id", "rows without a match are kept, with nulls")]),
        QueryStageHelp(
            name: "with", usage: "… | with basis", summary: "add a FIELD_basis column: does the source state each value, or did PlaceLab infer it",
            details: "After each field of bundled data comes FIELD_basis: stated (the source says it), inferred (PlaceLab's reading; show CASE --sources gives why) or illustrative (a network built to show what a source describes in words); null where the value is unknown. A value the source hedges has the hedge in brackets: stated (some signs). The marks follow the rows through where, sort, limit, first, last and select of plain fields; computed fields, group, aggregate and join have none. \"export NAME to FILE with basis\" writes them too.",
            examples: [CommandExample("cases | select name, phase, country | with basis", "each value beside its mark"),
                       CommandExample("cases | with basis | where country_basis == \"inferred\" | select name, country", "the countries PlaceLab inferred")]),
    ]
}
