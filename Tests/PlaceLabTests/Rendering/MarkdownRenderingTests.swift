import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// The `markdown` mode.
@Suite struct MarkdownRenderingTests {
    typealias F = RenderingFixtures

    @Test func markdownPinned() {
        // Nulls are empty; the footer sits after a blank line so GFM does not read it as a row.
        #expect(F.render(F.cities, .markdown) == """
        | city   | population | motto                                   |
        |--------|-----------:|-----------------------------------------|
        | Oslo   |     709037 | say "hei", then go                      |
        | Zürich |      421.5 |                                         |
        | 東京   |            | a rather long motto that goes on and on |

        note: illustrative data

        """)
    }

    @Test func escapesPipesBackslashesAndBreaks() {
        let table = Table(columns: ["a|b"], rows: [[.text("x|y\\z\nw")]])
        #expect(F.render(table, .markdown) == #"""
        | a\|b         |
        |--------------|
        | x\|y\\z<br>w |

        """#)
    }

    @Test func numericColumnNeedsAllNonNullNumbers() {
        let table = Table(columns: ["mixed", "nums"], rows: [
            [.integer(1), .integer(1)], [.text("x"), .null], [.null, .number(2.5)],
        ])
        let lines = F.lines(F.render(table, .markdown))
        #expect(lines[1] == "|-------|-----:|")
        #expect(lines[2] == "| 1     |    1 |")
    }

    @Test func truncationKeepsEscapesWhole() {
        // Cutting "a\|b" after the backslash would escape the cell's closing pipe.
        #expect(MarkdownRenderer.truncate("a\\|bcdef", to: 3) == "a…")
        #expect(MarkdownRenderer.truncate("a\\|bcdef", to: 4) == "a\\|…")
        #expect(MarkdownRenderer.truncate("ab<br>cdef", to: 5) == "ab…")
        #expect(MarkdownRenderer.truncate("short", to: 5) == "short")
    }

    @Test func emptyTable() {
        #expect(F.render(Table(columns: ["a", "b"]), .markdown) == """
        | a | b |
        |---|---|

        (0 rows)

        """)
    }
}
