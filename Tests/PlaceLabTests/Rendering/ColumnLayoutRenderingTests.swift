import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Column fitting and text wrapping shared by the text modes.
@Suite struct ColumnLayoutRenderingTests {
    @Test func naturalWidthsWhenTheyFit() {
        let layout = ColumnLayout.fit(natural: [4, 10, 30], floors: [4, 4, 4], maxWidth: 54)
        #expect(layout == ColumnLayout(widths: [4, 10, 30], hiddenColumns: 0))
        #expect(ColumnLayout.fit(natural: [4, 10, 30], floors: [4, 4, 4], maxWidth: nil).widths == [4, 10, 30])
    }

    @Test func widestShrinksFirst() {
        // 1 + 3·3 = 10 for the frame leaves 34 for three columns that want 4 + 10 + 30.
        let layout = ColumnLayout.fit(natural: [4, 10, 30], floors: [4, 4, 4], maxWidth: 44)
        #expect(layout == ColumnLayout(widths: [4, 10, 20], hiddenColumns: 0))
        // Two wide columns share the cut evenly; spare columns go left to right.
        #expect(ColumnLayout.shrink([30, 30, 2], floors: [6, 6, 2], to: 33) == [16, 15, 2])
    }

    @Test func floorsHoldThenTrailingColumnsDrop() {
        // Four need 1 + 4·3 + 21+6+6+6 = 52; at 51 the last column goes, never the first.
        let fits = ColumnLayout.fit(natural: [21, 40, 40, 40], floors: [21, 6, 6, 6], maxWidth: 52)
        #expect(fits == ColumnLayout(widths: [21, 6, 6, 6], hiddenColumns: 0))
        let drops = ColumnLayout.fit(natural: [21, 40, 40, 40], floors: [21, 6, 6, 6], maxWidth: 51)
        #expect(drops == ColumnLayout(widths: [21, 10, 10], hiddenColumns: 1))
    }

    @Test func oneColumnIsAlwaysKept() {
        let layout = ColumnLayout.fit(natural: [50, 50], floors: [50, 20], maxWidth: 9)
        #expect(layout == ColumnLayout(widths: [5], hiddenColumns: 1))
    }

    @Test func cellsPadOutsideThePaint() {
        #expect(ColumnLayout.cell("ab", width: 4, alignRight: true, paint: { "<\($0)>" }) == "  <ab>")
        #expect(ColumnLayout.cell("東京都", width: 5, alignRight: false) == "東京…")
        #expect(ColumnLayout.cell("東京都", width: 4, alignRight: false) == "東… ")
    }


    @Test func cellTextNeutralisesControls() {
        #expect(CellText.singleLine("a\r\nb\nc\td\u{7}") == "a↵b↵c d\u{FFFD}")
        #expect(CellText.lines("x\ny\u{2028}z") == ["x", "y", "z"])
    }
}
