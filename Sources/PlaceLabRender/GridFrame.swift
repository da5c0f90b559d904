/// The characters that draw a grid: Unicode box drawing for `box`, ASCII for `table`.
struct GridFrame {
    /// One horizontal rule: left end, fill, junction between columns, right end.
    struct Rule {
        let left: String, fill: String, join: String, right: String

        func draw(_ widths: [Int]) -> String {
            left + widths.map { String(repeating: fill, count: $0 + 2) }.joined(separator: join) + right
        }
    }

    let top: Rule
    let middle: Rule
    let bottom: Rule
    let vertical: String

    static let unicode = GridFrame(
        top: Rule(left: "┌", fill: "─", join: "┬", right: "┐"),
        middle: Rule(left: "├", fill: "─", join: "┼", right: "┤"),
        bottom: Rule(left: "└", fill: "─", join: "┴", right: "┘"),
        vertical: "│")

    static let ascii = GridFrame(
        top: Rule(left: "+", fill: "-", join: "+", right: "+"),
        middle: Rule(left: "+", fill: "-", join: "+", right: "+"),
        bottom: Rule(left: "+", fill: "-", join: "+", right: "+"),
        vertical: "|")

    /// One row of already-fitted cells between verticals, with one space of padding.
    func row(_ cells: [String]) -> String {
        vertical + " " + cells.joined(separator: " \(vertical) ") + " " + vertical
    }
}
