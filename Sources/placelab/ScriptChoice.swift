import ArgumentParser

/// What the flags and arguments name to run: a script file, or a bundled lesson.
///
/// `placelab lesson 3`, `placelab -f lesson 3` and `placelab --step lesson 3` run a lesson from
/// any folder, as `run lesson 3` and `step lesson 3` do in the shell; `placelab lesson` alone
/// lists the lessons. A file that is really named "lesson" is written ./lesson.
enum ScriptChoice: Equatable {
    case file(String, stepping: Bool)
    /// The shell statement that does it: `run lesson 3`, `step lesson realms`, `lessons`.
    case lesson(String)
}

extension LaunchOptions {
    /// Nil when no script is named; a usage error when more than one is.
    func scriptChoice() throws -> ScriptChoice? {
        let named = [file, step].compactMap { $0 }
        if named.count > 1 || (named.count == 1 && !script.isEmpty && named[0] != "lesson") {
            throw ValidationError(step != nil ? "give the script once: either --step FILE, -f FILE or SCRIPT"
                                              : "give the script once: either -f FILE or SCRIPT")
        }
        let stepping = step != nil
        let words = named.isEmpty ? script : named + script
        guard let first = words.first else { return nil }
        guard first == "lesson" else {
            guard words.count == 1 else { throw ValidationError("give one script; \"\(words[1])\" is one too many") }
            return .file(first, stepping: stepping)
        }
        switch words.count {
        case 1:
            guard !stepping, file == nil else {
                throw ValidationError("name the lesson: \(stepping ? "--step" : "-f") lesson N (placelab lesson lists them)")
            }
            return .lesson("lessons")
        case 2:
            return .lesson((stepping ? "step" : "run") + " lesson " + ScriptChoice.quoted(words[1]))
        default:
            throw ValidationError("a lesson is named by one number or topic, as in: placelab lesson 3")
        }
    }
}

extension ScriptChoice {
    /// The word as the shell's language reads it: as it is when plain, else quoted.
    static func quoted(_ word: String) -> String {
        if !word.isEmpty, word.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) { return word }
        return "\"" + word.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }
}
