/// The phases of the innovation lifecycle, in order (the NESTA/Young Foundation model).
public enum LifecyclePhase: String, CaseIterable, Sendable, Comparable {
    case latent
    case designDiscovery = "design_discovery"
    case mobilisation
    case mainstreaming
    case embedding

    /// Phase 0 to 4.
    public var number: Int { LifecyclePhase.allCases.firstIndex(of: self)! }

    /// Finds a phase by its id or by a common spelling ("design & discovery", "mobilization").
    public init?(_ name: String) {
        let key = name.lowercased()
            .replacingOccurrences(of: "&", with: "and")
            .split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" })
            .joined(separator: "_")
        switch key {
        case "latent": self = .latent
        case "design_discovery", "design_and_discovery", "design", "discovery": self = .designDiscovery
        case "mobilisation", "mobilization": self = .mobilisation
        case "mainstreaming": self = .mainstreaming
        case "embedding": self = .embedding
        default: return nil
        }
    }

    public static func < (lhs: LifecyclePhase, rhs: LifecyclePhase) -> Bool {
        lhs.number < rhs.number
    }
}
