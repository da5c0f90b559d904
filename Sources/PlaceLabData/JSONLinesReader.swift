import Foundation
import PlaceLabCore

/// Reads JSON Lines (`.jsonl`, `.ndjson`: one JSON object a line, as pandas'
/// `to_json(orient="records", lines=True)` and most logging tools write) into a `Dataset`,
/// typed as `JSONReader` types an array of objects. Blank lines are skipped; a line that is
/// not an object is an error at its line.
public enum JSONLinesReader {
    public static func read(path: String, name: String) throws -> Dataset {
        let file = try TextBytes.read(path: path)
        if file.isBlank {
            throw file.error("empty file: expected one JSON object a line", at: 0,
                             help: "JSON Lines look like {\"name\": \"a\", \"value\": 1} on each line")
        }
        var objects: [[String: Any]] = []
        var keys: [String] = []
        var seen: Set<String> = []
        let bytes = file.bytes
        var lineStart = file.start
        let cancellation = Cancellation.current
        while lineStart < bytes.count {
            try cancellation.check()
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            var contentEnd = lineEnd
            while contentEnd > lineStart, [0x0D, 0x20, 0x09].contains(bytes[contentEnd - 1]) { contentEnd -= 1 }
            var contentStart = lineStart
            while contentStart < contentEnd, [0x20, 0x09].contains(bytes[contentStart]) { contentStart += 1 }
            defer { lineStart = lineEnd + 1 }
            guard contentStart < contentEnd else { continue }
            let slice = Data(bytes[contentStart..<contentEnd])
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: slice, options: [.fragmentsAllowed])
            } catch {
                let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "unreadable"
                var offset = contentStart
                if let range = description.range(of: " around character "),
                   let at = Int(description[range.upperBound...].prefix { $0.isNumber }) {
                    offset = min(contentStart + at, contentEnd)
                }
                let reason = description.components(separatedBy: " around character ").first ?? description
                throw file.error("invalid JSON on this line: \(reason.lowercased().trimmingCharacters(in: ["."]))",
                                 at: offset, help: "each line of a JSON Lines file is one whole JSON object")
            }
            guard let members = object as? [String: Any] else {
                throw file.error("expected a JSON object on this line", at: contentStart,
                                 help: "each line of a JSON Lines file is one object, as in {\"name\": \"a\"}")
            }
            objects.append(members)
            for key in JSONKeyOrder.keys(Array(bytes[contentStart..<contentEnd]), depth: 1)
                where seen.insert(key).inserted {
                keys.append(key)
            }
            for key in members.keys.sorted() where seen.insert(key).inserted { keys.append(key) }
        }
        let columns = keys.map { key in
            JSONReader.column(named: key, objects.map { $0[key].map(JSONReader.value) ?? .null })
        }
        return Dataset(name: name, origin: path, columns: columns)
    }
}

/// The keys of JSON objects at one nesting depth, in the order the text gives them
/// (JSONSerialization's dictionaries forget it). Depth 1 is the top-level object's keys.
enum JSONKeyOrder {
    static func keys(_ bytes: [UInt8], depth wanted: Int) -> [String] {
        var keys: [String] = []
        var seen: Set<String> = []
        var containers: [UInt8] = []
        var expectKey = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                containers.append(byte)
                expectKey = byte == UInt8(ascii: "{") && containers.count == wanted
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                if !containers.isEmpty { containers.removeLast() }
                expectKey = false
                index += 1
            case UInt8(ascii: ","):
                expectKey = containers.count == wanted && containers.last == UInt8(ascii: "{")
                index += 1
            case UInt8(ascii: "\""):
                let open = index
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\") { index += 1 }
                    index += 1
                }
                index += 1
                if expectKey {
                    expectKey = false
                    let token = Data(bytes[open..<min(index, bytes.count)])
                    if let key = (try? JSONSerialization.jsonObject(with: token, options: [.fragmentsAllowed])) as? String,
                       seen.insert(key).inserted {
                        keys.append(key)
                    }
                }
            default:
                index += 1
            }
        }
        return keys
    }
}

extension JSONReader {
    /// pandas' "columns" orient, `{"col": {"0": v, "1": v}, …}` (what `DataFrame.to_json()`
    /// writes by default): one column per key, one row per index label, in the file's order.
    /// Nil when the object is not of that shape.
    static func columnsOrient(_ object: Any, bytes: [UInt8], path: String, name: String) -> Dataset? {
        guard let members = object as? [String: Any], !members.isEmpty else { return nil }
        var inner: [String: [String: Any]] = [:]
        for (key, value) in members {
            guard let column = value as? [String: Any] else { return nil }
            inner[key] = column
        }
        var columnNames = JSONKeyOrder.keys(bytes, depth: 1).filter { inner[$0] != nil }
        for key in inner.keys.sorted() where !columnNames.contains(key) { columnNames.append(key) }
        var rowLabels = JSONKeyOrder.keys(bytes, depth: 2)
        var known = Set(rowLabels)
        for column in inner.values {
            for label in column.keys.sorted() where known.insert(label).inserted { rowLabels.append(label) }
        }
        let columns = columnNames.map { column in
            JSONReader.column(named: column, rowLabels.map { inner[column]![$0].map(JSONReader.value) ?? .null })
        }
        return Dataset(name: name, origin: path, columns: columns)
    }
}
