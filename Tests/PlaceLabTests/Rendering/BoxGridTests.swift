@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender
import Testing

/// The grid that sums overlaps for big networks' labels gives the plain sum over every box.
struct BoxGridTests {
    @Test func gridOverlapEqualsThePlainSum() {
        var random = Structure.SeededGenerator(seed: 3)
        func number(_ range: Double) -> Double { Double(random.next() >> 11) * 0x1p-53 * range }
        var grid = BoxGrid()
        var boxes: [LabelPlacer.Box] = []
        for _ in 0..<2_000 {
            let box = LabelPlacer.Box(left: number(1_000) - 100, top: number(800) - 100, width: number(160), height: number(40))
            boxes.append(box)
            grid.insert(box)
        }
        for _ in 0..<500 {
            let query = LabelPlacer.Box(left: number(1_000) - 100, top: number(800) - 100, width: number(200), height: number(60))
            let plain = boxes.reduce(0) { $0 + query.overlap($1) }
            let fromGrid = grid.overlap(query)
            #expect(abs(plain - fromGrid) <= 1e-9 * max(1, plain))
        }
    }

    @Test func boxesAcrossManyCellsCountOnceAndOddNumbersDoNotTrap() {
        var grid = BoxGrid(cell: 10)
        grid.insert(LabelPlacer.Box(left: 0, top: 0, width: 100, height: 100))
        #expect(grid.overlap(LabelPlacer.Box(left: 5, top: 5, width: 50, height: 50)) == 2_500)
        grid.insert(LabelPlacer.Box(left: .nan, top: 1e300, width: 1, height: 1))
        #expect(grid.overlap(LabelPlacer.Box(left: 200, top: 200, width: 5, height: 5)) == 0)
    }
}
