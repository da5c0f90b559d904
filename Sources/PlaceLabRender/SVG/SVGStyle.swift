import PlaceLabCore

/// What every PlaceLab figure shares: colours that stay distinct for colour-blind readers,
/// fonts a browser has, and a cautious estimate of how wide text runs, for laying it out.
package enum SVGStyle {
    /// The Okabe–Ito palette, without its yellow (too pale on white for lines) and black
    /// (kept for text): distinguishable with any common colour-vision deficiency.
    package static let palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"]

    static func colour(_ index: Int) -> String {
        palette[index % palette.count]
    }

    static let font = "DejaVu Sans, Verdana, Arial, Helvetica, sans-serif"
    static let ink = "#222222"
    static let muted = "#555555"
    static let grid = "#C8C8C8"
    static let paper = "#FFFFFF"

    /// Width of text in pixels, estimated on the generous side (DejaVu Sans runs wide) so
    /// labels laid out with it never collide.
    static func textWidth(_ text: String, size: Double, bold: Bool = false) -> Double {
        let average = bold ? 0.66 : 0.6
        return Double(DisplayWidth.of(text)) * size * average
    }

    /// The text broken into lines no wider than `width` pixels.
    static func wrap(_ text: String, width: Double, size: Double) -> [String] {
        let columns = Int(clamping: width / (size * 0.6), to: 8...10_000)
        return TextWrap.wrap(text, width: columns)
    }

    /// Attributes for a run of text.
    static func text(x: Double, y: Double, size: Double, weight: String? = nil, fill: String = ink,
                     anchor: String? = nil, style: String? = nil) -> SVGDocument.Attributes {
        ["x": x.svg, "y": y.svg, "font-family": font, "font-size": size.svg, "font-weight": weight,
         "fill": fill, "text-anchor": anchor, "font-style": style]
    }
}
