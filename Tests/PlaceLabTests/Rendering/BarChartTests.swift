import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Horizontal bars: eighth blocks, widths, the axis, negatives and nulls.
@Suite struct BarChartTests {
    private func bar(_ label: String, _ value: Double?) -> BarChart.Bar {
        BarChart.Bar(label: label, value: value, text: value.map { Value.format($0) } ?? "")
    }

    private func lines(_ bars: [BarChart.Bar], width: Int = 40, _ glyphs: BarChart.Glyphs = .unicode) -> [String] {
        BarChart(bars: bars, width: width, glyphs: glyphs).text.split(separator: "\n").map(String.init)
    }

    /// The display column of the axis on a line.
    private func axisColumn(_ line: String, _ axis: Character = "│") -> Int? {
        guard let index = line.firstIndex(of: axis) else { return nil }
        return DisplayWidth.of(String(line[..<index]))
    }

    @Test func barsGrowRightInEighthsOfACell() {
        #expect(BarChart.rightBar(cells: 3, .unicode) == "███")
        #expect(BarChart.rightBar(cells: 3.5, .unicode) == "███▌")
        #expect(BarChart.rightBar(cells: 0.125, .unicode) == "▏")
        #expect(BarChart.rightBar(cells: 1.375, .unicode) == "█▍")
        #expect(BarChart.rightBar(cells: 2.875, .unicode) == "██▉")
        // Within a sixteenth of the next whole cell, the bar is whole.
        #expect(BarChart.rightBar(cells: 2.97, .unicode) == "███")
        #expect(BarChart.rightBar(cells: 0, .unicode) == "")
    }

    @Test func everyEighthHasItsOwnBlock() {
        let blocks = (1...8).map { BarChart.rightBar(cells: Double($0) / 8, .unicode) }
        #expect(blocks == ["▏", "▎", "▍", "▌", "▋", "▊", "▉", "█"])
    }

    @Test func aValueThatIsNotZeroIsNeverInvisible() {
        #expect(BarChart.rightBar(cells: 0.01, .unicode) == "▏")
        #expect(BarChart.rightBar(cells: 0.01, .ascii) == "#")
        #expect(BarChart.leftBar(cells: 0.01, .unicode) == "▐")
    }

    @Test func asciiBarsRoundToWholeCells() {
        #expect(BarChart.rightBar(cells: 2.4, .ascii) == "##")
        #expect(BarChart.rightBar(cells: 2.6, .ascii) == "###")
        #expect(BarChart.leftBar(cells: 1.5, .ascii) == "##")
    }

    @Test func barsGrowLeftInHalves() {
        #expect(BarChart.leftBar(cells: 2, .unicode) == "██")
        #expect(BarChart.leftBar(cells: 2.5, .unicode) == "▐██")
        #expect(BarChart.leftBar(cells: 2.8, .unicode) == "███")
        #expect(BarChart.leftBar(cells: 2.1, .unicode) == "██")
    }

    @Test func theLargestValueFillsTheBarAreaAndOthersAreInProportion() {
        let out = lines([bar("a", 4), bar("b", 2), bar("c", 1)], width: 41)
        let layout = BarChart(bars: [bar("a", 4), bar("b", 2), bar("c", 1)], width: 41, glyphs: .unicode).layout
        // label "a", a space, the axis, the bar, a space, one digit: 36 cells, a multiple of 4.
        #expect(layout.rightCells == 41 - 1 - 1 - 1 - 2)
        #expect(out[0] == "a │" + String(repeating: "█", count: layout.rightCells) + " 4")
        #expect(out[1].filter { $0 == "█" }.count * 2 == layout.rightCells)
        #expect(out[2].filter { $0 == "█" }.count == layout.rightCells / 4)
    }

    @Test func linesFitTheWidthAndLabelsAlignWhateverTheirScript() {
        let bars = [bar("東京", 12.5), bar("Zürich", 3), bar("🎉 party", 7.25), bar("Oslo", 0)]
        for width in [30, 60, 80, 132] {
            let out = lines(bars, width: width)
            #expect(out.allSatisfy { DisplayWidth.of($0) <= width }, "width \(width): \(out)")
            #expect(Set(out.compactMap { axisColumn($0) }).count == 1, "width \(width): \(out)")
        }
    }

