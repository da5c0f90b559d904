import Foundation
import PlaceLabCore

/// A network as an SVG figure: nodes as circles coloured by realm and sized by a measure, the
/// holders of a role ringed and named, ties as lines under them (arrows when directed, wider
/// for stronger or more relations), laid out by force or in bands by layer, with a key, how to
/// read it, and — for an illustrative network — its note.
package struct NetworkSVG {
    package struct Node: Equatable {
        package let id: String
        let label: String
        let realm: String?
        let layer: String?
        /// The sizing measure's value; nil when the measure has none for the node.
        let value: Double?
        /// hub, gatekeeper, pulsetaker: PlaceLab's role rule.
        let roles: [String]

        package init(id: String, label: String, realm: String?, layer: String?, value: Double?, roles: [String]) {
            self.id = id
            self.label = label
            self.realm = realm
            self.layer = layer
            self.value = value
            self.roles = roles
        }
    }

    /// A tie between nodes (indices into `nodes`): one per direction when directed.
    package struct Tie: Equatable {
        package let source: Int
        package let target: Int
        /// Its weight, or its number of relations, as `thickness` says.
        package let strength: Double

        package init(source: Int, target: Int, strength: Double) {
            self.source = source
            self.target = target
            self.strength = strength
        }
    }

    /// What a tie's width shows.
    package enum Thickness: Equatable {
        case uniform
        case weight
        /// How many relation types tie the pair, when every relation is drawn.
        case multiplexity
    }

    package enum Layout: String, CaseIterable {
        case force
        case layers
    }

    /// A realm or a layer: its id in the data and the name the key shows.
    package struct Category: Equatable {
        let id: String
        let name: String

        package init(id: String, name: String) {
            self.id = id
            self.name = name
        }
    }

    package let name: String
    /// The network's own title, shown under the figure's.
    var networkTitle: String?
    /// The one relation drawn, or nil for all of them together.
    var relation: String?
    /// How many relation types the network has.
    package var relationCount: Int
    let directed: Bool
    package let nodes: [Node]
    package let ties: [Tie]
    var thickness: Thickness
    /// The measure's column name, and a few words on what it counts.
    package let measure: String
    let measureMeaning: String
    let layout: Layout
    /// The known realms, in the order that fixes their colours.
    let realms: [Category]
    /// The known layers, top to bottom.
    let layers: [Category]
    package var illustrativeNote: String?
    /// The network's description.
    var about: String?

    /// The seed of the force-directed layout; the figure says it.
    static let seed: UInt64 = 42

    // Layout, in pixels: the plot, then the key to its right.
    let margin = 32.0
    let keyWidth = 250.0
    let keyGap = 36.0

    package init(name: String, networkTitle: String? = nil, relation: String? = nil, relationCount: Int,
                 directed: Bool, nodes: [Node], ties: [Tie], thickness: Thickness, measure: String,
                 measureMeaning: String, layout: Layout, realms: [Category], layers: [Category],
                 illustrativeNote: String? = nil, about: String? = nil) {
        self.name = name
        self.networkTitle = networkTitle
        self.relation = relation
        self.relationCount = relationCount
        self.directed = directed
        self.nodes = nodes
        self.ties = ties
        self.thickness = thickness
        self.measure = measure
        self.measureMeaning = measureMeaning
        self.layout = layout
        self.realms = realms
        self.layers = layers
        self.illustrativeNote = illustrativeNote
        self.about = about
        self.valueRange = NetworkSVG.range(of: nodes)
    }

    var labelSize: Double { nodes.count > 60 ? 10 : 11 }
    var lineHeight: Double { labelSize + 2 }

    var plotWidth: Double {
        let base = nodes.count <= 60 ? 760 : min(1500, 760 * (Double(nodes.count) / 60).squareRoot())
        guard layout == .layers else { return base }
        // Wide enough for the fullest band on two staggered lines, labels up to 170 pixels apart.
        let fullest = bands.map(\.nodes.count).max() ?? 0
        return min(1500, max(base, (Double(fullest) / 2).rounded(.up) * 175 + 60))
    }

    /// The force layout's height; the layered layout's follows its bands.
    private var forceHeight: Double { (plotWidth * 0.76).rounded() }

    var width: Double { margin + plotWidth + keyGap + keyWidth + margin }

    /// Radii from smallest to largest, shrinking as the nodes get more and the room each has less.
    var radii: (smallest: Double, largest: Double) {
        let room = (plotWidth * forceHeight / Double(max(nodes.count, 1))).squareRoot()
        let largest = min(17, max(6, 0.2 * room))
        return (max(3, largest * 0.3), largest)
    }

    var title: String {
        if let relation { return "Network \(name) · relation \(relation)" }
        if relationCount > 1 { return "Network \(name) · \(everyRelation) together" }
        return "Network \(name)"
    }

    /// "both relations" or "all 7 relations".
    package var everyRelation: String {
        relationCount == 2 ? "both relations" : "all \(relationCount) relations"
    }

    /// The range of the measure over the nodes that have it (NaN and ±inf left out: with NaN,
    /// min and max disagree and the range would trap). Kept, not recomputed, because every
    /// node's radius reads it: recomputing made a 20,000-node figure quadratic.
    package let valueRange: ClosedRange<Double>?

    static func range(of nodes: [Node]) -> ClosedRange<Double>? {
        let values = nodes.compactMap(\.value).filter(\.isFinite)
        guard let low = values.min(), let high = values.max() else { return nil }
        return low...high
    }

    /// Every node's radius, in node order, with the radii and the range worked out once.
    var nodeRadii: [Double] {
        let bounds = radii
        return nodes.map { radius($0.value, between: bounds) }
    }

    func radius(_ value: Double?) -> Double {
        radius(value, between: radii)
    }

    private func radius(_ value: Double?, between radii: (smallest: Double, largest: Double)) -> Double {
        let (smallest, largest) = radii
        guard let value, let range = valueRange else { return smallest }
        if value.isNaN { return smallest }
        guard range.upperBound > range.lowerBound else { return (smallest + largest) / 2 }
        // The square root makes the area, not the radius, grow with the value. Dividing both by
        // the larger end keeps a span past the largest double finite.
        let scale = max(abs(range.lowerBound), abs(range.upperBound))
        let share = (value / scale - range.lowerBound / scale) / (range.upperBound / scale - range.lowerBound / scale)
        return smallest + (largest - smallest) * min(max(share, 0), 1).squareRoot()
    }

    /// Realms in the key's order: the known ones present, then others in the data, then unknown.
    var realmKey: [(category: Category?, count: Int)] {
        var key: [(Category?, Int)] = []
        for realm in realms {
            let count = nodes.filter { $0.realm == realm.id }.count
            if count > 0 { key.append((realm, count)) }
        }
        var others: [String] = []
        for node in nodes {
            if let realm = node.realm, !realms.contains(where: { $0.id == realm }), !others.contains(realm) { others.append(realm) }
        }
        for realm in others { key.append((Category(id: realm, name: realm), nodes.filter { $0.realm == realm }.count)) }
        let unknown = nodes.filter { $0.realm == nil }.count
        if unknown > 0 { key.append((nil, unknown)) }
        return key
    }

    /// A realm's colour: fixed by its place among the known realms, so every figure agrees.
    func colour(ofRealm realm: String?) -> String {
        guard let realm else { return NetworkSVG.unknownColour }
        if let index = realms.firstIndex(where: { $0.id == realm }) { return SVGStyle.colour(index) }
        let others = realmKey.compactMap(\.category).filter { known in !realms.contains(known) }
        guard let index = others.firstIndex(where: { $0.id == realm }) else { return NetworkSVG.unknownColour }
        return SVGStyle.colour(realms.count + index)
    }

    static let unknownColour = "#9A9A9A"
    static let tieColour = "#6F6F6F"

    /// The bands of the layered layout, top to bottom: every known layer (an empty one says so:
    /// a missing layer is a finding), then layers the data adds, then nodes with none.
    var bands: [(category: Category?, nodes: [Int])] {
        var bands: [(Category?, [Int])] = layers.map { layer in (layer, nodes.indices.filter { nodes[$0].layer == layer.id }) }
        for node in nodes.indices {
            guard let layer = nodes[node].layer, !layers.contains(where: { $0.id == layer }) else { continue }
            if let index = bands.firstIndex(where: { $0.0?.id == layer }) {
                bands[index].1.append(node)
            } else {
                bands.append((Category(id: layer, name: layer), [node]))
            }
        }
        let none = nodes.indices.filter { nodes[$0].layer == nil }
        if !none.isEmpty { bands.append((nil, none)) }
        return bands
    }

    /// A sentence or two for screen readers.
    var summary: String {
        var parts = ["\(plural(nodes.count, "node")) and \(plural(ties.count, "tie"))"
                     + (directed ? ", directed" : "") + ", sized by \(measure)"]
        let ranked = nodes.indices.filter { nodes[$0].value != nil }
            .sorted { nodes[$0].value! != nodes[$1].value! ? nodes[$0].value! > nodes[$1].value! : $0 < $1 }
        if !ranked.isEmpty {
            parts.append("largest: " + ranked.prefix(3).map { nodes[$0].label }.joined(separator: ", "))
        }
        for role in ["hub", "gatekeeper", "pulsetaker"] {
            let holders = nodes.filter { $0.roles.contains(role) }.map(\.label)
            if !holders.isEmpty { parts.append(role + "s: " + holders.joined(separator: ", ")) }
        }
        if illustrativeNote != nil { parts.append("an illustrative network, not data") }
        return title + ": " + parts.joined(separator: "; ") + "."
    }

    package var svg: String {
        NetworkDrawing(figure: self, checkpoint: {}).svg
    }

    /// The SVG text, calling `checkpoint` through the long parts of the drawing.
    package func svg(checkpoint: () throws -> Void) rethrows -> String {
        try NetworkDrawing(figure: self, checkpoint: checkpoint).svg
    }
}
