@testable import PlaceLabNetworks

/// The tests' seeded randomness: PlaceLab's own SplitMix64 generator, so the same seed gives
/// the same tables, graphs and damage on every run.
typealias SeededRandom = Structure.SeededGenerator

extension Structure.SeededGenerator {
    /// A number in `range`, by remainder: the slight bias is nothing to a test, and it keeps
    /// the generated data what it has always been.
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    /// True `percent` times in a hundred.
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }

    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
}
