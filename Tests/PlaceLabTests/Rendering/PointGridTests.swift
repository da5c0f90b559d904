@testable import PlaceLabNetworks
@testable import PlaceLabRender
import Testing

/// The row index that counts tie points under a label spot gives the plain count.
struct PointGridTests {
    private static func plainCount(_ points: [(x: Double, y: Double)], in box: LabelPlacer.Box) -> Int {
        points.filter { $0.x >= box.left && $0.x <= box.right && $0.y >= box.top && $0.y <= box.bottom }.count
    }

    @Test func countEqualsThePlainCount() {
        var random = Structure.SeededGenerator(seed: 11)
        func number(_ range: Double) -> Double { Double(random.next() >> 11) * 0x1p-53 * range }
        // Some points on whole and half pixels, so box edges fall exactly on them and on row bounds.
        let points: [(x: Double, y: Double)] = (0..<20_000).map { index in
            index % 3 == 0 ? ((number(1_000) * 2).rounded() / 2, (number(800) * 2).rounded() / 2)
                           : (number(1_000) - 50, number(800) - 50)
        }
        let grid = PointGrid(points: points)
        for index in 0..<2_000 {
            var query = LabelPlacer.Box(left: number(1_100) - 100, top: number(900) - 100, width: number(180), height: number(40))
            if index % 4 == 0 { query = LabelPlacer.Box(left: query.left.rounded(), top: query.top.rounded(), width: 60, height: 12) }
            #expect(grid.count(in: query) == Self.plainCount(points, in: query))
        }
    }

    @Test func oddCoordinatesNeitherTrapNorCount() {
        let points: [(x: Double, y: Double)] = [(.nan, 5), (5, .infinity), (3, 3), (1e300, -1e300), (-1e300, 1e300), (4, 4)]
        let grid = PointGrid(points: points)
        let boxes = [
            LabelPlacer.Box(left: 0, top: 0, width: 10, height: 10),
            LabelPlacer.Box(left: -.infinity, top: -.infinity, width: .infinity, height: .infinity),
            LabelPlacer.Box(left: .nan, top: 0, width: 10, height: 10),
            LabelPlacer.Box(left: 1e299, top: -1e301, width: 1e301, height: 1e301),
            LabelPlacer.Box(left: 0, top: 10, width: 10, height: -5),
        ]
        for box in boxes { #expect(grid.count(in: box) == Self.plainCount(points, in: box)) }
        #expect(PointGrid(points: []).count(in: boxes[0]) == 0)
    }
}
