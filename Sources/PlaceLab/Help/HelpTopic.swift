import PlaceLabCore
import PlaceLabLanguage
import PlaceLabRender

/// A subject of `help TOPIC` that is not a command: keys, scripts, output modes.
public struct HelpTopic: Sendable {
    public let name: String
    public let summary: String
    public let text: String

    public static let all: [HelpTopic] = [query, expressions, nulls, keys, scripts, modes, color]
        + [letNames, dropNames]

    public static func lookup(_ name: String) -> HelpTopic? {
        all.first { $0.name == name.lowercased() }
    }

    static let query = HelpTopic(name: "query", summary: "the query language: a dataset, then stages joined by |", text: """
        A query names a dataset (see "datasets") or a let name, then stages joined by "|",
        applied left to right:
          cases | where country == "United Kingdom" and phase >= mobilisation
                | sort authority desc | select name, phase, authority
          cases | group country | aggregate n = count(), mean = avg(authority) | sort n desc
          let uk = cases | where country == "United Kingdom"
          uk | count
          drop uk
          cases | where phase is not null | export to phases.csv    (writes the result to a file)
          cases | where scope == "UK" | plot lifecycle to uk.svg          (draws it: help plot)
        Stages (help STAGE for each): \(QueryStageHelp.all.map(\.name).joined(separator: ", ")).
        A line that ends with "|" goes on to the next. Keywords are case-insensitive; a field
        with spaces is written `like this`. See also help expressions and help nulls.
        """)

    static let expressions = HelpTopic(name: "expressions", summary: "values, operators and functions in where, select and sort", text: """
        Values:      12  3.5  "text with \\"escapes\\""  true  false  null  [1, 2, 3]
        Fields:      name   `a field with spaces`   sources.title (after a join)
        Phases:      latent, design_discovery, mobilisation, mainstreaming, embedding compare
                     in lifecycle order (phase >= mobilisation), and as numbers 0–4 (phase >= 2)
        Compare:     ==  !=  <  <=  >  >=      (text by its bytes, numbers by value: a whole
                     number beside a decimal exactly, so 9007199254740993 > 9007199254740992.0)
        Combine:     and  or  not  ( … )
        Test:        x in [a, b]   x not in [a, b]   text contains "part"   list contains value
                     text starts with "S"   text ~ "regular expression"   x is null   x is not null
                     x is nan   x is not nan
        Arithmetic:  +  -  *  /   (whole numbers stay whole except in /; x / 0 is null;
                     + also joins two texts)
        Limits:      a whole number past ±9223372036854775807 becomes a number (a double),
                     so abs, -, + and * never wrap round; round(x, d) leaves a number with no
                     digits to round as it is; text ~ "regex" gives up with an error after
                     \(Value.format(RegexMatch.secondsPerValue)) second on one value (a pattern like (a+)+ can take for ever)
        Functions:   \(ScalarFunction.allCases.map(\.usage).joined(separator: ", "))
        Casts:       number("3.5") is 3.5, integer("030001") is 30001, integer(2.5) is 3,
                     text(42) is "42", date("2024-03-05T14:30:00+01:00") is 2024-03-05T13:30:00+00:00;
                     a value that does not convert gives null, never an error: coalesce(number(x), 0)
        Dates:       ISO dates and timestamps; a date compares with written text in time order
                     (day >= "2024-03-01"), sorts by time and shows as ISO text in every mode
        Text:        "double quotes", or 'single quotes' as in SQL ('it''s' holds a quote)
        Comparing values of different types (text with a number) is an error that names both.
        """)