    @Test func longLabelsAreCutToLeaveRoomForTheBars() {
        let long = String(repeating: "a very long label ", count: 5)
        let out = lines([bar(long, 1), bar("b", 2)], width: 60)
        #expect(out[0].contains("…"))
        #expect(out.allSatisfy { DisplayWidth.of($0) <= 60 })
        #expect(out[1].contains("█"))
    }

    @Test func negativeValuesGrowLeftOfOneAxis() {
        let out = lines([bar("up", 3), bar("down", -1.5), bar("none", nil)], width: 50)
        let axis = out.compactMap { axisColumn($0) }
        #expect(axis.count == 3 && Set(axis).count == 1)
        // The negative bar ends at the axis with its value before it; the positive one starts there.
        #expect(out[1].hasSuffix("█│"))
        #expect(out[1].contains("-1.5 ▐") || out[1].contains("-1.5 █"))
        #expect(out[0].contains("│█") && out[0].hasSuffix(" 3"))
        #expect(out.allSatisfy { DisplayWidth.of($0) <= 50 })
        // Three units right, one and a half left: twice as many cells right of the axis.
        let right = out[0].filter { $0 == "█" }.count
        let left = out[1].filter { $0 == "█" }.count
        #expect(abs(right - 2 * left) <= 2)
    }

    @Test func onlyNegativeValuesStillShareOneAxis() {
        let out = lines([bar("a", -2), bar("b", -4)], width: 30)
        #expect(out.allSatisfy { $0.hasSuffix("│") })
        #expect(Set(out.compactMap { axisColumn($0) }).count == 1)
    }

    @Test func nullsShowTheMarkerWithoutABar() {
        let out = lines([bar("known", 2), bar("unknown", nil)])
        #expect(out[1] == "unknown │ null")
        #expect(!out[1].contains("█"))
    }

    @Test func nullsAreDimmedOnlyWhenColourIsAllowed() {
        let bars = [bar("known", 2), bar("unknown", nil)]
        let plain = BarChart(bars: bars, width: 40, glyphs: .unicode, style: .plain).text
        let coloured = BarChart(bars: bars, width: 40, glyphs: .unicode, style: TextStyle(colored: true)).text
        #expect(!plain.contains("\u{1B}"))
        #expect(coloured.contains(TextStyle(colored: true).paint("null", .muted)))
    }

    @Test func allZerosDrawNoBars() {
        let out = lines([bar("a", 0), bar("b", 0)])
        #expect(out == ["a │ 0", "b │ 0"])
    }

    @Test func asciiChartsUseHashesAndABar() {
        let out = lines([bar("a", 2), bar("b", 1)], width: 20, .ascii)
        #expect(out.allSatisfy { $0.contains("|#") })
        #expect(out.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) })
    }

    @Test func labelsWithLineBreaksStayOnOneLine() {
        let out = lines([bar("two\nlines", 1)])
        #expect(out.count == 1 && out[0].hasPrefix("two↵lines │"))
    }

    @Test func extremeValuesDrawWithoutTrapping() {
        // A subnormal span, a span past the largest double, and non-finite values.
        let tiny = lines([bar("a", 1e-320), bar("b", 5e-321)])
        #expect(tiny.count == 2 && tiny.allSatisfy { DisplayWidth.of($0) <= 40 })
        let wide = lines([bar("a", .greatestFiniteMagnitude), bar("b", -.greatestFiniteMagnitude)], width: 80)
        #expect(wide.count == 2 && wide.allSatisfy { DisplayWidth.of($0) <= 80 })
        let named = lines([bar("a", .nan), bar("b", .infinity), bar("c", -.infinity), bar("d", 1)], .ascii)
        #expect(named[0].hasSuffix("| NaN") && named[1].hasSuffix("| inf") && named[2].hasSuffix("| -inf"))
        #expect(BarChart.rightBar(cells: .infinity, .unicode).count == BarChart.longestBar)
        #expect(BarChart.leftBar(cells: 1e300, .ascii).count == BarChart.longestBar)
    }
}
