import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

@Suite struct CompleterTests {
    private let context = CompletionContext(
        registry: .standard, datasets: ["cases", "realms", "uk"],
        fields: ["cases": ["name", "country", "phase", "authority"], "uk": ["name", "phase"]],
        homeFolder: "/home/student",
        listFolder: { folder in
            switch folder {
            case ".": [("lesson.plq", false), ("lessons", true), (".hidden", false), ("notes.md", false)]
            case "lessons/": [("01-realms.plq", false), ("02-lifecycle.plq", false)]
            case "/home/student/": [("init.plq", false)]
            default: []
            }
        })

    private func complete(_ line: String, cursor: Int? = nil) -> Completion {
        Completer.complete(line: line, cursor: cursor ?? line.count, context: context)
    }

    @Test func commandNamesAtTheStartOfALine() {
        #expect(complete("mo").candidates == ["mode"])
        #expect(complete("h").candidates == ["help", "history"])
        // Every command, dataset and let name once (realms is both a dataset and a command).
        #expect(complete("").candidates == Set(CommandRegistry.standard.names + ["cases", "realms", "uk", "let", "drop"]).sorted())
        #expect(complete("  ti").candidates == ["timer"])
    }

    @Test func datasetsAndLetNamesStartAPipeline() {
        #expect(complete("ca").candidates == ["cases"])
        #expect(complete("u").candidates == ["uk", "unload"])
        #expect(complete("l").candidates == ["last", "lessons", "let", "lifecycle", "load"])
    }

    @Test func withCompletesToBasis() {
        #expect(complete("cases | wi").candidates == ["with"])
        #expect(complete("cases | with ").candidates == ["basis"])
        #expect(complete("cases | with b").candidates == ["basis"])
    }

    @Test func pipelinesCompleteStagesFieldsAndDatasets() {
        #expect(complete("cases | ").candidates == (QueryParser.stageKeywords + ["export", "plot"]).sorted())
        #expect(complete("cases | wh").candidates == ["where"])
        #expect(complete("cases | where co").candidates == ["country"])
        #expect(complete("cases | where phase >= mobilisation and au").candidates == ["authority"])
        #expect(complete("cases | sort authority desc, n").candidates == ["name"])
        #expect(complete("cases | join r").candidates == ["realms"])
        #expect(complete("cases | left j").candidates == ["join"])
        #expect(complete("uk | select p").candidates == ["phase"])
        #expect(complete("let top = cases | select na").candidates == ["name"])
        #expect(complete("cases ").candidates.isEmpty)
    }

    @Test func chartCompletesTheFieldsItCanDraw() {
        var context = self.context
        context.resultFields = ["name", "authority", "capacity"]
        let complete = { (line: String) in Completer.complete(line: line, cursor: line.count, context: context).candidates }
        #expect(complete("chart a") == ["authority"])
        #expect(complete("chart authority ") == ["by"])
        #expect(complete("chart authority by n") == ["name"])
        #expect(complete("chart authority by name ").isEmpty)
        // In a query, the fields of its source.
        #expect(complete("cases | ch") == ["chart"])
        #expect(complete("cases | chart au") == ["authority"])
    }

    @Test func dotFormCompletesToo() {
        #expect(complete(".mo").candidates == [".mode"])
    }

    @Test func argumentsFollowTheCommand() {
        #expect(complete("mode c").candidates == ["csv"])
        #expect(complete("MODE ").candidates == OutputMode.allCases.map(\.rawValue).sorted())
        #expect(complete("timer o").candidates == ["off", "on"])
        #expect(complete("help ti").candidates == ["timer"])
        #expect(complete("help k").candidates == ["keys"])
        #expect(complete("mode csv ").candidates.isEmpty)
        #expect(complete("nosuch a").candidates.isEmpty)
    }

    @Test func filePathsAfterRunOutputAndOnce() {
        #expect(complete("run les").candidates == ["lesson", "lesson.plq", "lessons/"])
        #expect(complete("run lessons/0").candidates == ["lessons/01-realms.plq", "lessons/02-lifecycle.plq"])
        #expect(complete("output n").candidates == ["notes.md"])
        #expect(complete("once ~/i").candidates == ["~/init.plq"])
        #expect(complete("run .h").candidates == [".hidden"])
        #expect(!complete("run ").candidates.contains(".hidden"))
    }

    @Test func onlyTheStatementUnderTheCursorCounts() {
        #expect(complete("echo hi; mo").candidates == ["mode"])
        #expect(complete("echo hi; mode j").candidates == ["json"])
    }

    @Test func wordStartIsWhereTheReplacementBegins() {
        let completion = complete("mode cs")
        #expect(completion.wordStart == 5)
        // The cursor in the middle of a line completes what lies before it.
        #expect(complete("mo csv", cursor: 2).candidates == ["mode"])
    }
}
