import Foundation
import PlaceLabLanguage

/// What the completer may offer, gathered from the session.
public struct CompletionContext: Sendable {
    public var registry: CommandRegistry
    public var topics: [String]
    /// Loaded datasets and networks, and let names.
    public var datasets: [String]
    /// Each dataset's (or let name's) fields, by lowercased name.
    public var fields: [String: [String]]
    /// Lists a folder's entries as (name, isFolder); injected so tests need no disk.
    public var listFolder: @Sendable (String) -> [(name: String, isFolder: Bool)]
    public var homeFolder: String?
    /// Glossary topic ids, for `explain`.
    public var glossaryTopics: [String]
    /// Case ids, for `actions` and `factors`.
    public var cases: [String]
    /// The fields of the last result shown, for `chart`.
    public var resultFields: [String]
    /// What a network offers its commands, by lowercased name.
    public var networks: [String: NetworkNames]
    /// The bundled lessons' numbers and topics, for `run lesson` and `step lesson`.
    public var lessons: [String]

    /// A network's relation types, node ids and node columns.
    public struct NetworkNames: Sendable {
        public var relations: [String]
        public var nodes: [String]
        public var fields: [String]
        public init(relations: [String], nodes: [String], fields: [String]) {
            self.relations = relations
            self.nodes = nodes
            self.fields = fields
        }
    }

    public init(registry: CommandRegistry, topics: [String] = HelpTopic.all.map(\.name), datasets: [String] = [],
                fields: [String: [String]] = [:], glossaryTopics: [String] = [], cases: [String] = [],
                networks: [String: NetworkNames] = [:], resultFields: [String] = [], lessons: [String] = [],
                homeFolder: String? = ProcessInfo.processInfo.environment["HOME"],
                listFolder: @escaping @Sendable (String) -> [(name: String, isFolder: Bool)] = CompletionContext.diskFolder) {
        self.registry = registry
        self.topics = topics
        self.datasets = datasets
        self.fields = fields
        self.glossaryTopics = glossaryTopics
        self.cases = cases
        self.networks = networks
        self.resultFields = resultFields
        self.lessons = lessons
        self.homeFolder = homeFolder
        self.listFolder = listFolder
    }

    public static let diskFolder: @Sendable (String) -> [(name: String, isFolder: Bool)] = { path in
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: path) else { return [] }
        return names.map { name in
            var isFolder: ObjCBool = false
            let full = path.hasSuffix("/") ? path + name : path + "/" + name
            _ = manager.fileExists(atPath: full, isDirectory: &isFolder)
            return (name, isFolder.boolValue)
        }
    }
}

/// The candidates for Tab: a pure function of the line, the cursor and the context.
public struct Completion: Sendable, Equatable {
    /// Where the word being completed starts, in characters from the start of the line.
    public var wordStart: Int
    /// Whole replacements for that word, sorted; a folder ends in "/".
    public var candidates: [String]
}

public enum Completer {
    /// Characters that end a word for completion; the line editor is told the same set.
    public static let wordBreaks: Set<Character> = [" ", "\t", "\n", ";", "|", "(", "[", ",", "="]

    public static func complete(line: String, cursor: Int, context: CompletionContext) -> Completion {
        let characters = Array(line.prefix(cursor))
        var wordStart = characters.count
        while wordStart > 0, !wordBreaks.contains(characters[wordStart - 1]) { wordStart -= 1 }
        let word = String(characters[wordStart...])
        let before = String(characters[..<wordStart])
        // Only the statement under the cursor matters: the text after the last ";".
        let statement = before.split(separator: ";", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let previous = statement.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)

        let candidates: [String]
        if previous.isEmpty {
            // A dataset may share a command's name (sources, actions): offer the word once.
            candidates = Array(Set(commandWords(matching: word, context.registry)
                + (word.hasPrefix(".") ? [] : names(context.datasets + ["let", "drop"], matching: word)))).sorted()
        } else if let query = queryCandidates(statement, word: word, context) {
            candidates = query
        } else if let command = context.registry.lookup(previous[0]) {
            let kind = command.argumentKind(at: previous.count - 1, after: Array(previous.dropFirst()))
            candidates = arguments(of: kind, matching: word, context)
        } else {
            candidates = []
        }
        return Completion(wordStart: wordStart, candidates: candidates)
    }

