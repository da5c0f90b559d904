import Foundation
import PlaceLabCore

/// A small SVG writer: elements in drawing order, every text and attribute escaped, so any
/// name in the data (a quote, an ampersand, a control character) still gives well-formed XML.
struct SVGDocument {
    let width: Double
    let height: Double
    /// Read by screen readers and shown as the browser tab's title.
    let title: String
    let summary: String
    private var body: [String] = []
    private var depth = 1

    init(width: Double, height: Double, title: String, summary: String) {
        self.width = width
        self.height = height
        self.title = title
        self.summary = summary
    }

    /// An attribute's name and value, as `("stroke-width", "2")`; nil values are left out.
    typealias Attributes = KeyValuePairs<String, String?>

    /// An empty element: `<line x1="…" …/>`.
    mutating func element(_ name: String, _ attributes: Attributes) {
        body.append(indent + "<\(name)\(SVGDocument.format(attributes))/>")
    }

    /// An element with escaped text inside: `<text …>A &amp; B</text>`.
    mutating func element(_ name: String, _ attributes: Attributes, text: String) {
        body.append(indent + "<\(name)\(SVGDocument.format(attributes))>\(SVGDocument.escape(text))</\(name)>")
    }

    /// Opens a group; everything added until `close()` is inside it.
    mutating func open(_ name: String = "g", _ attributes: Attributes = [:]) {
        body.append(indent + "<\(name)\(SVGDocument.format(attributes))>")
        depth += 1
        openElements.append(name)
    }

    private var openElements: [String] = []

    mutating func close() {
        guard let name = openElements.popLast() else { return }
        depth -= 1
        body.append(indent + "</\(name)>")
    }

    private var indent: String { String(repeating: "  ", count: depth) }

    /// The whole document, groups left open closed.
    var text: String {
        var document = self
        while !document.openElements.isEmpty { document.close() }
        let size = "width=\"\(SVGDocument.number(width))\" height=\"\(SVGDocument.number(height))\""
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <svg xmlns="http://www.w3.org/2000/svg" \(size) \
            viewBox="0 0 \(SVGDocument.number(width)) \(SVGDocument.number(height))" role="img">
              <title>\(SVGDocument.escape(title))</title>
              <desc>\(SVGDocument.escape(summary))</desc>

            """ + document.body.joined(separator: "\n") + "\n</svg>\n"
    }

    private static func format(_ attributes: Attributes) -> String {
        attributes.compactMap { name, value in value.map { " \(name)=\"\(escape($0))\"" } }.joined()
    }

    /// Text safe inside an element or an attribute.
    static func escape(_ text: String) -> String { XMLText.attribute(text) }

    /// A coordinate: at most one decimal, no trailing ".0", never "-0". Figures keep what they
    /// draw within the page, so a value this far off is a fault upstream: it is written as the
    /// nearest edge of what a viewer accepts (NaN as 0) rather than as text no viewer reads.
    static func number(_ value: Double) -> String {
        let held = value.isNaN ? 0 : min(max(value, -farthest), farthest)
        let rounded = (held * 10).rounded() / 10
        if rounded == 0 { return "0" }
        if let whole = Int(checking: rounded), Double(whole) == rounded { return String(whole) }
        return String(format: "%.1f", rounded)
    }

    /// The farthest coordinate written, well past any page.
    static let farthest = 1e9

    /// Points for a polyline or polygon: `x,y x,y …`.
    static func points(_ points: [(x: Double, y: Double)]) -> String {
        points.map { number($0.x) + "," + number($0.y) }.joined(separator: " ")
    }
}

extension Double {
    /// The number as an SVG coordinate (see `SVGDocument.number`).
    var svg: String { SVGDocument.number(self) }
}
