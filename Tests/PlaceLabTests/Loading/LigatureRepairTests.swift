import Foundation
import PropertyBased
import Testing
@testable import PlaceLabCore

/// The byte scan that mends PDF ligature breaks must do exactly what the regular expression
/// `(f[il]) (?=[a-z])` → `$1` does, on any text.
@Suite struct LigatureRepairTests {
    static func byPattern(_ text: String) -> String {
        text.replacingOccurrences(of: "(f[il]) (?=[a-z])", with: "$1", options: .regularExpression)
    }

    @Test(arguments: [
        ("confi dence", "confidence"), ("fl exible", "flexible"), ("staff so", "staff so"),
        ("fi fl ow", "fiflow"), ("the fi", "the fi"), ("fi A", "fi A"), ("fi  x", "fi  x"),
        ("é fi é", "é fi é"), ("", ""), ("in fi nitely signifi cant", "in finitely significant"),
    ])
    func mendsTheBreaksAndNothingElse(_ raw: String, _ mended: String) {
        #expect(LigatureRepair.mend(raw) == mended)
        #expect(Self.byPattern(raw) == mended)
    }

    @Test func agreesWithTheRegularExpressionOnRandomText() async {
        let alphabet: [Character] = ["f", "i", "l", "F", " ", "a", "z", "é", "\t", "-"]
        let texts = Gen.int(in: 0...(alphabet.count - 1)).array(of: 0...12)
        await propertyCheck(count: 3_000, input: texts) { picks in
            let text = String(picks.map { alphabet[$0] })
            #expect(LigatureRepair.mend(text) == Self.byPattern(text))
        }
    }
}
