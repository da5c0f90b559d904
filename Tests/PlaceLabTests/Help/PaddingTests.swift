import Foundation
import Testing
@testable import PlaceLab

/// `padded(to:)` stands in for Foundation's padding with spaces, so it must give the same text.
@Suite struct PaddingTests {
    @Test(arguments: ["", "Place:", "confidence", "é", "naïve:", "👩‍🏫 teacher", "日本語", "exactly", "a longer label than the width"])
    func sameAsFoundation(_ text: String) {
        for width in 0...20 {
            #expect(text.padded(to: width) == text.padding(toLength: width, withPad: " ", startingAt: 0), "\(text) \(width)")
        }
    }
}
