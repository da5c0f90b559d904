import PlaceLabCore

/// `source | stage | stage …`: a dataset or binding, then stages applied left to right.
public struct Pipeline: Sendable, Equatable {
    /// A dataset or binding name, or the verb of a command whose result is a table.
    public var source: String
    public var sourceSpan: Span
    /// The words after the verb when the source is a command (`network sna_locality relation advice`).
    public var sourceArguments: [Token]?
    public var stages: [Stage]
    public var span: Span
    /// The names the stages mention, when a stage keeps only some columns (select, count,
    /// aggregate); nil when every column may reach the output. A command source computes
    /// only these, so `network big | select node, degree` never pays for betweenness.
    public var namesUsed: Set<String>?
    /// `… | export to FILE`: the result is written to FILE instead of shown.
    public var exportTarget: ExportTarget?
    /// `… | plot KIND … to FILE.svg`: the result is drawn to FILE instead of shown.
    public var plotTarget: PlotTarget?

    public init(source: String, sourceSpan: Span, sourceArguments: [Token]? = nil, stages: [Stage], span: Span,
                namesUsed: Set<String>? = nil, exportTarget: ExportTarget? = nil, plotTarget: PlotTarget? = nil) {
        self.source = source
        self.sourceSpan = sourceSpan
        self.sourceArguments = sourceArguments
        self.stages = stages
        self.span = span
        self.namesUsed = namesUsed
        self.exportTarget = exportTarget
        self.plotTarget = plotTarget
    }
}

/// Where `… | export to FILE` writes a query's result.
public struct ExportTarget: Sendable, Equatable {
    public var path: String
    public var pathSpan: Span
    /// The whole `export to FILE`.
    public var span: Span
}

/// One stage of a pipeline.
public enum Stage: Sendable, Equatable {
    case filter(Expression, Span)
    case select([SelectItem], Span)
    case sort([SortKey], Span)
    case limit(Int, Span)
    case distinct([FieldReference], Span)
    case count(Span)
    case group([FieldReference], Span)
    case aggregate([AggregateItem], Span)
    case join(JoinClause, Span)
    case first(Int, Span)
    case last(Int, Span)
    /// `compare [on FIELD, …]`: only last; the query runner hands the rows' ids to `compare`.
    case compare([FieldReference], Span)
    /// `chart FIELD [by FIELD]`: only last; the query runner draws the result as bars.
    case chart(ChartRequest, Span)
    /// `with basis`: a `FIELD_basis` column (stated, inferred, illustrative) after each field
    /// whose values carry provenance.
    case withBasis(Span)

    public var span: Span {
        switch self {
        case .filter(_, let span), .select(_, let span), .sort(_, let span), .limit(_, let span),
             .distinct(_, let span), .count(let span), .group(_, let span), .aggregate(_, let span),
             .join(_, let span), .first(_, let span), .last(_, let span), .compare(_, let span),
             .chart(_, let span), .withBasis(let span):
            span
        }
    }

    /// Whether the stage shows its input rather than passing a result on (compare, chart):
    /// such a stage can only end a query, and a `let` cannot keep it.
    public var onlyShows: Bool {
        switch self {
        case .compare, .chart: true
        default: false
        }
    }

    /// The stage's keyword, for messages.
    public var keyword: String {
        switch self {
        case .filter: "where"
        case .select: "select"
        case .sort: "sort"
        case .limit: "limit"
        case .distinct: "distinct"
        case .count: "count"
        case .group: "group"
        case .aggregate: "aggregate"
        case .join: "join"
        case .first: "first"
        case .last: "last"
        case .compare: "compare"
        case .chart: "chart"
        case .withBasis: "with"
        }
    }
}

/// What `chart` draws: a numeric field as bars, each labelled by another field (or the default label).
public struct ChartRequest: Sendable, Equatable {
    public var value: FieldReference
    public var label: FieldReference?

    public init(value: FieldReference, label: FieldReference?) {
        self.value = value
        self.label = label
    }
}

public struct FieldReference: Sendable, Equatable {
    public var name: String
    public var span: Span

    package init(name: String, span: Span) {
        self.name = name
        self.span = span
    }
}

/// `expr [as NAME]` or `NAME = expr`.
public struct SelectItem: Sendable, Equatable {
    public var expression: Expression
    /// The column's name: given, or the field's own name, or the expression's text.
    public var name: String
}

public struct SortKey: Sendable, Equatable {
    public var expression: Expression
    public var descending: Bool
}

/// `NAME = FUNC(argument)`.
public struct AggregateItem: Sendable, Equatable {
    public var name: String
    public var function: String
    public var functionSpan: Span
    public var argument: Expression?
    public var span: Span
}

/// `join OTHER on LEFT [== RIGHT]`, inner or left.
public struct JoinClause: Sendable, Equatable {
    public var other: String
    public var otherSpan: Span
    public var leftField: FieldReference
    public var rightField: FieldReference
    public var keepUnmatched: Bool
}

/// A statement of the query language.
public enum QueryStatement: Sendable, Equatable {
    case pipeline(Pipeline)
    case binding(name: String, nameSpan: Span, Pipeline)
    case drop(name: String, nameSpan: Span)
}
