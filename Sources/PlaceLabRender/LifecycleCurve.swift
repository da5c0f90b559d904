/// The shape of value for the public over the lifecycle, as the report's lifecycle figure draws
/// it: flat through the first phase, rising through the middle ones, levelling off in the last.
/// A schematic redrawing, not data; the terminal chart and the SVG share it so they agree.
package enum LifecycleCurve {
    /// Value at time `t` (0 at the start of the first phase, 1 at the end of the last), from
    /// 0.05 to 1, for a lifecycle of `count` phases.
    package static func value(at t: Double, phases count: Int) -> Double {
        let phases = Double(max(count, 1))
        let start = 1.0 / phases, end = 1.0 - 0.6 / phases
        let u = min(max((t - start) / (end - start), 0), 1)
        let eased = u * u * (3 - 2 * u)
        return 0.05 + 0.95 * eased
    }
}
