import Foundation

/// One transcript test: `NAME.plq` (the statements) beside `NAME.out` (what the screen shows).
///
/// Directives at the top of the script, as comments:
///   `#| args: --mode csv`      arguments instead of the default `--echo -f NAME.plq`
///                              (`{script}` stands for the script's path, `{root}` for the package root)
///   `#| stdin`                 feed the script on standard input instead
///   `#| input: LINE`           a line of standard input (repeatable; `#| input:` is an empty line)
///   `#| env: NAME=VALUE`       an environment variable (repeatable)
///   `#| file: NAME`            copy a fixture from Tests/Transcripts/fixtures into the working folder
/// The expected output is stdout and stderr interleaved, then `[exit N]` when N is not 0.
struct Transcript: CustomStringConvertible, Sendable {
    static let folder = PlaceLabBinary.packageRoot.appendingPathComponent("Tests/Transcripts")

    let script: URL
    var expected: URL { script.deletingPathExtension().appendingPathExtension("out") }
    /// `shell/echo`, for the test's name.
    var description: String {
        String(script.deletingPathExtension().path.dropFirst(Transcript.folder.path.count + 1))
    }

    static func all() -> [Transcript] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }
            .filter { $0.pathExtension == "plq" && !$0.path.contains("/fixtures/") }
            .sorted { $0.path < $1.path }
            .map { Transcript(script: $0) }
    }

    /// Runs the script through the real executable and returns what it printed, normalised.
    func run() throws -> String {
        let text = try String(contentsOf: script, encoding: .utf8)
        var arguments = ["--echo", "-f", "{script}"]
        var stdin: String?
        var environment: [String: String] = [:]
        let work = try PlaceLabBinary.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: work) }
        for line in text.split(separator: "\n") where line.hasPrefix("#|") {
            let directive = line.dropFirst(2).trimmingCharacters(in: .whitespaces)
            if directive.hasPrefix("args:") {
                arguments = ShellWords.split(String(directive.dropFirst(5)))
            } else if directive.hasPrefix("input:") {
                stdin = (stdin ?? "") + directive.dropFirst(6).trimmingCharacters(in: .whitespaces) + "\n"
            } else if directive == "stdin" {
                stdin = text
                arguments.removeAll { $0 == "-f" || $0 == "{script}" }
            } else if directive.hasPrefix("env:") {
                let pair = directive.dropFirst(4).trimmingCharacters(in: .whitespaces).split(separator: "=", maxSplits: 1)
                environment[String(pair[0])] = pair.count > 1 ? String(pair[1]) : ""
            } else if directive.hasPrefix("file:") {
                let name = directive.dropFirst(5).trimmingCharacters(in: .whitespaces)
                let fixture = Transcript.folder.appendingPathComponent("fixtures").appendingPathComponent(name)
                try FileManager.default.copyItem(at: fixture, to: work.appendingPathComponent(fixture.lastPathComponent))
            }
        }
        let relativeScript = String(script.path.dropFirst(PlaceLabBinary.packageRoot.path.count + 1))
        let root = PlaceLabBinary.packageRoot.path
        arguments = arguments.map { $0 == "{script}" ? script.path : $0.replacingOccurrences(of: "{root}", with: root) }
        let result = try PlaceLabBinary.run(arguments, stdin: stdin, environment: environment, workingDirectory: work)
        var output = result.output
            .replacingOccurrences(of: script.path, with: relativeScript)
            .replacingOccurrences(of: work.path, with: "$WORK")
            .replacingOccurrences(of: root + "/", with: "./")
        output = Transcript.normaliseTimings(output)
        if result.status != 0 { output += "[exit \(result.status)]\n" }
        return output
    }

    /// Elapsed times differ run to run: `time: 0.123 ms` becomes `time: … ms`.
    static func normaliseTimings(_ text: String) -> String {
        text.replacingOccurrences(of: #"(?m)^time: [0-9.]+ ms$"#, with: "time: … ms", options: .regularExpression)
    }
}

/// Splits a directive's arguments like a shell: spaces separate, quotes group.
enum ShellWords {
    static func split(_ text: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var inWord = false
        for character in text {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
            } else if character == "\"" || character == "'" {
                quote = character
                inWord = true
            } else if character == " " {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else {
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }
}
