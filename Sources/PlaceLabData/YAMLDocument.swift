import Foundation
import PlaceLabCore
import Yams

/// A parsed YAML file that can point at any of its nodes in an error.
struct YAMLDocument {
    let path: String
    let root: Node
    private let lines: [Substring]

    init(path: String, text: String) throws {
        self.path = path
        self.lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        do {
            // The basic resolver types nothing implicitly: columns declare their types, and
            // Yams' default resolver ran a regular expression per scalar per key comparison,
            // which made start-up ten times slower.
            guard let root = try Yams.compose(yaml: text, .basic) else {
                throw Diagnostic("\"\(path)\" is empty", place: FilePlace(path: path, line: 1, column: 1))
            }
            self.root = root
        } catch let error as YamlError {
            throw YAMLDocument.diagnostic(for: error, path: path, lines: lines)
        }
    }

    /// A diagnostic at a node's line and column, with the line and a caret.
    func error(_ message: String, at node: Node?, help: String? = nil) -> Diagnostic {
        let line = node?.mark?.line ?? 1
        let column = node?.mark?.column ?? 1
        return Diagnostic(message, help: help, place: place(line: line, column: column))
    }

    private func place(line: Int, column: Int) -> FilePlace {
        let text = line - 1 < lines.count ? String(lines[line - 1]) : nil
        return FilePlace(path: path, line: line, column: column, lineText: text)
    }

    private static func diagnostic(for error: YamlError, path: String, lines: [Substring]) -> Diagnostic {
        func at(_ mark: Mark, _ problem: String) -> Diagnostic { at(line: mark.line, column: mark.column, problem) }
        func at(line: Int, column: Int, _ problem: String) -> Diagnostic {
            let text = line - 1 < lines.count ? String(lines[line - 1]) : nil
            return Diagnostic("invalid YAML: \(problem)", place: FilePlace(path: path, line: line, column: column, lineText: text))
        }
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            return at(mark, problem)
        case .duplicatedKeysInMapping(let duplicates, let context):
            return at(context.mark, "duplicate key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", "))")
        case .reader(let problem, let offset?, let value, _):
            // The reader counts bytes from the start of the text: turn that into a line and column.
            var line = 1, start = 0
            for text in lines {
                let next = start + text.utf8.count + 1
                guard next <= offset, line < lines.count else { break }
                start = next
                line += 1
            }
            let prefix = lines.isEmpty ? "" : String(decoding: lines[line - 1].utf8.prefix(max(0, offset - start)), as: UTF8.self)
            let detail = value >= 0 && value < 0x20 ? " (byte 0x\(String(value, radix: 16, uppercase: true)))" : ""
            return at(line: line, column: prefix.unicodeScalars.count + 1, problem + detail)
        default:
            return Diagnostic("invalid YAML in \"\(path)\": \(error)")
        }
    }
}

extension Diagnostic {
    init(_ message: String, help: String? = nil, place: FilePlace) {
        self.init(message, help: help)
        self.place = place
    }
}

extension Node {
    /// The value of `key` in a mapping. Compares key text directly: Yams' own subscript
    /// builds a node and resolves tags for every comparison.
    func field(_ key: String) -> Node? {
        guard case .mapping(let mapping) = self else { return nil }
        for pair in mapping where pair.key.scalar?.string == key {
            return pair.value
        }
        return nil
    }

    /// Whether the node is YAML's null (`null`, `~` or nothing, unquoted).
    var isNull: Bool {
        null != nil
    }

    /// A plain scalar read as a whole number (`12`, `-3`, `+4`).
    var wholeNumber: Int? {
        guard let scalar, scalar.style == .plain else { return nil }
        return Int(scalar.string.hasPrefix("+") ? String(scalar.string.dropFirst()) : scalar.string)
    }

    /// A plain scalar read as a number (`3`, `2.5`, `1e3`).
    var decimalNumber: Double? {
        guard let scalar, scalar.style == .plain, !scalar.string.isEmpty else { return nil }
        let text = scalar.string
        guard text.allSatisfy({ $0.isNumber || "+-.eE".contains($0) }) else { return nil }
        return Double(text)
    }

    /// A plain scalar read as `true` or `false` (any case).
    var truthValue: Bool? {
        guard let scalar, scalar.style == .plain else { return nil }
        switch scalar.string.lowercased() {
        case "true": return true
        case "false": return false
        default: return nil
        }
    }

    /// The keys of a mapping, with their nodes, in file order.
    var pairs: [(key: String, keyNode: Node, value: Node)] {
        guard let mapping else { return [] }
        return mapping.map { ($0.key.string ?? "", $0.key, $0.value) }
    }
}
