import PlaceLabCore

/// PlaceLab's reading of the network roles the report names (hubs, gatekeepers, pulsetakers).
///
/// NetForm's own formulas are proprietary; these rules follow the published descriptions
/// (Stephenson's: hubs have many direct ties, gatekeepers sit on the critical paths between
/// groups, pulsetakers reach much of the network indirectly) and the report's use of them.
/// "Well above" means at least one standard deviation above the network's mean.
public enum RoleRules {
    /// A node's roles and the numbers that decided them.
    public struct Verdict: Sendable, Equatable {
        public var roles: [String]
        public var reach: Double
        public var betweenness: Double
        public var closeness: Double
        /// The closeness a node of this degree would have on the network's least-squares line.
        public var expectedCloseness: Double
        public var isCutPoint: Bool
        /// One clause per role held, with its numbers.
        public var reasons: [String]
    }

    /// The thresholds a network's numbers give the rules.
    public struct Thresholds: Sendable, Equatable {
        public var hubReach: Double
        public var gatekeeperBetweenness: Double
        public var pulsetakerResidual: Double
    }

    public static func thresholds(reach: [Double], betweenness: [Double], closeness: [Double]) -> Thresholds {
        let line = leastSquares(x: reach, y: closeness)
        let residuals = zip(reach, closeness).map { $1 - (line.intercept + line.slope * $0) }
        return Thresholds(hubReach: meanPlusDeviation(reach), gatekeeperBetweenness: meanPlusDeviation(betweenness),
                          pulsetakerResidual: meanPlusDeviation(residuals))
    }

    /// - hub: reach (in-degree on directed nomination data, degree otherwise) at least one
    ///   standard deviation above the mean;
    /// - gatekeeper: betweenness at least one standard deviation above the mean, or a cut point
    ///   (removing it splits the network);
    /// - pulsetaker: not a hub, and closeness at least one standard deviation above what its
    ///   degree predicts (the residual of a least-squares line of closeness on reach).
    public static func classify(reach: [Double], betweenness: [Double], closeness: [Double],
                                cutPoints: Set<Int>, reachName: String = "reach") -> [Verdict] {
        let limits = thresholds(reach: reach, betweenness: betweenness, closeness: closeness)
        let line = leastSquares(x: reach, y: closeness)
        let meanReach = mean(reach), meanBetweenness = mean(betweenness)
        return reach.indices.map { node in
            let expected = line.intercept + line.slope * reach[node]
            var roles: [String] = []
            var reasons: [String] = []
            let isHub = above(reach[node], meanReach) && reach[node] >= limits.hubReach
            if isHub {
                roles.append("hub")
                reasons.append("\(reachName) \(format(reach[node])) ≥ \(format(limits.hubReach))")
            }
            let highBetweenness = above(betweenness[node], meanBetweenness)
                && betweenness[node] >= limits.gatekeeperBetweenness
            if highBetweenness || cutPoints.contains(node) {
                roles.append("gatekeeper")
                reasons.append(highBetweenness ? "betweenness \(format(betweenness[node])) ≥ \(format(limits.gatekeeperBetweenness))"
                                               : "cut point")
            }
            let residual = closeness[node] - expected
            if !isHub, above(residual, 0), residual >= limits.pulsetakerResidual {
                roles.append("pulsetaker")
                reasons.append("closeness \(format(closeness[node])) vs \(format(expected)) for its reach")
            }
            return Verdict(roles: roles, reach: reach[node], betweenness: betweenness[node], closeness: closeness[node],
                           expectedCloseness: expected, isCutPoint: cutPoints.contains(node), reasons: reasons)
        }
    }

    /// Clearly above: rounding in sums of many paths must not make equals look different.
    static func above(_ value: Double, _ reference: Double) -> Bool {
        value - reference > 1e-9 * max(1, abs(reference))
    }

    static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }

    /// Mean plus one population standard deviation.
    static func meanPlusDeviation(_ values: [Double]) -> Double {
        let average = mean(values)
        let variance = values.isEmpty ? 0 : values.reduce(0) { $0 + ($1 - average) * ($1 - average) } / Double(values.count)
        return average + variance.squareRoot()
    }

    /// Ordinary least squares; a flat line at the mean when x does not vary.
    static func leastSquares(x: [Double], y: [Double]) -> (intercept: Double, slope: Double) {
        let meanX = mean(x), meanY = mean(y)
        let spread = x.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
        guard spread > 0 else { return (meanY, 0) }
        let slope = zip(x, y).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) } / spread
        return (meanY - slope * meanX, slope)
    }

    package static func format(_ number: Double) -> String {
        Value.format(number.rounded(toDecimals: 3))
    }
}
