import Foundation
import PlaceLabCore

/// A recorded session as a handout: what each statement was, and what it showed, kept as
/// kinds of content so each format can show each kind as it should (a table as a table,
/// prose as prose, a drawing in a fixed-width block, a figure as a picture).
package struct Handout {
    package enum Block: Equatable {
        /// The statement as typed, `placelab> …`.
        case statement(String)
        /// Markdown prose: `echo` text and a lesson's `##` comments.
        case prose(String)
        case table(Table)
        /// Text whose layout matters (cards, diagrams, messages): shown in a fixed-width block.
        case text(String)
        /// An SVG written during the session: its path as written and its content then.
        case figure(path: String, svg: String?)
    }

    package var blocks: [Block] = []

    package init(blocks: [Block] = []) {
        self.blocks = blocks
    }

    /// Adds text shown on the screen, joining it to text just before it.
    package mutating func addText(_ text: String) {
        guard !text.isEmpty else { return }
        if case .text(let earlier)? = blocks.last {
            blocks[blocks.count - 1] = .text(earlier + text)
        } else {
            blocks.append(.text(text))
        }
    }

    // MARK: - Markdown

    /// The handout as Markdown; figures are linked relative to `folder`, the handout's own.
    package func markdown(folder: String) -> String {
        var parts: [String] = []
        for block in blocks {
            switch block {
            case .statement(let text): parts.append(Handout.fenced(text))
            case .prose(let text): parts.append(text.hasSuffix("\n") ? text : text + "\n")
            case .table(let table): parts.append(TableRenderer.render(table, RenderOptions(mode: .markdown)))
            case .text(let text): parts.append(Handout.fenced(text))
            case .figure(let path, _):
                let link = Handout.relativePath(path, from: folder)
                let name = URL(fileURLWithPath: path).lastPathComponent
                parts.append("![\(Handout.escapeLinkText(name))](\(Handout.escapeDestination(link)))\n")
            }
        }
        return parts.joined(separator: "\n")
    }

    /// A fenced text block, its fence longer than any run of backticks inside.
    static func fenced(_ text: String) -> String {
        var fence = "```"
        while text.contains(fence) { fence += "`" }
        let body = text.hasSuffix("\n") ? text : text + "\n"
        return fence + "text\n" + body + fence + "\n"
    }

    /// `path` as seen from `folder`: relative when both are under a common folder.
    static func relativePath(_ path: String, from folder: String) -> String {
        let target = URL(fileURLWithPath: path).standardizedFileURL.pathComponents
        let base = URL(fileURLWithPath: folder).standardizedFileURL.pathComponents
        var common = 0
        while common < min(target.count, base.count), target[common] == base[common] { common += 1 }
        let ups = Array(repeating: "..", count: base.count - common)
        return (ups + target[common...]).joined(separator: "/")
    }

    private static func escapeLinkText(_ text: String) -> String {
        var out = ""
        for character in text {
            if "[]\\*_`".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// A link destination in angle brackets, so spaces and brackets in a file name are safe.
    private static func escapeDestination(_ path: String) -> String {
        "<" + path.replacingOccurrences(of: "<", with: "%3C").replacingOccurrences(of: ">", with: "%3E") + ">"
    }
}
