import Foundation
import PropertyBased
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

private let fuzzScale = max(1, Int(ProcessInfo.processInfo.environment["PLACELAB_FUZZ_SCALE"] ?? "") ?? 1)

/// No input crashes or hangs PlaceLab: random token soup, random bytes and Unicode, and
/// well-formed random pipelines go through `Session.run` (lexer → splitter → statement
/// parser → query parser → evaluation) against the real bundled datasets, and random lines
/// through `Completer.complete` at every cursor.
///
/// A crash kills the test process before PropertyBased can print its seed; to find the input,
/// run with `PLACELAB_FUZZ_TRACE=1`: every input is written to standard error before it runs.
/// `PLACELAB_FUZZ_SCALE=N` runs N times as many random cases (with N minutes allowed).
// A hang is caught per input, by processor time (`slowCase`); this wall-clock limit is only a
// backstop for a wait that uses none, wide enough for a machine busy with other builds.
@Suite(.timeLimit(.minutes(5 * fuzzScale)))
struct NeverCrashesTests {
    // MARK: - Budget: 4,700 random cases and ~150 fixed ones, about 13 s of CPU in a debug build

    static let scale = fuzzScale
    static let tokenSoupCases = 1_500 * scale
    static let mutationCases = 1_000 * scale
    static let byteCases = 400 * scale
    static let unicodeCases = 600 * scale
    static let pipelineCases = 1_200 * scale

    /// A single input using more processor time than this on its thread counts as a hang.
    /// Processor time, not time on the clock: a loaded machine slows the clock's count of
    /// every input, never this one.
    static let slowCase = Duration.seconds(3)

    // MARK: - The session

    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let entries: [Catalog.Entry] = DatasetFolder.load(root.appendingPathComponent("datasets").path).entries

    /// Commands that touch the machine (files, the terminal, the process): parsed, never run.
    static let unsafeCommands: Set<String> = ["output", "once", "run", "load", "quit", "clear", "history"]

    /// A fresh session on the bundled data, printing CSV into a buffer.
    static func session(keepGoing: Bool = false) -> (Session, BufferConsole) {
        let console = BufferConsole()
        let session = Session(settings: SessionSettings(mode: .csv), console: console)
        session.catalog = Catalog(entries)
        session.keepGoing = keepGoing
        return (session, console)
    }

    static func trace(_ label: String, _ text: String) {
        guard ProcessInfo.processInfo.environment["PLACELAB_FUZZ_TRACE"] != nil else { return }
        FileHandle.standardError.write(Data("[\(label)] \(text.debugDescription)\n".utf8))
    }

    /// Whether any statement would run a command that touches the machine.
    static func runsUnsafeCommand(_ parsed: StatementParser.Outcome) -> Bool {
        guard case .statements(let statements) = parsed else { return false }
        return statements.contains { statement in
            if case .command(let invocation) = statement { return unsafeCommands.contains(invocation.command.name) }
            return false
        }
    }

    /// How far an input got.
    enum Reach {
        /// It would run a command that touches the machine: parsed only.
        case parsedOnly
        case rejectedByParser
        case failedWhileRunning
        case succeeded
    }

    /// Runs `text` as one entry; checks what any run must satisfy.
    @discardableResult
    static func runChecked(_ text: String, keepGoing: Bool, label: String) -> Reach {
        trace(label, text)
        let (session, console) = session(keepGoing: keepGoing)
        let source = SourceText(name: "<fuzz>", text: text, showsLocation: keepGoing)
        let started = ThreadCPUTime.now
        defer {
            let used = ThreadCPUTime.now - started
            #expect(used < slowCase, "hang: \(used) of processor time for input \(text.debugDescription)")
        }
        // The REPL's path: may ask for more input, never crash.
        _ = session.parse(source, allowIncomplete: true)
        let parsed = session.parse(source)
        if runsUnsafeCommand(parsed) { return .parsedOnly }
        let outcome = session.run(source)
        if !outcome.succeeded {
            #expect(console.reports.contains("error:"), "a failure without \"error:\" for input \(text.debugDescription): \(console.reports.debugDescription)")
        }
        if !text.unicodeScalars.contains(where: { $0 == "\u{1B}" || $0 == "\u{9B}" }) {
            #expect(!console.combined.unicodeScalars.contains("\u{1B}"), "an escape code in the output for input \(text.debugDescription)")
        }
        if case .failed = parsed { return .rejectedByParser }
        return outcome.succeeded ? .succeeded : .failedWhileRunning
    }

