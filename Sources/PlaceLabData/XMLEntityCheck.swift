import Foundation

/// Refuses entity declarations (`<!ENTITY …>`) in a GraphML file's prolog before the XML
/// parser sees them. GraphML never needs them, and each way of reading them goes wrong: an
/// entity repeated inside others grows a few kilobytes into gigabytes (the "billion laughs"),
/// one that names itself loops, an external one reads another file, and libxml2 through
/// Foundation drops internal ones without a word. So the file is refused, at the declaration,
/// saying which of these it is.
enum XMLEntityCheck {
    /// One `<!ENTITY NAME "value">` (or `SYSTEM "…"` / `PUBLIC "…" "…"`) and where it starts.
    struct Declaration {
        var name: String
        var value: String?
        var offset: Int
    }

    static func check(_ text: String, lines: SourceLines) throws {
        let bytes = Array(text.utf8)
        let prolog = prologEnd(bytes)
        let declarations = self.declarations(in: bytes[..<prolog])
        guard let first = declarations.first else { return }
        let help = "write the text itself where the entity is used (&\(first.name);) and delete the <!ENTITY …> line; "
            + "only &amp; &lt; &gt; &quot; &apos; and &#…; need no declaration"
        if let loop = loop(declarations) {
            throw lines.error("the entity \"\(loop[0])\" refers to itself (\(loop.joined(separator: " → "))), so it has no value",
                              at: position(of: loop.first.flatMap { name in declarations.first { $0.name == name }?.offset } ?? first.offset, in: bytes),
                              help: help)
        }
        if let external = declarations.first(where: { $0.value == nil }) {
            throw lines.error("the entity \"\(external.name)\" refers to another file, which PlaceLab never reads",
                              at: position(of: external.offset, in: bytes), help: help)
        }
        throw lines.error("entity declarations are not read: \"\(first.name)\" could stand for text of any size, "
                          + "so PlaceLab refuses the file rather than expand or drop it",
                          at: position(of: first.offset, in: bytes), help: help)
    }

    /// Where the root element starts: the first `<` not followed by `?` or `!`, outside a DOCTYPE's brackets.
    static func prologEnd(_ bytes: [UInt8]) -> Int {
        var index = 0, depth = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "[") { depth += 1 }
            if byte == UInt8(ascii: "]") { depth = max(0, depth - 1) }
            if byte == UInt8(ascii: "<"), depth == 0, index + 1 < bytes.count,
               bytes[index + 1] != UInt8(ascii: "?"), bytes[index + 1] != UInt8(ascii: "!") {
                return index
            }
            index += 1
        }
        return bytes.count
    }

    static func declarations(in prolog: ArraySlice<UInt8>) -> [Declaration] {
        let marker = Array("<!ENTITY".utf8)
        var found: [Declaration] = []
        var index = prolog.startIndex
        while index + marker.count <= prolog.endIndex {
            guard prolog[index..<index + marker.count].elementsEqual(marker) else { index += 1; continue }
            var words: [String] = []
            var cursor = index + marker.count
            // NAME, then a quoted value or SYSTEM/PUBLIC and their quoted ids, up to ">".
            while cursor < prolog.endIndex, prolog[cursor] != UInt8(ascii: ">"), words.count < 4 {
                let byte = prolog[cursor]
                if byte == UInt8(ascii: " ") || byte == 0x09 || byte == 0x0A || byte == 0x0D { cursor += 1; continue }
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    let close = prolog[(cursor + 1)...].firstIndex(of: byte) ?? prolog.endIndex
                    words.append("\"" + String(decoding: prolog[(cursor + 1)..<close], as: UTF8.self))
                    cursor = min(close + 1, prolog.endIndex)
                } else {
                    var end = cursor
                    while end < prolog.endIndex, ![UInt8(ascii: " "), 0x09, 0x0A, 0x0D, UInt8(ascii: ">")].contains(prolog[end]) { end += 1 }
                    words.append(String(decoding: prolog[cursor..<end], as: UTF8.self))
                    cursor = end
                }
            }
            if words.first == "%" { words.removeFirst() }
            if let name = words.first {
                let second = words.dropFirst().first
                let value = second.flatMap { $0.hasPrefix("\"") ? String($0.dropFirst()) : nil }
                found.append(Declaration(name: name, value: value, offset: index))
            }
            index = cursor
        }
        return found
    }

    /// A chain of entities that comes back to where it started, as names; nil when there is none.
    static func loop(_ declarations: [Declaration]) -> [String]? {
        var values: [String: String] = [:]
        for declaration in declarations where values[declaration.name] == nil { values[declaration.name] = declaration.value ?? "" }
        func references(_ value: String) -> [String] {
            value.components(separatedBy: "&").dropFirst().compactMap { part in
                guard let end = part.firstIndex(of: ";") else { return nil }
                let name = String(part[..<end])
                return values[name] == nil ? nil : name
            } + value.components(separatedBy: "%").dropFirst().compactMap { part in
                guard let end = part.firstIndex(of: ";") else { return nil }
                let name = String(part[..<end])
                return values[name] == nil ? nil : name
            }
        }
        for start in declarations.map(\.name) {
            var path = [start]
            var seen: Set<String> = [start]
            var frontier = references(values[start] ?? "")
            // Depth-first along first references is enough to name a loop for the message;
            // any declaration refuses the file anyway.
            while let next = frontier.first {
                path.append(next)
                if next == start { return path }
                guard seen.insert(next).inserted else { break }
                frontier = references(values[next] ?? "")
            }
        }
        return nil
    }

    /// Line and column (in characters) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, lineStart = 0
        for index in 0..<min(offset, bytes.count) where bytes[index] == 0x0A {
            line += 1
            lineStart = index + 1
        }
        let column = String(decoding: bytes[lineStart..<min(offset, bytes.count)], as: UTF8.self).count + 1
        return (line, column)
    }
}