    /// Inside a pipeline: stage keywords after "|", dataset names after "join", else the
    /// fields of the pipeline's source. Nil when the statement is not a query.
    private static func queryCandidates(_ statement: String, word: String, _ context: CompletionContext) -> [String]? {
        var words = statement.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }).map(String.init)
        if words.first?.lowercased() == "let", words.count >= 3, words[2] == "=" { words.removeFirst(3) }
        // A command whose result is a table starts a query once a "|" follows its words;
        // its fields are its columns plus those of the network it names.
        if let verb = words.first?.lowercased(), context.registry.tableCommandNames.contains(verb),
           statement.contains("|"), let command = context.registry.lookup(verb) {
            let network = words.count > 1 ? context.networks[words[1].lowercased()] : nil
            return stageCandidates(statement, word: word, fields: (network?.fields ?? []) + ["node"]
                                   + (command.tableCommand?.resultColumns ?? []),
                                   network: words.count > 1 ? words[1] : nil, context)
        }
        // A command named like a dataset ("actions") starts a query once a "|" follows it.
        guard let source = words.first, context.registry.lookup(source) == nil || statement.contains("|"),
              context.datasets.contains(where: { $0.lowercased() == source.lowercased() }) else { return nil }
        return stageCandidates(statement, word: word, fields: context.fields[source.lowercased()] ?? [],
                               network: source, context)
    }

    /// After "|": stage keywords, dataset names after "join", else the fields given.
    private static func stageCandidates(_ statement: String, word: String, fields: [String], network: String?,
                                        _ context: CompletionContext) -> [String] {
        let lastStage = statement.range(of: "|", options: .backwards).map { String(statement[$0.upperBound...]) }
        guard let stage = lastStage else { return [] }  // "cases " before any "|": nothing to offer but "|"
        let stageWords = stage.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "," })
        if stageWords.isEmpty {
            // export and plot end a query too; they are commands as well, so not stage keywords.
            return names(QueryParser.stageKeywords + ["export", "plot"], matching: word)
        }
        let keyword = stageWords[0].lowercased()
        if keyword == "plot" {
            return plotCandidates(stageWords.dropFirst().map(String.init), word: word, network: network, context)
        }
        if keyword == "export" { return stageWords.count == 1 ? names(["to"], matching: word) : files(matching: word, context) }
        if keyword == "join" || (keyword == "left" && stageWords.count >= 2), stageWords.last?.lowercased() == "join" {
            return names(context.datasets, matching: word)
        }
        if keyword == "left", stageWords.count == 1 { return names(["join"], matching: word) }
        if keyword == "with", stageWords.count == 1 { return names(["basis"], matching: word) }
        return names(fields, matching: word)
    }

    /// After "| plot": the kinds, then a network's clauses as plot network takes them (the
    /// network is the query's), "to" for the others, and files after "to".
    private static func plotCandidates(_ words: [String], word: String, network: String?,
                                       _ context: CompletionContext) -> [String] {
        guard let kind = words.first?.lowercased() else { return names(PlotTarget.kinds, matching: word) }
        if words.dropFirst().contains(where: { $0.lowercased() == "to" }) { return files(matching: word, context) }
        guard kind == "network", let network else { return names(["to"], matching: word) }
        return arguments(of: PlotKind.network.argumentKind(after: [network] + words.dropFirst()), matching: word, context)
    }

    private static func names(_ names: [String], matching word: String) -> [String] {
        Array(Set(names.filter { $0.lowercased().hasPrefix(word.lowercased()) })).sorted()
    }

    private static func commandWords(matching word: String, _ registry: CommandRegistry) -> [String] {
        // sqlite habit: ".mo" completes to ".mode".
        let dotted = word.hasPrefix(".")
        let stem = dotted ? String(word.dropFirst()) : word
        return registry.names
            .filter { $0.hasPrefix(stem.lowercased()) }
            .map { dotted ? "." + $0 : $0 }
            .sorted()
    }

    private static func arguments(of kind: ArgumentKind, matching word: String, _ context: CompletionContext) -> [String] {
        switch kind {
        case .none:
            return []
        case .choice(let choices):
            return choices.filter { $0.hasPrefix(word.lowercased()) }.sorted()
        case .helpTopic:
            let names = context.registry.names + context.topics + QueryStageHelp.all.map(\.name)
            return Array(Set(names.filter { $0.hasPrefix(word.lowercased()) })).sorted()
        case .file:
            return files(matching: word, context)
        case .fileOrLesson:
            return Array(Set(files(matching: word, context) + ("lesson".hasPrefix(word.lowercased()) ? ["lesson"] : []))).sorted()
        case .lesson:
            // Numbers in their order, then topics: 1, 2, … 10, not 1, 10, 2.
            let matching = context.lessons.filter { $0.lowercased().hasPrefix(word.lowercased()) }
            let numbers = matching.compactMap(Int.init).sorted().map(String.init)
            return numbers + matching.filter { Int($0) == nil }.sorted()
        case .dataset:
            return context.datasets.filter { $0.lowercased().hasPrefix(word.lowercased()) }.sorted()
        case .glossaryTopic:
            return names(context.glossaryTopics, matching: word)
        case .caseName:
            return names(context.cases, matching: word)
        case .network:
            return names(context.networks.keys.sorted(), matching: word)
        case .relation(let network):
            return names(context.networks[network.lowercased()]?.relations ?? [], matching: word)
        case .node(let network):
            return names(context.networks[network.lowercased()]?.nodes ?? [], matching: word)
        case .nodeField(let network):
            return names(context.networks[network.lowercased()]?.fields ?? [], matching: word)
        case .caseNameOr(let words):
            return names(context.cases + words, matching: word)
        case .resultField:
            return names(context.resultFields, matching: word)
        }
    }

    private static func files(matching word: String, _ context: CompletionContext) -> [String] {
        let slash = word.lastIndex(of: "/")
        let typedFolder = slash.map { String(word[...$0]) } ?? ""
        let stem = slash.map { String(word[word.index(after: $0)...]) } ?? word
        var folder = typedFolder.isEmpty ? "." : typedFolder
        if folder.hasPrefix("~/"), let home = context.homeFolder {
            folder = home + folder.dropFirst()
        }
        return context.listFolder(folder)
            .filter { $0.name.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.name.hasPrefix(".")) }
            .map { typedFolder + $0.name + ($0.isFolder ? "/" : "") }
            .sorted()
    }
}
