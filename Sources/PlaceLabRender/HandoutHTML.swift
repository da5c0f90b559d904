import Foundation
import PlaceLabCore

/// A handout as one self-contained web page: no file beside it is needed, the figures are
/// inlined, and the style reads on a projector and prints cleanly. The page is XHTML (well
/// formed XML), so any XML or HTML parser reads it; every text from the session is escaped.
package enum HandoutHTML {
    package static func page(_ handout: Handout, title: String) -> String {
        var body = ""
        for block in handout.blocks {
            switch block {
            case .statement(let text):
                body += "<pre class=\"statement\"><code>\(XMLText.content(trimmed(text)))</code></pre>\n"
            case .prose(let text):
                body += prose(text)
            case .table(let table):
                body += self.table(table)
            case .text(let text):
                body += "<pre>\(XMLText.content(trimmed(text)))</pre>\n"
            case .figure(let path, let svg):
                body += "<figure>\n"
                if let svg { body += inlineSVG(svg) + "\n" } else {
                    body += "<p class=\"note\">(the figure could not be read when it was written)</p>\n"
                }
                body += "<figcaption>\(XMLText.content(path))</figcaption>\n</figure>\n"
            }
        }
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(XMLText.content(title))</title>
            <style>
            \(style)
            </style>
            </head>
            <body>
            <main>
            \(body)</main>
            </body>
            </html>

            """
    }

    /// Large type and strong contrast for a projector; smaller type, no backgrounds and no
    /// figure or table split across pages when printed.
    static let style = """
        body { font: 20px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #111; background: #fff; margin: 0; }
        main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
        h1, h2, h3 { line-height: 1.2; }
        pre { font: 0.85em/1.35 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; white-space: pre-wrap; overflow-wrap: anywhere; background: #f4f4f4; padding: 0.6em 0.8em; border-radius: 4px; }
        pre.statement { background: #e8f0fe; border-left: 4px solid #1a56db; }
        table { border-collapse: collapse; margin: 0.8em 0; }
        th, td { border: 1px solid #999; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
        th { background: #eee; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; }
        td.null { color: #777; font-style: italic; }
        p.note { color: #444; font-size: 0.85em; }
        figure { margin: 1em 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { color: #444; font-size: 0.8em; }
        @media print {
          body { font-size: 11pt; }
          main { max-width: none; padding: 0; }
          pre, pre.statement { background: none; border: 1px solid #bbb; }
          table, figure, pre { break-inside: avoid; }
        }
        """

    /// `# Heading` lines become headings; other lines, until a blank one, a paragraph.
    private static func prose(_ text: String) -> String {
        var out = ""
        var paragraph: [String] = []
        func finish() {
            if !paragraph.isEmpty { out += "<p>\(XMLText.content(paragraph.joined(separator: " ")))</p>\n" }
            paragraph = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let level = line.prefix { $0 == "#" }.count
            if (1...6).contains(level), line.dropFirst(level).first == " " {
                finish()
                let heading = line.dropFirst(level + 1).trimmingCharacters(in: .whitespaces)
                out += "<h\(level)>\(XMLText.content(heading))</h\(level)>\n"
            } else if line.trimmingCharacters(in: .whitespaces).isEmpty {
                finish()
            } else {
                paragraph.append(line.trimmingCharacters(in: .whitespaces))
            }
        }
        finish()
        return out
    }

    private static func table(_ table: Table) -> String {
        var out = "<table>\n<thead><tr>"
        for column in table.columns { out += "<th>\(XMLText.content(column.name))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>"
            for value in row {
                if value.isNull {
                    out += "<td class=\"null\">null</td>"
                } else if value.isNumeric {
                    out += "<td class=\"number\">\(XMLText.content(value.plainText))</td>"
                } else {
                    out += "<td>\(XMLText.content(value.plainText))</td>"
                }
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        for note in table.notes { out += "<p class=\"note\">\(XMLText.content(note))</p>\n" }
        return out
    }

    /// The SVG element alone: an XML declaration or doctype cannot stand inside a page.
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return "" }
        return String(svg[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func trimmed(_ text: String) -> String {
        text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
