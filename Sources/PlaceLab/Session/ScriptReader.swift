import Foundation
import PlaceLabCore

/// Reads a script file as UTF-8 text, with an error that says why it cannot.
public enum ScriptReader {
    public static func read(_ path: String) throws -> SourceText {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw Diagnostic("cannot read script \"\(path)\": no such file")
        }
        guard !isDirectory.boolValue else {
            throw Diagnostic("cannot read script \"\(path)\": it is a folder")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Diagnostic("cannot read script \"\(path)\": permission denied")
        }
        guard var text = String(data: data, encoding: .utf8), !data.contains(0) else {
            throw Diagnostic("cannot read script \"\(path)\": it is not UTF-8 text")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return SourceText(name: path, text: text)
    }
}
