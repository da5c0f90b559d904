import ArgumentParser
import Foundation
import Testing
@testable import placelab

/// The quick reading of plain flags must give exactly what ArgumentParser gives, and leave
/// everything else (help, mistakes, unusual spellings) to ArgumentParser.
@Suite struct QuickFlagsTests {
    static let folder = FileManager.default.temporaryDirectory.path

    static let plain: [[String]] = [
        [],
        ["-c", "help"],
        ["--no-history", "-c", "show bristol"],
        ["-c", "datasets", "-c", "cases | count", "--keep-going"],
        ["-q", "--echo", "--no-init", "--safe", "--mode", "csv", "--color", "never", "-c", "x"],
        ["--quiet", "--mode", "json", "--data", folder, "-c", "datasets"],
        ["script.plq"],
        ["-f", "script.plq", "--echo"],
        ["--file", "script.plq"],
        ["--step", "script.plq"],
        ["lesson"],
        ["lesson", "3"],
        ["-f", "lesson", "3"],
        ["--step", "lesson", "realms"],
        ["-c", "show bristol", "a.plq"],
        ["--color", "always", "--no-history", "--keep-going", "--echo"],
    ]

    static let leftToArgumentParser: [[String]] = [
        ["--help"], ["-h"], ["--version"], ["help"] + ["--help"],
        ["-c"], ["-c", ""], ["-c", "-x"], ["-c", "-"], ["--mode"], ["--mode", "bogus"], ["--color", "sometimes"],
        ["--mode=csv", "-c", "x"], ["-qc", "x"], ["--echo", "--echo"], ["-q", "--quiet"], ["-f", "a", "--file", "b"],
        ["--", "-c"], ["--unknown"], ["-x"], ["a.plq", "b.plq"], ["-f", "a.plq", "b.plq"], ["lesson", "1", "2"],
        ["-f", "lesson"], ["--step", "lesson"], ["--data", "/no/such/folder", "-c", "x"], ["-f", "a", "--step", "b"],
        ["--generate-completion-script", "bash"],
    ]

    @Test(arguments: plain)
    func plainFlagsReadAsArgumentParserReadsThem(_ arguments: [String]) throws {
        let quick = try #require(QuickFlags.parse(arguments))
        #expect(quick == (try PlaceLabCLI.parse(arguments)).options)
    }

    @Test(arguments: leftToArgumentParser)
    func anythingElseGoesToArgumentParser(_ arguments: [String]) {
        #expect(QuickFlags.parse(arguments) == nil)
    }

    /// Whatever the words, a quick answer is ArgumentParser's answer.
    @Test func mixedWordsNeverDisagree() throws {
        let words = ["-c", "x", "-q", "--quiet", "--echo", "--mode", "csv", "box", "-f", "a.plq", "--step", "lesson", "2",
                     "--data", Self.folder, "--safe", "--", "-", "", "--color", "never", "b.plq", "=x", "--no-history",
                     "--keep-going", "--file", "help"]
        func check(_ arguments: [String]) {
            guard let quick = QuickFlags.parse(arguments) else { return }
            let parsed = try? PlaceLabCLI.parse(arguments)
            #expect(parsed?.options == quick, "\(arguments)")
        }
        // Every list of up to three words, then longer ones drawn from a fixed seed, so a
        // failure comes back on every run.
        check([])
        for a in words {
            check([a])
            for b in words {
                check([a, b])
                for c in words { check([a, b, c]) }
            }
        }
        var state: UInt64 = 0x5EED
        func draw(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<3_000 { check((0..<(4 + draw(3))).map { _ in words[draw(words.count)] }) }
    }
}
