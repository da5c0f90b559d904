import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// Numbers in the text modes: rounded per column, never cut.
@Suite struct NumberColumnTests {
    private func texts(_ numbers: [Double]) -> [String] {
        let values = numbers.map(Value.number)
        let column = NumberColumn(values)
        return values.map(column.text)
    }

    @Test func fourSignificantDigitsOfTheLargestValueForTheWholeColumn() {
        #expect(texts([0.23339371980676327, 0.0009057971014492754, 0]) == ["0.2334", "0.0009", "0.0000"])
        #expect(texts([0.6, 0.5454545454545454]) == ["0.6000", "0.5455"])
        #expect(texts([1234.5678, 2.5]) == ["1234.6", "2.5"])
        #expect(texts([0.01234, 0.5]) == ["0.0123", "0.5000"])
    }

    @Test func unlikeMagnitudesKeepTheirOwnDigits() {
        // A summary of different measures: counts beside shares.
        #expect(texts([25, 109, 0.18166666666666667, 0.05504587155963303, 12345.678])
                == ["25", "109", "0.1817", "0.05505", "12346"])
        #expect(texts([2e-7, 0.5]) == ["2e-07", "0.5"])
    }

    @Test func zerosEveryValueEndsWithAreDropped() {
        #expect(texts([5.5, 2.25]) == ["5.50", "2.25"])
        #expect(texts([5.5, 2.5]) == ["5.5", "2.5"])
    }

    @Test func integersStayWholeAndBesideFractionsEachValueKeepsItsOwnDigits() {
        let plain = NumberColumn([.integer(10), .integer(3), .null])
        #expect(plain.text(.integer(10)) == "10")
        #expect(NumberColumn([.number(4), .number(3)]).text(.number(4)) == "4")
        // A summary's 13 nodes beside its density of 0.0897: neither 13.00 nor 0.09.
        let mixed = NumberColumn([.integer(13), .number(0.08974358974358974)])
        #expect(mixed.text(.integer(13)) == "13")
        #expect(mixed.text(.number(0.08974358974358974)) == "0.08974")
    }

    @Test func extremeMagnitudesUseScientificNotation() {
        #expect(texts([1.5e20, 2.0]) == ["1.5e+20", "2"])
        #expect(texts([1.25e-12, 3e-13]) == ["1.25e-12", "3e-13"])
    }

    @Test func nonFiniteValuesAndOtherKindsAreNamed() {
        let column = NumberColumn([.number(0.5), .number(.nan), .number(-.infinity), .text("x")])
        #expect(column.text(.number(.nan)) == "NaN")
        #expect(column.text(.number(-.infinity)) == "-inf")
        #expect(column.text(.text("x")) == "x")
        #expect(column.text(.number(-0.00001)) == "0.0")
    }
}
