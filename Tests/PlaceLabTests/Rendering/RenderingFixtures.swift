@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Tables shared by the rendering tests.
enum RenderingFixtures {
    /// Small: a null in each kind of column, a number, a long text, Unicode, a comma and quotes.
    static let cities = Table(
        columns: ["city", "population", "motto"],
        rows: [
            [.text("Oslo"), .integer(709_037), .text("say \"hei\", then go")],
            [.text("Zürich"), .number(421.5), .null],
            [.text("東京"), .null, .text("a rather long motto that goes on and on")],
        ],
        notes: ["illustrative data"])

    /// Wide: CJK, emoji, embedded tab and newline, long notes.
    static let wide = Table(
        columns: ["id", "名前", "description", "emoji", "amount", "comment", "a_rather_long_column_name"],
        rows: [
            [.integer(1), .text("山田太郎"), .text("一二三四五六七八九十一二三四五六七八九十"),
             .text("🎉🎉🎉🎉🎉🎉🎉🎉"), .number(12.25), .text("plain ascii text that is long enough"),
             .list([.text("x"), .integer(1)])],
            [.integer(22), .text("Zoë"), .text("short"), .text("👍"), .null,
             .text("tab\there, newline\nthere"), .bool(false)],
        ],
        notes: ["a note long enough that it has to wrap on a narrow terminal, with 全角 text too"])

    /// `count` rows of one integer column.
    static func numbers(_ count: Int) -> Table {
        Table(columns: ["n"], rows: (0..<count).map { [.integer($0)] })
    }

    static func render(_ table: Table, _ mode: OutputMode, style: TextStyle = .plain,
                       maxWidth: Int? = nil, maxRows: Int? = nil) -> String {
        TableRenderer.render(table, RenderOptions(mode: mode, style: style, maxWidth: maxWidth, maxRows: maxRows))
    }

    /// The output's lines, without the final newline's empty line.
    static func lines(_ text: String) -> [Substring] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    /// `text` without ANSI SGR sequences (ESC [ … m).
    static func stripEscapes(_ text: String) -> String {
        var result = ""
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
