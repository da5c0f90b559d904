import Foundation
import Testing
@testable import PlaceLab
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabLanguage
@testable import PlaceLabNetworks
@testable import PlaceLabRender

/// A heuristic for a person to read, not a proof: a stated value whose words are certain
/// ("all", "always", "needed", "shows") while its quote hedges (may, might, appear, seem,
/// possible, some) and it does not may have dropped the source's modality. The suspects a person has read
/// and kept are listed in Tests/Reviewed/hedge-suspects.txt; only a new suspect fails.
@Suite struct HedgeSuspectsTests {
    static let certainty: Set<String> = ["all", "always", "every", "needed", "need", "needs", "must", "shows", "show",
                                         "proves", "proved", "clearly", "certainly", "never", "essential"]
    static let hedges: Set<String> = ["may", "might", "appear", "appears", "seem", "seems", "possible", "possibly",
                                      "some", "could", "likely", "probably", "perhaps", "suggests"]
    /// Words by which a value keeps a hedge in its own way ("if closed it can become").
    static let ownHedges = hedges.union(["can", "if", "possible", "suggest"])
    static let reviewedFile = BundledDatasetsTests.root.appendingPathComponent("Tests/Reviewed/hedge-suspects.txt").path

    static func words(_ text: String) -> Set<String> {
        Set(text.lowercased().split { !$0.isLetter && $0 != "'" }.map(String.init))
    }

    /// `dataset/row/column: the certain words | the hedges`, one per suspect.
    static func suspects() -> [(id: String, why: String)] {
        var found: [(String, String)] = []
        for dataset in BundledDatasetsTests.allDatasets() {
            let keys = dataset.key.flatMap { dataset.column(named: $0)?.values }
            for column in dataset.columns where column.name != dataset.key {
                for (row, value) in column.values.enumerated() {
                    guard case .text(let text) = value, let fact = column.provenance?[row],
                          fact.basis == .stated, fact.qualifier == nil else { continue }
                    let said = words(text)
                    let certain = said.intersection(certainty)
                    let hedged = words(fact.quote).intersection(hedges)
                    // A value that hedges in words of its own has kept the modality.
                    guard !certain.isEmpty, !hedged.isEmpty, said.isDisjoint(with: ownHedges) else { continue }
                    let key = keys.map { $0[row].plainText } ?? "row \(row + 1)"
                    found.append(("\(dataset.name)/\(key)/\(column.name)",
                                  certain.sorted().joined(separator: ",") + " | " + hedged.sorted().joined(separator: ",")))
                }
            }
        }
        return found
    }

    static func reviewed() -> Set<String> {
        let text = (try? String(contentsOfFile: reviewedFile, encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            return String(trimmed.split(separator: " ", maxSplits: 1)[0])
        })
    }

    @Test func noNewSuspectsBeyondTheReviewedOnes() {
        let suspects = HedgeSuspectsTests.suspects()
        let reviewed = HedgeSuspectsTests.reviewed()
        print("hedge suspects (\(suspects.count), \(reviewed.count) reviewed):")
        for suspect in suspects { print("  \(suspect.id)  \(suspect.why)") }
        let new = suspects.filter { !reviewed.contains($0.id) }
        #expect(new.isEmpty, """
            stated values whose words are surer than their quotes: \(new.map { "\($0.id) (\($0.why))" }.joined(separator: "; ")). \
            Keep the source's hedge in the value, mark it inferred with a note, add a qualifier, or, \
            once read and found faithful, list it in Tests/Reviewed/hedge-suspects.txt
            """)
    }

    /// The heuristic itself: it catches the dropped hedges this project once shipped.
    @Test func theHeuristicCatchesADroppedHedge() {
        let certain = HedgeSuspectsTests.words("the Findings argue all three are needed").intersection(HedgeSuspectsTests.certainty)
        let hedged = HedgeSuspectsTests.words("civic leadership in all three realms can play an important role, it may")
            .intersection(HedgeSuspectsTests.hedges)
        #expect(certain == ["all", "needed"])
        #expect(hedged == ["may"])
    }
}
