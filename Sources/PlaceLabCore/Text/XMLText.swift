/// Text made safe for XML, shared by every XML PlaceLab writes (GraphML, GEXF, SVG).
package enum XMLText {
    /// Text content: markup escaped, a carriage return kept as a reference (parsers would turn
    /// it into a line feed), characters XML cannot hold replaced.
    package static func content(_ string: String) -> String {
        escape(string, attribute: false)
    }

    /// An attribute value in double quotes: also quotes, tabs and line breaks escaped, which
    /// parsers would otherwise turn into spaces.
    package static func attribute(_ string: String) -> String {
        escape(string, attribute: true)
    }

    private static func escape(_ string: String, attribute: Bool) -> String {
        var out = ""
        out.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where attribute: out += "&quot;"
            case "\r": out += "&#13;"
            case "\n" where attribute: out += "&#10;"
            case "\t" where attribute: out += "&#9;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            default:
                let value = scalar.value
                let allowed = value >= 0x20 && !(0xFFFE...0xFFFF).contains(value)
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
