/// A count a network file declares (`*Vertices N` in Pajek, `n=N` in UCINET DL) makes that many
/// nodes even when the file never names them, so 20 bytes could ask for ten million nodes and
/// hundreds of megabytes. Nodes the file names cost what they take to write; the others are
/// capped, and a count past the cap is refused at its place before anything is allocated.
enum DeclaredSize {
    /// The most nodes a file may declare without naming them (in a vertex line, a label or a tie).
    static let mostUnnamed = 100_000

    /// Why a file declaring `declared` nodes and naming `named` of them is refused; nil if it is not.
    static func problem(_ keyword: String, declared: Int, named: Int) -> String? {
        let unnamed = declared - named
        guard unnamed > mostUnnamed else { return nil }
        return "\(keyword) declares \(declared) nodes but the file names only \(named) of them; "
            + "PlaceLab makes at most \(mostUnnamed) nodes a file does not name"
    }

    static let help = "check the number; a network this large has to list its nodes or their ties"
}
