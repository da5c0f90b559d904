/// Gould & Fernandez (1989) brokerage roles counted per node.
public struct BrokerageCounts: Sendable, Equatable {
    /// Broker and both ends in one group: brokering inside it.
    public var coordinator: Int
    /// Both ends in one group, the broker outside it: a go-between for another group.
    public var itinerant: Int
    /// Broker in the receiving end's group: controls what enters it.
    public var gatekeeper: Int
    /// Broker in the sending end's group: speaks for it to another.
    public var representative: Int
    /// All three in different groups.
    public var liaison: Int

    /// All brokered pairs, whatever the role.
    public var total: Int { coordinator + itinerant + gatekeeper + representative + liaison }

    public init(coordinator: Int = 0, itinerant: Int = 0, gatekeeper: Int = 0, representative: Int = 0, liaison: Int = 0) {
        self.coordinator = coordinator
        self.itinerant = itinerant
        self.gatekeeper = gatekeeper
        self.representative = representative
        self.liaison = liaison
    }
}
