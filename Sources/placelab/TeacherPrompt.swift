#if canImport(Glibc)
import Glibc
#endif
import PlaceLab

/// The wait of step mode and `pause`: shows the keys on standard error and reads the answer.
/// At a terminal one key is enough (no Enter); from a pipe (answers written by a script or a
/// test) each answer is a line.
enum TeacherPrompt {
    static let hint = "-- Enter/Space: next, s: run to the end, b: show again, q: stop -- "

    static func wait(_ message: String?) -> StepChoice {
        var shown = ""
        if let message { shown += message + "\n" }
        shown += hint
        FileHandleWriter.error(shown)
        if Terminal.inputIsTerminal, let choice = SingleKey.read() {
            FileHandleWriter.error("\n")
            return choice
        }
        guard let line = readAnswer() else {
            // No more answers (a closed pipe) or Ctrl-C: a pipe runs on, Ctrl-C stops.
            FileHandleWriter.error("\n")
            return InterruptSignal.wasPressed ? .stop : .runToEnd
        }
        if !Terminal.inputIsTerminal { FileHandleWriter.error(line + "\n") }
        return choice(line.trimmingCharacters(in: " \t\r").lowercased())
    }

    /// What a typed answer asks for; anything else (an empty line) goes on.
    static func choice(_ answer: String) -> StepChoice {
        switch answer {
        case "q", "quit": .stop
        case "s", "skip": .runToEnd
        case "b", "back": .showAgain
        default: .next
        }
    }

    /// One line from standard input, read a byte at a time so nothing after it is taken.
    private static func readAnswer() -> String? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while true {
            let count = read(STDIN_FILENO, &byte, 1)
            if count < 0, errno == EINTR, !InterruptSignal.wasPressed { continue }
            if count <= 0 { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
            if byte == UInt8(ascii: "\n") { return String(decoding: bytes, as: UTF8.self) }
            bytes.append(byte)
        }
    }
}

private extension String {
    func trimmingCharacters(in set: String) -> Substring {
        var text = Substring(self)
        while let first = text.first, set.contains(first) { text.removeFirst() }
        while let last = text.last, set.contains(last) { text.removeLast() }
        return text
    }
}

/// Unbuffered writes to standard error, in order with the session's own.
enum FileHandleWriter {
    static func error(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = write(STDERR_FILENO, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 { if errno == EINTR { continue }; return }
                offset += written
            }
        }
    }
}
