import PlaceLabCore

/// One case's facts, read with their provenance, for `show` and `compare`: each facet's
/// value as text (nil = unknown), whether the source states it or PlaceLab inferred it, and
/// where it comes from. Derived facets (innovation zones, the bundled network) say how.
struct CaseFact {
    /// The facet's name as `compare … on` takes it: `country`, `zones`.
    let facet: String
    /// The value as text, with the source's hedge when it has one; nil when the data does not know it.
    let text: String?
    /// `stated`, `inferred`, `illustrative`; nil when unknown.
    let basis: Provenance.Basis?
    let provenance: Provenance?
    /// Why PlaceLab concluded it, when it is not stated; for an unknown value, a hint the
    /// source gives without saying it (Portland's country), which is not a value.
    let note: String?

    var isEstimate: Bool { CaseFacts.estimates.contains(facet) }

    /// "stated", "inferred teaching estimate", "illustrative", or "unknown".
    var basisText: String {
        guard text != nil, let basis else { return "unknown" }
        return isEstimate ? "inferred teaching estimate" : basis.rawValue
    }
}

struct CaseFacts {
    /// The 0–5 teaching estimates of the strategic triangle (always inferred).
    static let estimates = ["authority", "capacity", "value"]
    /// What `compare` shows when no facets are named.
    static let defaultFacets = ["country", "programmes", "phase", "authority", "capacity", "value",
                                "realms", "zones", "layers", "partners", "network"]
    /// Every facet `compare … on` accepts.
    static let allFacets = ["name", "kind", "study", "country", "scope", "programmes", "areas", "partners",
                            "research_partners", "numbers", "phase", "stage_described", "authority", "capacity",
                            "value", "realms", "zones", "layers", "network", "summary"]

    let row: FactRow
    /// The innovation zones (`zones`), when loaded.
    let zones: Dataset?
    /// The bundled network that belongs to this case, if any.
    let network: Network?

    init(_ row: FactRow, catalog: Catalog) {
        self.row = row
        zones = catalog.dataset("zones")
        network = catalog.entries.lazy.compactMap { entry -> Network? in
            if case .network(let network) = entry, network.caseID == row.key { return network }
            return nil
        }.first
    }

    var name: String { row.text("name") ?? row.key }

    /// A column of `cases` as a fact.
    func column(_ column: String) -> CaseFact {
        let value = row.value(column)
        let fact = row.provenance(column)
        let text: String? = value.isNull ? nil : fact?.qualified(value.plainText) ?? value.plainText
        return CaseFact(facet: column, text: text, basis: text == nil ? nil : fact?.basis ?? .stated,
                        provenance: text == nil ? nil : fact, note: fact?.note)
    }

    /// The innovation zones whose realms are all among the case's realms.
    var zoneFact: CaseFact {
        let realms = Set(row.list("realms"))
        guard !realms.isEmpty, let zones else {
            return CaseFact(facet: "zones", text: nil, basis: nil, provenance: nil, note: nil)
        }
        let inPlay = zones.factRows.filter { zone in
            let needed = zone.list("realms")
            return !needed.isEmpty && needed.allSatisfy(realms.contains)
        }.map(\.key)
        let text = inPlay.isEmpty ? "none (only one realm)" : inPlay.joined(separator: ", ")
        let note = "Zones whose realms are all among the case's realms; which overlaps count as zones is "
            + "PlaceLab's reading (Figure A is not in the seed)."
        return CaseFact(facet: "zones", text: text, basis: .inferred, provenance: row.provenance("realms"), note: note)
    }

    /// The bundled network's size, said to be illustrative when it is.
    var networkSummary: String? {
        guard let network else { return nil }
        return network.name + (network.isIllustrative ? " (illustrative)" : "") + ": "
            + "\(plural(network.nodes.rowCount, "node")), \(plural(network.edges.rowCount, "edge"))"
            + (network.directed ? ", directed" : "")
    }

    /// The bundled network as a fact (for `show`).
    var bundledNetworkFact: CaseFact? {
        guard let network, let summary = networkSummary else { return nil }
        let basis: Provenance.Basis = network.isIllustrative ? .illustrative : .stated
        return CaseFact(facet: "bundled network", text: summary, basis: basis, provenance: nil,
                        note: network.illustrativeNote)
    }

    /// One facet by name: a column, `zones`, or `network` (the bundled network when there is
    /// one, else how the source describes the case's networks).
    func fact(_ facet: String) -> CaseFact {
        switch facet {
        case "zones":
            return zoneFact
        case "network":
            if let summary = networkSummary, let bundled = bundledNetworkFact {
                return CaseFact(facet: "network", text: summary, basis: bundled.basis, provenance: nil, note: bundled.note)
            }
            return column("network")
        default:
            return column(facet)
        }
    }
}
