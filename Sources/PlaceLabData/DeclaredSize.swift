import PlaceLabCore

/// A count a network file declares (`*Vertices N` in Pajek, `n=N` in UCINET DL) makes that many
/// nodes even when the file never names them, so 19 bytes could ask for ten million nodes and
/// hundreds of megabytes. The rule, one for both formats: allocate from what the file holds,
/// not from what it declares. A count is checked twice, each time before anything is made
/// for it: when read, against what the file's size could back at all, and once the file is
/// read, against the nodes it names.
enum DeclaredSize {
    /// Nodes a file may declare for each line it has (a line may name a hundred in a DL row or
    /// a Pajek list), and at least this many whatever its size.
    static let nodesPerLine = 100
    static let leastBacked = 10_000

    /// The most nodes a file may declare without naming them (in a vertex line, a label or a tie).
    static let mostUnnamed = 100_000

    /// Refuses a count as soon as it is read: past what PlaceLab reads at all, or far past what
    /// the file's lines could list. `declaration` is the count as written (`*Vertices 20`).
    static func checkBacked(_ declaration: String, count: Int, noun: String, in text: NetworkText,
                            at position: (line: Int, column: Int)) throws {
        guard count <= Network.mostNodes else {
            throw text.error("\(declaration) is more than the \(Network.mostNodes) \(noun) PlaceLab reads", at: position)
        }
        guard count <= max(leastBacked, text.lineCount * nodesPerLine) else {
            throw text.error("\(declaration) declares far more \(noun) than the file's \(text.lineCount) lines hold",
                             at: position, help: "check the number; a file cut short lists fewer \(noun) than it declares")
        }
    }

    /// Refuses a count, once the file is read, that leaves more than `mostUnnamed` nodes the file
    /// never names; nodes the file does name cost what they take to write.
    static func checkNamed(_ declaration: String, count: Int, named: Int, noun: String, in text: NetworkText,
                           at position: (line: Int, column: Int)) throws {
        guard count - named > mostUnnamed else { return }
        throw text.error("\(declaration) declares \(count) \(noun) but the file names only \(named) of them; "
                         + "PlaceLab makes at most \(mostUnnamed) \(noun) a file does not name",
                         at: position, help: "check the number; a network this large has to list its \(noun) or their ties")
    }
}