    /// Completes `line` at every cursor position.
    static func completeEverywhere(_ line: String, _ context: CompletionContext) {
        let count = line.count
        for cursor in 0...count {
            let completion = Completer.complete(line: line, cursor: cursor, context: context)
            #expect((0...cursor).contains(completion.wordStart), "wordStart \(completion.wordStart) outside 0...\(cursor) for \(line.debugDescription)")
        }
    }

    static func completionContext() -> CompletionContext {
        var context = session().0.completionContext()
        context.homeFolder = "/home/student"
        context.listFolder = { _ in [("lesson.plq", false), ("lessons", true), (".hidden", false), ("é 👍.csv", false)] }
        return context
    }

    // MARK: - 1. Random token sequences from the language's own pieces

    static let stageWords = ["where", "select", "sort", "limit", "distinct", "count", "group", "aggregate", "join",
                             "left", "first", "last"]
    static let operators = ["==", "!=", "<>", "<", "<=", ">", ">=", "=", "+", "-", "*", "/", "~", "|", ",", "(", ")",
                            "[", "]", ";", ".", "`", "!", ":", "{", "}", "\\"]
    static let keywords = ["and", "or", "not", "in", "contains", "starts", "with", "is", "null", "true", "false", "as",
                           "asc", "desc", "on", "let", "drop", "AND", "Not", "NULL"]
    static let datasetNames = ["cases", "realms", "zones", "lifecycle", "triangle", "layers", "vehicle_roles",
                               "actions", "factors", "clusters", "coproduction", "sources", "glossary", "findings",
                               "layer_links", "distributed_innovation", "sna_locality", "gouda", "pittsburgh",
                               "pittsburgh.edges", "Cases", "`cases`", "nowhere", "x", "y"]
    static let fieldNames = ["id", "name", "aliases", "kind", "study", "country", "scope", "programmes", "areas",
                             "partners", "research_partners", "numbers", "phase", "stage_described", "realms", "layers",
                             "network", "summary", "authority", "capacity", "value", "number", "order", "year",
                             "may_reverse", "risks", "cases.name", "realms.name", "`name`", "`odd name`", "Name",
                             "nope"]
    static let functions = ["lower(", "upper(", "len(", "round(", "coalesce(", "abs(", "trim(", "sum(", "avg(",
                            "min(", "max(", "median(", "list(", "count(", "count(*)", "nosuch("]
    static let phaseNames = ["latent", "design_discovery", "mobilisation", "mainstreaming", "embedding",
                             "\"latent\"", "\"mobilisation\"", "\"embedding\"", "\"Design & Discovery\""]
    static let numbers = ["0", "1", "-1", "3", "2.5", "-0", "0.0", ".5", "1_000", "1e3", "1e308", "1e309", "-1e309",
                          "1e-400", "9223372036854775807", "-9223372036854775807", "9223372036854775808",
                          "-9223372036854775808", "99999999999999999999999999", "3rd", "5e", "1.", "00", "4294967296"]
    static let strings = [#""""#, #""Bristol""#, #""UK""#, #""a\"b""#, #""\\""#, #""line\nbreak""#, #""tab\t""#,
                          #""nul\0""#, #""\u{1F600}""#, #""\u{D800}""#, #""\u{110000}""#, #""\u{}""#, #""\u{zz}""#,
                          #""\q""#, #""unterminated"#, #""\"#, #"""#, #""é👍""#, #""^B""#, #""[""#, #""(x+)+y""#,
                          #""(?i)bristol""#, "\"multi\nline\""]
    /// Safe commands and their words; the unsafe ones appear too, but such statements are only parsed.
    static let commands = ["help", "mode", "echo", "timer", "last", "datasets", "describe", "unload", ".mode",
                           ".help", "\\?", "\\h", "HELP", "csv", "json", "box", "table", "markdown", "tsv", "line",
                           "on", "off", "xml", "output", "once", "run", "read", "load", "quit", "exit", "\\q", "clear",
                           "history", "lesson.plq", "/tmp/nowhere.csv"]
    static let separators = [" ", " ", " ", "", "\n", "  ", "\t", " ; ", "\r\n", " | "]

    static let vocabulary: [String] = stageWords + operators + keywords + datasetNames + fieldNames + functions
        + phaseNames + numbers + strings + commands + ["\n", "#", "# comment\n", "x =", "let x =", "cases |"]

    @Test func randomTokenSequencesNeverCrash() async {
        let vocabulary = Self.vocabulary
        let separators = Self.separators
        let pieces = zip(Gen.int(in: 0...(vocabulary.count - 1)), Gen.int(in: 0...(separators.count - 1)))
            .array(of: 1...24)
            .map { pairs in pairs.map { vocabulary[$0.0] + separators[$0.1] }.joined() }
        let context = Self.completionContext()
        var reached: [Reach: Int] = [:]
        await propertyCheck(count: Self.tokenSoupCases, input: pieces, Gen.bool) { text, keepGoing in
            reached[Self.runChecked(text, keepGoing: keepGoing, label: "tokens"), default: 0] += 1
            Self.completeEverywhere(text, context)
        }
        // The filter for unsafe commands must leave most inputs to run, and some must get past the parser.
        #expect(reached[.parsedOnly, default: 0] < Self.tokenSoupCases / 2, "\(reached)")
        #expect(reached[.failedWhileRunning, default: 0] + reached[.succeeded, default: 0] > 0, "\(reached)")
    }

    /// Well-formed pipelines (as in 3) with a few words inserted, replaced or deleted: input
    /// that gets past the parser far more often than token soup, so evaluation sees it too.
    @Test func mutatedPipelinesNeverCrash() async {
        let vocabulary = Self.vocabulary
        let mutated = zip(
            Gen.int(in: 0...9_999).array(of: 0...80),
            zip(Gen.int(in: 0...2), Gen.int(in: 0...999), Gen.int(in: 0...(vocabulary.count - 1))).array(of: 0...2)
        ).map { stream, edits in
            var choices = Choices(values: stream)
            var words = Self.pipeline(&choices).split(separator: " ", omittingEmptySubsequences: false).map(String.init)
            for (operation, position, word) in edits {
                let at = position % (words.count + 1)
                switch operation {
                case 0: words.insert(vocabulary[word], at: at)
                case 1 where at < words.count: words[at] = vocabulary[word]
                default: if at < words.count { words.remove(at: at) }
                }
            }
            return words.joined(separator: " ")
        }
        var reached: [Reach: Int] = [:]
        await propertyCheck(count: Self.mutationCases, input: mutated, Gen.bool) { text, keepGoing in
            reached[Self.runChecked(text, keepGoing: keepGoing, label: "mutated"), default: 0] += 1
        }
        #expect(reached[.failedWhileRunning, default: 0] + reached[.succeeded, default: 0] > Self.mutationCases / 10, "\(reached)")
    }

    /// Hand-picked edges: empty and lone punctuation, numeric extremes, NaN and infinity through
    /// every stage, big joins, odd regexes, names that shadow commands, moderate nesting.
    static let nastyInputs: [String] = [
        "", " ", "\n", ";", ";;;", "|", "| |", "cases |", "cases | ", "cases |\n", "(", ")", "]", "\"", "`", "`\n`",
        "\\", ".", "\\?", ". mode", "\\ q", "#", "# only a comment", "\u{FEFF}cases", "cases\r\n| count",
        "cases | limit 9223372036854775807 | first 9223372036854775807 | last 9223372036854775807 | count",
        "cases | limit 99999999999999999999", "cases | first 0 | last 0 | count", "cases | distinct | distinct",
        "cases | select x = 9223372036854775807 + 1, y = -9223372036854775807 - 2, z = 9223372036854775807 * 9223372036854775807",
        "cases | select w = abs(-9223372036854775807 - 1), v = -(-9223372036854775807 - 1), u = 9223372036854775807 / 0",
        "cases | select a = round(1e309), b = round(-1e309), c = round(1e309 - 1e309), d = round(2.5, 15), e = round(1e308, 15)",
        "cases | select f = round(-9223372036854775807 - 1), g = round(1, 9223372036854775807), h = round(1, -1)",
        "cases | select n = 1e309 - 1e309 | aggregate s = sum(n), m = median(n), a = avg(n), lo = min(n), hi = max(n), l = list(n)",
        "cases | select n = 1e309 - 1e309 | group n | aggregate c = count()",
        "cases | select n = 1e309 - 1e309 | sort n desc | distinct n",
        "cases | select n = 9223372036854775807 | aggregate s = sum(n), a = avg(n), m = median(n)",
        "cases | where authority / 0 > 1 or capacity * 1e308 * 1e308 > 0 | count",
        "cases | join cases on country | join cases on country | join cases on country | count",
        "cases | left join cases on kind | left join cases on kind | count",
        "cases | join sna_locality on id | count", "cases | join pittsburgh.edges on id", "cases | join cases on id == id",
        "cases | where summary ~ \"(.*a){8}\" | count", "cases | where name ~ summary | count", "cases | where name ~ \"\"",
        "cases | where name ~ \"[\"", "cases | where name ~ \"\\\\\"", "cases | where name ~ null",
        "cases | where phase > \"latent\" and phase <= \"embedding\" | sort phase desc",
        "cases | where phase == 2", "cases | where phase in [\"latent\", null, 1] | count",
        "cases | group realms | aggregate n = count(), l = list(realms)", "cases | group phase | count",
        "cases | aggregate n = count(*), s = sum(authority), x = max(name), l = list(numbers)",
        "cases | select numbers, realms | sort numbers, realms | distinct numbers",
        "cases | where numbers contains 1 or realms contains \"x\" or name starts with \"\" | count",
        "let cases = cases", "let let = cases", "let help = cases", "let x = cases; let x = x | count; x",
        "drop cases", "drop nothing", "let x = cases; drop x; x", "let x = cases | count; x | join x on count",
        "let Cases = cases | first; cases | count", "unload cases; cases", "unload cases; let x = cases",
        "datasets", "describe cases", "describe nowhere", "describe sna_locality", "describe pittsburgh.edges",
        "help", "help help", "help where", "help \\?", "help nothing", "\\?", "\\h mode", ".help .mode",
        "mode", "mode csv extra", "mode JSON; cases | first", "mode line; cases | first 2", "mode box; cases | first 2",
        "mode markdown; cases | select summary | first 3", "mode tsv; cases | first", "mode table; cases | first",
        "timer on; cases | count; timer off", "echo", "echo \"\\0\" \"\\u{1F600}\" \"\\u{10FFFF}\" a\tb",
        "last", "cases | first; last", "cases | first 2; last; last",
        "\"\\u{D800}\"", "\"\\u{110000}\"", "\"\\u{FFFFFFFF}\"", "\"\\u{123456789}\"", "\"\\u{+1F}\"", "\"\\é\"",
        String(repeating: "cases | count; ", count: 50),
        "cases | where " + String(repeating: "(", count: 100) + "true" + String(repeating: ")", count: 100) + " | count",
        "cases | where " + String(repeating: "not ", count: 100) + "true | count",
        "cases | select x = " + String(repeating: "1 + ", count: 100) + "1 | first",
        "cases | where 1 in " + String(repeating: "[", count: 100) + "1" + String(repeating: "]", count: 100),
        String(repeating: "a", count: 10_000), String(repeating: "\"", count: 10_001), String(repeating: "(", count: 10_000),
        String(repeating: "é", count: 2_000) + " | count", "cases | " + String(repeating: "first | ", count: 500) + "count",
    ]

    @Test func nastyInputsNeverCrash() {
        let context = Self.completionContext()
        for text in Self.nastyInputs {
            for keepGoing in [false, true] {
                Self.runChecked(text, keepGoing: keepGoing, label: "nasty")
            }
            if text.count <= 2_000 { Self.completeEverywhere(text, context) }
        }
    }

    /// Nesting and long chains once overflowed the stack (the parser, the binder and the
    /// evaluator recurse once per level); the parser now stops them at its limits, so each must
    /// run or fail with a diagnostic such as "nested too deeply".
    static let deepInputs: [String] = [
        "cases | where " + String(repeating: "(", count: 5_000) + "true" + String(repeating: ")", count: 5_000) + " | count",
        "cases | where 1 in " + String(repeating: "[", count: 5_000) + "1" + String(repeating: "]", count: 5_000) + " | count",
        "cases | where " + String(repeating: "false or ", count: 5_000) + "true | count",
        "cases | where " + String(repeating: "not ", count: 5_000) + "true | count",
        "cases | select x = " + String(repeating: "1 + ", count: 5_000) + "1 | first",
        "cases | select x = " + String(repeating: "-", count: 5_000) + "authority | first",
        "cases | select x = " + String(repeating: "-", count: 100_000) + "1 | first",
    ]

    /// Deep nesting and long chains stop at the parser's limits with an error, not a crash.
    @Test(arguments: NeverCrashesTests.deepInputs)
    func deepNestingNeverCrashes(_ text: String) {
        Self.runChecked(text, keepGoing: false, label: "deep")
    }

    // MARK: - 2. Random bytes and Unicode

    /// Bytes biased toward the language's syntax and toward broken UTF-8.
    static let syntaxBytes = Array("cases|where\"\\`\n\r\t;.()[]#=<>!~ 0u{}".utf8) + [0, 0x1B, 0x7F, 0x80, 0xBF, 0xC0,
                                                                                      0xC3, 0xE2, 0xF0, 0xF8, 0xFE, 0xFF]

    @Test func randomBytesNeverCrash() async {
        let syntaxBytes = Self.syntaxBytes
        let bytes = zip(Gen.bool, Gen.uint8(), Gen.int(in: 0...(syntaxBytes.count - 1)))
            .array(of: 0...48)
            .map { picks in String(decoding: picks.map { $0.0 ? $0.1 : syntaxBytes[$0.2] }, as: UTF8.self) }
        let context = Self.completionContext()
        await propertyCheck(count: Self.byteCases, input: bytes, Gen.bool) { text, keepGoing in
            Self.runChecked(text, keepGoing: keepGoing, label: "bytes")
            Self.completeEverywhere(text, context)
        }
    }

    static let unicodePieces = [
        "\0", "\u{1}", "\u{7}", "\u{8}", "\t", "\n", "\r", "\r\n", "\u{B}", "\u{C}", "\u{1B}", "\u{1B}[31m", "\u{7F}",
        "\u{85}", "\u{9B}", "\u{A0}", "\u{AD}", "\u{200B}", "\u{200D}", "\u{200E}", "\u{202E}", "\u{2028}", "\u{FEFF}",
        "\u{FFFD}", "\u{FFFF}", "\u{10FFFF}", "\u{E000}", "é", "e\u{301}", "\u{301}", "\u{301}\u{301}\u{301}", "\u{20DD}",
        "👍", "👍🏽", "👨‍👩‍👧‍👦", "🇬🇧", "🏴󠁧󠁢󠁳󠁣󠁴󠁿", "字", "한", "ｗ", "ß", "İ", "ﬃ", "Ω", "ا", "א", "a", "Z", "_", "0",
        "9", "cases", "|", "\"", "`", "\\", "\\u{", "\\u{1F600}", "#", ";", ".", "(", ")", "[", "]", "=", "==", "!",
        "<", ">", "~", ",", "where", "let", " ", "  ", "help", "mode", "echo", "\\?", ".mode", "describe", "select",
    ]

    @Test func randomUnicodeNeverCrashes() async {
        let pool = Self.unicodePieces
        let unicode = zip(Gen.int(in: 0...(pool.count * 3 / 2)), Gen.uint32(in: 0...0x10FFFF))
            .array(of: 0...32)
            .map { picks in
                picks.map { index, code in
                    if index < pool.count { return pool[index] }
                    return String(Unicode.Scalar(code).map(Character.init) ?? "\u{FFFD}")
                }.joined()
            }
        let context = Self.completionContext()
        await propertyCheck(count: Self.unicodeCases, input: unicode, Gen.bool) { text, keepGoing in
            Self.runChecked(text, keepGoing: keepGoing, label: "unicode")
            Self.completeEverywhere(text, context)
        }
    }

    // MARK: - 3. Well-formed random pipelines on cases

    /// Reads a stream of random numbers as choices; past its end every choice is the first,
    /// so shrinking the stream shrinks the pipeline.
    struct Choices {
        let values: [Int]
        var index = 0

        mutating func next(_ count: Int) -> Int {
            guard index < values.count else { return 0 }
            defer { index += 1 }
            return values[index] % count
        }

        mutating func pick(_ items: [String]) -> String { items[next(items.count)] }

        /// Mostly one of `common`, one time in `odds` one of `rare`.
        mutating func pick(_ common: [String], rarely rare: [String], odds: Int = 8) -> String {
            next(odds) == odds - 1 ? pick(rare) : pick(common)
        }

        mutating func list(_ most: Int, separator: String = ", ", _ item: (inout Choices) -> String) -> String {
            (0...next(most)).map { _ in item(&self) }.joined(separator: separator)
        }
    }

    static let caseFields = ["name", "id", "country", "phase", "authority", "capacity", "value", "realms", "layers",
                             "kind", "study", "scope", "programmes", "areas", "partners", "numbers", "summary",
                             "aliases", "stage_described", "network"]
    static let oddFields = ["`name`", "Country", "nope", "cases.name", "realms.name", "n", "x"]
    static let literals = ["0", "1", "-1", "2.5", "3", "1e308", "-1e308", "9223372036854775807",
                           "-9223372036854775807", "9223372036854775808", "1e309", "(1e309 - 1e309)", "(0 / 0)", "-0.0", #""""#, #""Bristol""#, #""UK""#, #""a\"b""#,
                           #""latent""#, #""mobilisation""#, #""embedding""#, #""é👍""#, "true", "false", "null"]
    static let patterns = [#""^B""#, #""[""#, #""(""#, #""(?i)bristol""#, #"".*""#, #""""#, #""\\\\d+""#, #""x{2,1}""#,
                           #""(a|b)*c""#]
    static let comparisons = ["==", "!=", "<", "<=", ">", ">=", "<>"]
    static let arithmetic = ["+", "-", "*", "/"]
    static let scalarFunctions = ["lower", "upper", "len", "round", "coalesce", "abs", "trim"]

    /// A value: what may stand on either side of a comparison.
    static func value(_ c: inout Choices, depth: Int = 0) -> String {
        switch c.next(depth >= 3 ? 2 : 7) {
        case 0: return c.pick(caseFields, rarely: oddFields, odds: 20)
        case 1: return c.pick(literals)
        case 2: return "\(value(&c, depth: depth + 1)) \(c.pick(arithmetic)) \(value(&c, depth: depth + 1))"
        case 3:
            let name = c.pick(scalarFunctions, rarely: ["nosuch", "LOWER", "count"])
            let most = name == "coalesce" ? 3 : name == "round" ? 2 : 1
            let arguments = c.next(10) == 0 ? "" : c.list(c.next(10) == 0 ? 4 : most) { value(&$0, depth: depth + 1) }
            return "\(name)(\(arguments))"
        case 4: return "-\(value(&c, depth: depth + 1))"
        case 5: return "(\(expression(&c, depth: depth + 1)))"
        default:
            let items = c.next(3) == 0 ? "" : c.list(4) { value(&$0, depth: depth + 1) }
            return "[\(items)]"
        }
    }

    /// A condition, or (now and then, unless `condition`) a plain value.
    static func expression(_ c: inout Choices, depth: Int = 0, condition: Bool = false) -> String {
        switch c.next(depth >= 3 ? 2 : 11) {
        case 0 where condition: return c.pick(["true", "false", "authority > 2", "name contains \"a\""])
        case 0: return value(&c, depth: depth)
        case 1: return "\(value(&c, depth: depth + 1)) \(c.pick(comparisons)) \(value(&c, depth: depth + 1))"
        case 2: return "\(expression(&c, depth: depth + 1, condition: condition)) \(c.pick(["and", "or"])) \(expression(&c, depth: depth + 1, condition: condition))"
        case 3: return "not \(expression(&c, depth: depth + 1, condition: condition))"
        case 4:
            let items = c.next(3) == 0 ? "" : c.list(4) { value(&$0, depth: depth + 1) }
            return "\(value(&c, depth: depth + 1)) \(c.pick(["in", "not in"])) [\(items)]"
        case 5: return "\(value(&c, depth: depth + 1)) \(c.pick(["in", "not in"])) \(c.pick(caseFields, rarely: oddFields, odds: 20))"
        case 6: return "\(value(&c, depth: depth + 1)) \(c.pick(["contains", "starts with"])) \(value(&c, depth: depth + 1))"
        case 7: return "\(value(&c, depth: depth + 1)) \(c.pick(["is null", "is not null"]))"
        case 8: return "\(c.pick(caseFields, rarely: oddFields, odds: 20)) ~ \(c.next(3) == 0 ? value(&c, depth: depth + 1) : c.pick(patterns))"
        case 9: return "phase \(c.pick(comparisons)) \(c.pick(phaseLiterals))"
        default: return c.pick(["true", "false", "null"])
        }
    }

    static let phaseLiterals = [#""latent""#, #""design_discovery""#, #""mobilisation""#, #""mainstreaming""#,
                                #""embedding""#, #""Mobilisation""#, #""nowhere""#, "2", "null"]

    static let joinTargets = ["realms", "layers", "lifecycle", "sources", "zones", "cases", "sna_locality"]
    static let joinFields = ["realms", "phase", "study", "id", "country", "layers", "name"]
    static let counts = ["0", "1", "3", "100", "9223372036854775807"]
    static let oddCounts = ["-1", "2.5", "1e3", "9223372036854775808", "x"]
    static let aggregateFunctions = ["count", "sum", "avg", "min", "max", "median", "list"]

    static func aggregateItem(_ c: inout Choices) -> String {
        let function = c.pick(aggregateFunctions, rarely: ["nosuch", "COUNT", "lower"])
        let argument = c.next(6) == 0 ? (c.next(2) == 0 ? "" : "*") : c.next(2) == 0 ? c.pick(caseFields) : value(&c, depth: 1)
        return "\(c.pick(["n", "total", "name", "x"])) = \(function)(\(argument))"
    }

    static func stage(_ c: inout Choices) -> String {
        switch c.next(12) {
        case 0: return "where \(expression(&c, condition: c.next(10) != 9))"
        case 1:
            return "select " + c.list(3) { c in
                switch c.next(4) {
                case 0: return c.pick(caseFields, rarely: oddFields, odds: 20)
                case 1: return "\(c.pick(["x", "y", "name", "`a b`"])) = \(expression(&c))"
                case 2: return "\(expression(&c)) as \(c.pick(["x", "y", "id"]))"
                default: return expression(&c)
                }
            }
        case 2: return "sort " + c.list(2) { "\(expression(&$0)) \($0.pick(["", "asc", "desc"]))" }
        case 3: return "limit \(c.pick(counts, rarely: oddCounts))"
        case 4: return "distinct " + (c.next(3) == 0 ? "" : c.list(2) { $0.pick(caseFields, rarely: oddFields, odds: 20) })
        case 5: return "count"
        case 6:
            let group = "group \(c.list(2) { $0.pick(caseFields, rarely: oddFields, odds: 20) })"
            switch c.next(8) {
            case 0: return group  // the next stage, if any, must be aggregate or count
            case 1: return group + " | count"
            default: return group + " | aggregate \(c.list(2) { aggregateItem(&$0) })"
            }
        case 7: return "where \(expression(&c, condition: true))"
        case 8: return "aggregate \(c.list(2) { aggregateItem(&$0) })"
        case 9:
            let right = c.next(2) == 0 ? "" : " == \(c.pick(joinFields))"
            return "\(c.pick(["join", "left join"])) \(c.pick(joinTargets, rarely: ["nowhere", "x", "pittsburgh.edges"])) on \(c.pick(joinFields, rarely: ["nope"]))\(right)"
        case 10: return "first" + (c.next(2) == 0 ? "" : " \(c.pick(counts, rarely: oddCounts))")
        default: return "last" + (c.next(2) == 0 ? "" : " \(c.pick(counts, rarely: oddCounts))")
        }
    }

    static func pipeline(_ c: inout Choices) -> String {
        let source = c.pick(["cases", "let x = cases"], rarely: ["Cases", "`cases`", "CASES"], odds: 5)
        let stages = (0...c.next(4)).map { _ in stage(&c) }
        let text = ([source] + stages).joined(separator: c.next(5) == 0 ? " |\n  " : " | ")
        return source.hasPrefix("let") ? text + "\nx | " + stage(&c) : text
    }

    @Test func wellFormedPipelinesSucceedOrPointInsideTheStatement() async {
        let streams = Gen.int(in: 0...9_999).array(of: 0...120).map { values in
            var choices = Choices(values: values)
            return Self.pipeline(&choices)
        }
        var succeeded = 0
        var failed = 0
        await propertyCheck(count: Self.pipelineCases, input: streams) { text in
            Self.trace("pipeline", text)
            let (session, console) = Self.session()
            let source = SourceText(name: "<fuzz>", text: text)
            let length = source.bytes.count
            let started = ThreadCPUTime.now
            defer {
                let used = ThreadCPUTime.now - started
                #expect(used < Self.slowCase, "hang: \(used) of processor time for pipeline \(text.debugDescription)")
            }
            func check(_ diagnostic: Diagnostic, within bounds: Span) {
                _ = DiagnosticFormatter(style: .plain).format(diagnostic.located(in: source))
                guard let span = diagnostic.span else {
                    Issue.record("no span on \"\(diagnostic.message)\" for \(text.debugDescription)")
                    return
                }
                #expect(bounds.start <= span.start && span.end <= bounds.end && span.end <= length,
                        "span \(span.start)..<\(span.end) of \"\(diagnostic.message)\" outside \(bounds.start)..<\(bounds.end) in \(text.debugDescription)")
            }
            switch session.parse(source) {
            case .incomplete:
                Issue.record("incomplete without allowIncomplete: \(text.debugDescription)")
            case .failed(let diagnostics):
                failed += 1
                #expect(!diagnostics.isEmpty)
                for diagnostic in diagnostics { check(diagnostic, within: Span(0, length)) }
            case .statements(let statements):
                var ok = true
                for statement in statements {
                    guard case .query(let query, let span, let source) = statement else {
                        Issue.record("a pipeline parsed as a command: \(text.debugDescription)")
                        continue
                    }
                    do {
                        try QueryRunner(session: session, source: source).run(query)
                    } catch let diagnostic as Diagnostic {
                        ok = false
                        check(diagnostic, within: span)
                        break
                    } catch {
                        ok = false
                        Issue.record("not a diagnostic: \(error) for \(text.debugDescription)")
                        break
                    }
                }
                if ok { succeeded += 1 } else { failed += 1 }
            }
            #expect(!console.combined.unicodeScalars.contains("\u{1B}"), "an escape code in the output for \(text.debugDescription)")
        }
        // The generator is meant to make mostly valid pipelines: both outcomes must be common.
        #expect(succeeded > Self.pipelineCases / 10, "only \(succeeded) pipelines succeeded (\(failed) failed)")
        #expect(failed > 0)
    }
}
