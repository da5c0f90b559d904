import Foundation
import PlaceLabCore
import PlaceLabData
import PlaceLabLanguage

/// The options after `load FILE`, read from tokens (not words) so that `null 'n/a', 'NA'` and
/// `types a: integer, b: date` keep their commas and colons apart:
///
///     options := ("as" NAME | "delimiter" STRING | "decimal" STRING | "null" item ("," item)* | "header" "none"
///                | "types" NAME ":" TYPE ("," NAME ":" TYPE)* | "format" NAME)*
///     item    := STRING | "none"
struct LoadOptionsParser {
    static let optionWords = ["as", "delimiter", "decimal", "null", "header", "types", "format"]
    /// Delimiters by name, for `delimiter tab`.
    static let delimiterNames: [String: UInt8] = [
        "comma": UInt8(ascii: ","), "semicolon": UInt8(ascii: ";"), "tab": 0x09, "pipe": UInt8(ascii: "|"),
        "space": 0x20,
    ]

    var tokens: ArraySlice<Token>
    var end: Span
    var name: (String, Span)?
    var format: (DataFileFormat, Span)?
    var options = LoadOptions()
    /// Where `decimal` was given, for a refusal when the delimiter is a comma too.
    var decimalSpan: Span?
    var delimiterSpan: Span?

    /// `load network`: `types` is refused (the tables become a network).
    let network: Bool

    /// `excluding`: spans of words read already (`load network`'s nodes file and direction).
    init(tokens: some Collection<Token>, after offset: Int, end: Int, excluding: [Span] = [], network: Bool = false) {
        self.network = network
        self.tokens = ArraySlice(tokens.filter { token in
            guard token.span.start >= offset else { return false }
            if excluding.contains(where: { $0.start <= token.span.start && token.span.end <= $0.end }) { return false }
            switch token.kind {
            case .endOfInput, .newline: return false
            default: return true
            }
        })
        self.end = Span(end, end)
    }

    mutating func parse() throws {
        while let word = tokens.popFirst() {
            let keyword = word.kind == .identifier ? word.text.lowercased() : ""
            switch keyword {
            case "as": try parseName(after: word)
            case "delimiter": try parseDelimiter(after: word)
            case "decimal": try parseDecimal(after: word)
            case "null": try parseNulls(after: word)
            case "header": try parseHeader(after: word)
            case "types" where network:
                throw Diagnostic("types apply to tables; load network reads ids, ends and weights as they are", at: word.span,
                                 help: "load the edge list as a table to set its types: load FILE types col: TYPE")
            case "types": try parseTypes(after: word)
            case "format": try parseFormat(after: word)
            default:
                if network { throw networkProblem(word) }
                var problem = Diagnostic.unknown("load option", word.text, at: word.span, among: Self.optionWords)
                problem.message = "unexpected \"\(word.text)\" in load"
                problem.help = problem.help.map { $0 + " (options: as NAME, delimiter ';', decimal ',', null 'x', header none, types col: TYPE, format NAME)" }
                    ?? "options: as NAME, delimiter ';', decimal ',', null 'x', …, header none, types col: integer, …, format csv"
                throw problem
            }
        }
        if options.decimalComma, options.delimiter == DelimitedReader.comma, let span = decimalSpan {
            throw Diagnostic("a comma cannot both separate fields and mark decimals", at: delimiterSpan.map(span.union) ?? span,
                             help: "files with decimal commas separate fields with ';': delimiter ';' decimal ','")
        }
    }

    /// The words `load network` takes, for completion and did-you-mean.
    static let networkWords = ["nodes", "directed", "undirected"] + optionWords.filter { $0 != "types" }

    private func networkProblem(_ word: Token) -> Diagnostic {
        var problem = Diagnostic.unknown("load network option", word.text, at: word.span, among: Self.networkWords)
        problem.message = "unexpected \"\(word.text)\" in load network"
        let options = "nodes FILE, directed, undirected, as NAME, delimiter ';', decimal ',', null 'x', header none, format NAME"
        problem.help = problem.help.map { $0 + " (options: \(options))" } ?? "options: \(options)"
        return problem
    }

    private mutating func value(after word: Token, _ what: String, example: String) throws -> Token {
        guard let token = tokens.popFirst() else {
            throw Diagnostic("\"\(word.text)\" needs \(what) after it", at: word.span, help: "as in: \(example)")
        }
        return token
    }

    private mutating func parseName(after word: Token) throws {
        let token = try value(after: word, "a dataset name", example: "load data.csv as readings")
        guard token.kind == .identifier || token.kind == .quotedIdentifier,
              token.text.range(of: "^[A-Za-z_][A-Za-z0-9_]*$", options: .regularExpression) != nil else {
            throw Diagnostic("\"\(token.text)\" cannot name a dataset", at: token.span,
                             help: "use letters, digits and _, starting with a letter")
        }
        name = (token.text, token.span)
    }