    static let nulls = HelpTopic(name: "nulls", summary: "how unknown values (null) behave", text: """
        A null is an unknown value: the sources do not say. Tables show it as null, CSV as an
        empty field, JSON as null. The same rules hold everywhere:
          - a comparison with null is false:  x == null, x != null and x > 1 are all false
            when x is null (use "x is null" / "x is not null" to test for it);
          - "not" of a false comparison is true, and "and"/"or"/"where" treat null as false;
          - arithmetic with null gives null; functions give null for a null argument,
            except coalesce(a, b, …), which gives the first value that is not null;
          - x in [...] and contains are false when either side is null;
          - sort puts nulls last, ascending or descending;
          - aggregates skip nulls: count() counts rows, count(x) the rows where x is known;
            sum, avg, min, max, median and list of only nulls give null (list: []);
          - join never matches a null key; "left join" fills unmatched rows with null;
          - group and distinct treat null as a value of its own.
        NaN (not a number, from a file read with null none or number("NaN")) is not null:
          - sort puts NaN after every number (-inf < numbers < inf < NaN), nulls still last,
            as PostgreSQL and DuckDB order it; descending puts NaN first;
          - NaN compared with a number is false for == < <= > >= and true for !=, so
            where b > 100 never keeps a NaN; NaN == NaN is true, as in PostgreSQL;
          - group and distinct make every NaN one value; x is nan tests for it;
          - arithmetic with NaN gives NaN, and so do sum and avg over it; max is NaN when any
            value is (it is the greatest), as in PostgreSQL;
          - JSON writes it as the string "NaN" (and ±inf as "inf", "-inf"), never as null.
        When loading, NA, N/A, n/a, #N/A, null, NULL and NaN in a number column are null (help load).
        """)

    static let keys = HelpTopic(name: "keys", summary: "line editing, history and completion keys", text: """
        Typing at the prompt (emacs keys; ~/.editrc is honoured):
          Tab            complete the command, file, mode or topic under the cursor
          Up / Down      step through history (kept across sessions)
          Ctrl-R         search history backwards
          Ctrl-A / E     start / end of line
          Ctrl-W         delete the word before the cursor
          Ctrl-L         clear the screen
          Ctrl-C         discard the line (or the unfinished statement), or cancel a running command
          Ctrl-D         leave, on an empty line
        A statement continues on the next line while a bracket or string is open or the line
        ends with "|"; the prompt then shows what is open, as  (...>   "...>   |...>
        """)

    static let scripts = HelpTopic(name: "scripts", summary: "running saved statements, exit codes, comments", text: """
        A script is a text file of statements, one per line (or several joined with ";").
        "#" starts a comment. Run one with:
          placelab -f lesson.plq         (or: placelab lesson.plq)
          placelab -c 'mode csv; help'   (-c may be repeated)
          placelab < lesson.plq          (statements on standard input)
          run lesson.plq                 (inside the shell)
        A script is checked whole before it runs (its syntax, and the datasets, fields and
        cases it names that can be known), so a mistake anywhere runs nothing. It stops
        at its first error, printed as FILE:LINE:COL: error: … with the line and a caret
        (<stdin> for standard input, <command> for -c). --keep-going runs on and reports
        every error. Exit status: 0 when all succeeded, 1 after an error, 2 for a usage error
        or a script that cannot be read. --echo prints each statement before its output.
        At start an interactive session runs $XDG_CONFIG_HOME/placelab/init.plq
        (default ~/.config/placelab/init.plq) unless --no-init is given.
        """)

    static let modes = HelpTopic(name: "modes", summary: "output modes and where results go", text: """
        "mode NAME" or --mode NAME chooses how results print:
        \(OutputMode.allCases.map { "  \($0.rawValue.padded(to: 10))\($0.summary)" }.joined(separator: "\n"))
        On a terminal, tables fit the window (long cells end in …) and long results show
        their first rows, then "… N more rows" ("last" shows all). Pipes and files always
        get every row in full, and never colour. "output FILE" sends results to a file until
        "output" alone; "once FILE" sends just the next result.
        """)

    static let color = HelpTopic(name: "color", summary: "when PlaceLab uses colour", text: """
        Colour is used only when results reach a terminal, NO_COLOR is unset or empty and
        TERM is not "dumb". FORCE_COLOR (any non-empty value) or --color always forces it;
        --color never turns it off. Pipes and files never get escape codes, help included.
        """)
}