    private mutating func parseDelimiter(after word: Token) throws {
        let token = try value(after: word, "the character that separates fields", example: "delimiter ';'")
        let byte: UInt8?
        if token.kind == .string {
            let bytes = Array(token.text.utf8)
            byte = bytes.count == 1 ? bytes[0] : token.text == "\\t" ? 0x09 : nil
        } else {
            byte = Self.delimiterNames[token.text.lowercased()]
        }
        guard let byte, byte != 0x22, byte != 0x0A, byte != 0x0D, byte != 0, byte < 0x80 else {
            throw Diagnostic("cannot use \(token.kind == .string ? "'\(token.text)'" : "\"\(token.text)\"") as a delimiter",
                             at: token.span,
                             help: "write one ASCII character in quotes (delimiter ';') or a name: \(Self.delimiterNames.keys.sorted().joined(separator: ", "))")
        }
        options.delimiter = byte
        delimiterSpan = word.span.union(token.span)
        options.delimitedOnly = options.delimitedOnly ?? word.span.union(token.span)
    }

    private mutating func parseDecimal(after word: Token) throws {
        let token = try value(after: word, "the decimal mark in quotes", example: "decimal ','")
        guard token.kind == .string, token.text == "," || token.text == "." else {
            throw Diagnostic("the decimal mark is ',' or '.', not \(token.kind == .string ? "'\(token.text)'" : "\"\(token.text)\"")",
                             at: token.span, help: "decimal ',' reads 1,5 as one and a half")
        }
        options.decimalComma = token.text == ","
        decimalSpan = word.span.union(token.span)
        options.delimitedOnly = options.delimitedOnly ?? word.span.union(token.span)
    }

    private mutating func parseNulls(after word: Token) throws {
        var token = try value(after: word, "the texts that mean a missing value", example: "null 'n/a', '-'")
        while true {
            if token.kind == .string {
                options.extraNulls.append(token.text)
            } else if token.kind == .identifier, token.text.lowercased() == "none" {
                options.defaultNulls = false
            } else {
                throw Diagnostic("expected a quoted text after \"null\", found \"\(token.text)\"", at: token.span,
                                 help: "as in: null 'n/a', '-' (or null none: only empty cells are null)")
            }
            guard tokens.first?.kind == .comma else { return }
            let comma = tokens.removeFirst()
            token = try value(after: comma, "another quoted text", example: "null 'n/a', '-'")
        }
    }

    private mutating func parseHeader(after word: Token) throws {
        let token = try value(after: word, "\"none\"", example: "header none")
        guard token.kind == .identifier, token.text.lowercased() == "none" else {
            throw Diagnostic("expected \"none\" after \"header\", found \"\(token.text)\"", at: token.span,
                             help: "header none: the first line is data; columns are named column_1, column_2, …")
        }
        options.header = false
        options.delimitedOnly = options.delimitedOnly ?? word.span.union(token.span)
    }

    private mutating func parseTypes(after word: Token) throws {
        var token = try value(after: word, "columns and their types", example: "types population: integer, founded: date")
        while true {
            guard token.kind == .identifier || token.kind == .quotedIdentifier || token.kind == .string else {
                throw Diagnostic("expected a column name, found \"\(token.text)\"", at: token.span,
                                 help: "as in: types population: integer, founded: date")
            }
            guard let colon = tokens.popFirst(), colon.kind == .colon else {
                throw Diagnostic("expected \":\" and a type after \"\(token.text)\"", at: token.span,
                                 help: "as in: types \(token.text): integer")
            }
            let typeToken = try value(after: colon, "a type", example: "types \(token.text): integer")
            guard let type = LoadOptions.typeNames[typeToken.text.lowercased()] else {
                throw Diagnostic.unknown("type", typeToken.text, at: typeToken.span,
                                         among: LoadOptions.typeNames.keys.sorted())
                    .withHelp(orElse: "types: \(LoadOptions.typeNames.keys.sorted().joined(separator: ", "))")
            }
            options.types.append(LoadOptions.ColumnType(column: token.text, type: type, span: token.span))
            guard tokens.first?.kind == .comma else { return }
            let comma = tokens.removeFirst()
            token = try value(after: comma, "another column and its type", example: "types a: integer, b: date")
        }
    }

    private mutating func parseFormat(after word: Token) throws {
        let token = try value(after: word, "a format name", example: "format csv")
        guard let found = DataFileFormat(name: token.text) else {
            throw Diagnostic.unknown("format", token.text, at: token.span, among: DataFileFormat.formatNames)
                .withHelp(orElse: "formats: \(DataFileFormat.formatNames.joined(separator: ", "))")
        }
        format = (found, token.span)
    }
}

extension Diagnostic {
    /// The same diagnostic, with `help` when it has none of its own (no did-you-mean).
    func withHelp(orElse help: String) -> Diagnostic {
        var copy = self
        if copy.help == nil { copy.help = help }
        return copy
    }
}
