import Foundation
import PlaceLabCore

/// Reads a JSON array of objects (as PlaceLab's `json` mode writes) into a `Dataset`; an
/// illustrative network's rows come wrapped as `{"note": …, "rows": […]}`, and the note
/// becomes the dataset's note.
///
/// Columns are the union of the objects' keys in first-seen order; a missing key is null.
/// Integral JSON numbers are integers, others numbers; a column holding both is number. Arrays
/// of scalars are lists; nested objects (and arrays holding them) are text of their JSON.
/// A column whose values are of different kinds is text.
///
/// Parsing is Foundation's `JSONSerialization`; since its objects forget key order, a light scan
/// of the bytes recovers the order (and where each element starts, for errors).
public enum JSONReader {
    public static func read(path: String, name: String) throws -> Dataset {
        try parse(try FileBytes.contents(of: path), path: path, name: name)
    }

    static func parse(_ text: String, path: String, name: String) throws -> Dataset {
        try parse(Data(text.utf8), path: path, name: name)
    }

    static func parse(_ data: Data, path: String, name: String) throws -> Dataset {
        try data.withUnsafeBytes { raw in
            let count = raw.count
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self), count > 0 else {
                throw emptyFile(path: path)
            }
            if let offset = FileBytes.firstNonTextByte(base, count: count) {
                throw FileBytes.notText(path: path, base, count: count, offset: offset)
            }
            if let offset = JSONBigIntegers.first(base, count: count) {
                throw JSONBigIntegers.refusal(path: path, base, count: count, offset: offset)
            }
            let start = FileBytes.byteOrderMarkLength(base, count: count)
            let object: Any
            do {
                object = try JSONSerialization.jsonObject(with: start == 0 ? data : data.subdata(in: start..<count),
                                                          options: [.fragmentsAllowed])
            } catch {
                throw syntaxError(error, path: path, base, count: count, bodyStart: start)
            }
            // Foundation's parse cannot be stopped part way: Ctrl-C during it acts here.
            try Cancellation.current.check()
            let outline = Outline(base, count: count, start: start, object: object)
            if outline.rows == nil,
               let columns = columnsOrient(object, bytes: Array(UnsafeBufferPointer(start: base, count: count)),
                                           path: path, name: name) {
                return columns
            }
            guard let elements = outline.rows else {
                throw notRows("expected an array of objects", path: path, base, count: count,
                              offset: outline.firstValue)
            }
            for (index, element) in elements.enumerated() where !(element is [String: Any]) {
                let offset = index < outline.elementStarts.count ? outline.elementStarts[index] : outline.firstValue
                throw notRows("expected an array of objects, but element \(index + 1) is \(kind(of: element))",
                              path: path, base, count: count, offset: offset)
            }
            return try dataset(outline, path: path, name: name)
        }
    }

    // MARK: - Values

    private static func dataset(_ outline: Outline, path: String, name: String) throws -> Dataset {
        let cancellation = Cancellation.current
        let objects = (outline.rows ?? []).compactMap { $0 as? [String: Any] }
        var keys = outline.keys
        // Keys the scan did not see (it should see them all) still become columns, in a stable order.
        var known = Set(keys)
        for object in objects {
            for key in object.keys.sorted() where !known.contains(key) {
                known.insert(key)
                keys.append(key)
            }
        }
        let columns = try keys.map { key in
            column(named: key, try objects.map { object in
                try cancellation.check()
                return object[key].map(value) ?? .null
            })
        }
        var dataset = Dataset(name: name, origin: path, columns: columns)
        if let note = outline.note, !note.isEmpty {
            dataset.notes.append(note.hasPrefix(Network.illustrativePrefix) ? note : Network.illustrativePrefix + note)
        }
        return dataset
    }

    /// The column's type from its values' kinds; mixed kinds make text.
    static func column(named name: String, _ values: [Value]) -> Dataset.Column {
        var kinds = Set<ValueType>()
        for value in values {
            switch value {
            case .null: break
            case .bool: kinds.insert(.boolean)
            case .integer: kinds.insert(.integer)
            case .number: kinds.insert(.number)
            case .text: kinds.insert(.text)
            case .list: kinds.insert(.list)
            }
        }
        if kinds == [.integer, .number] {
            let widened = values.map { value -> Value in
                if case .integer(let integer) = value { return .number(Double(integer)) }
                return value
            }
            return Dataset.Column(name: name, type: .number, values: widened)
        }
        if kinds.count > 1 {
            let texts = values.map { $0.isNull ? Value.null : .text($0.plainText) }
            return Dataset.Column(name: name, type: .text, values: texts)
        }
        return Dataset.Column(name: name, type: kinds.first ?? .empty, values: values)
    }

    /// One JSONSerialization value as a cell.
    static func value(_ object: Any) -> Value {
        switch object {
        case is NSNull:
            return .null
        case let number as NSNumber:
            return value(number)
        case let text as String:
            return .text(text)
        case let items as [Any]:
            if items.allSatisfy({ !($0 is [Any]) && !($0 is [String: Any]) }) {
                return .list(items.map(value))
            }
            return .text(json(items))
        case let members as [String: Any]:
            return .text(json(members))
        case let flag as Bool:
            return .bool(flag)
        case let integer as Int:
            return .integer(integer)
        case let number as Double:
            return .number(number)
        default:
            return .text(String(describing: object))
        }
    }

    private static func value(_ number: NSNumber) -> Value {
        switch UInt8(bitPattern: number.objCType.pointee) {
        case UInt8(ascii: "c"), UInt8(ascii: "B"):
            return .bool(number.boolValue)
        case UInt8(ascii: "q"), UInt8(ascii: "l"), UInt8(ascii: "i"), UInt8(ascii: "s"):
            return .integer(number.intValue)
        case UInt8(ascii: "Q"), UInt8(ascii: "L"), UInt8(ascii: "I"), UInt8(ascii: "S"), UInt8(ascii: "C"):
            let unsigned = number.uint64Value
            return unsigned <= UInt64(Int.max) ? .integer(Int(unsigned)) : .number(number.doubleValue)
        default:
            return .number(number.doubleValue)
        }
    }

    /// Compact JSON text with sorted keys, for nested objects.
    private static func json(_ object: Any) -> String {
        guard let data = try? JSONSerialization.data(withJSONObject: object,
                                                     options: [.sortedKeys, .withoutEscapingSlashes]) else {
            return String(describing: object)
        }
        return String(decoding: data, as: UTF8.self)
    }

    private static func kind(of object: Any) -> String {
        switch object {
        case is NSNull: "null"
        case let number as NSNumber: String(cString: number.objCType) == "c" ? "a boolean" : "a number"
        case is String: "a string"
        case is [Any]: "an array"
        default: "a value"
        }
    }

    // MARK: - Errors

    private static let rowsHelp = "a JSON file of rows looks like [{\"name\": \"a\", \"value\": 1}, …]"

    private static func emptyFile(path: String) -> Diagnostic {
        var diagnostic = Diagnostic("empty file: expected an array of objects", help: rowsHelp)
        diagnostic.place = FilePlace(path: path, line: 1, column: 1)
        return diagnostic
    }

    private static func notRows(_ message: String, path: String, _ base: UnsafePointer<UInt8>, count: Int,
                                offset: Int) -> Diagnostic {
        var diagnostic = Diagnostic(message, help: rowsHelp)
        diagnostic.place = FileBytes.place(path: path, base, count: count, offset: offset)
        return diagnostic
    }

    /// Where `needle` first stands as a whole token (not inside a longer number or word).
    private static func firstOccurrence(of needle: [UInt8], in base: UnsafePointer<UInt8>, from start: Int, count: Int) -> Int? {
        guard !needle.isEmpty, count - needle.count >= start else { return nil }
        func isPart(_ byte: UInt8) -> Bool {
            (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) || byte == 0x2E
        }
        for index in start...(count - needle.count) where base[index] == needle[0] {
            guard (0..<needle.count).allSatisfy({ base[index + $0] == needle[$0] }) else { continue }
            let before = index > 0 ? base[index - 1] : 0x20
            let after = index + needle.count < count ? base[index + needle.count] : 0x20
            if !isPart(before), !isPart(after), before != 0x2D { return index }
            if before == 0x2D, index > 1, !isPart(base[index - 2]) { return index - 1 }
        }
        return nil
    }

    /// JSONSerialization's message, placed at the character it names (or the end of the file).
    private static func syntaxError(_ error: Error, path: String, _ base: UnsafePointer<UInt8>, count: Int,
                                    bodyStart: Int) -> Diagnostic {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
            ?? error.localizedDescription
        var reason = description
        var offset: Int?
        if let range = reason.range(of: " around character ") {
            let digits = reason[range.upperBound...].prefix { $0.isNumber }
            offset = Int(digits).map { $0 + bodyStart }
            reason = String(reason[..<range.lowerBound])
        } else if reason.lowercased().contains("end of file") {
            offset = count
        }
        // Foundation names a number past the doubles but not where it is: find it in the bytes.
        if let range = reason.range(of: "number ", options: .caseInsensitive), let end = reason.range(of: " is not representable") {
            let number = String(reason[range.upperBound..<end.lowerBound])
            reason = "number \(number) is too large (a number goes up to about ±1.8e308)"
            offset = firstOccurrence(of: Array(number.utf8), in: base, from: bodyStart, count: count)
        }
        while reason.hasSuffix(".") { reason.removeLast() }
        if let first = reason.first { reason = first.lowercased() + reason.dropFirst() }
        if reason.isEmpty {
            reason = "unreadable"
        }
        // The whole file was only blank space.
        var onlySpace = true
        for index in bodyStart..<count where ![0x20, 0x09, 0x0A, 0x0D].contains(base[index]) {
            onlySpace = false
            break
        }
        if onlySpace { return emptyFile(path: path) }
        var diagnostic = Diagnostic("invalid JSON: \(reason)")
        if reason.contains("end of file") { diagnostic.help = "check for a missing ], } or closing quote" }
        if let offset {
            diagnostic.place = FileBytes.place(path: path, base, count: count, offset: offset)
        }
        return diagnostic
    }
}

/// What a light scan of valid JSON bytes tells that JSONSerialization's objects do not: the
/// order of keys in the top-level array's objects, and where each element starts.
private struct Outline {
    var object: Any
    var keys: [String] = []
    var elementStarts: [Int] = []
    /// The offset of the top-level value.
    var firstValue: Int

    /// The rows: the top-level array, or the "rows" of `{"note": …, "rows": […]}`.
    var rows: [Any]? {
        if let array = object as? [Any] { return array }
        guard let wrapper = object as? [String: Any], Set(wrapper.keys).isSubset(of: ["note", "rows"]),
              wrapper["note"] == nil || wrapper["note"] is String else { return nil }
        return wrapper["rows"] as? [Any]
    }

    /// The illustrative note of a wrapped array.
    var note: String? { (object as? [String: Any])?["note"] as? String }

    init(_ base: UnsafePointer<UInt8>, count: Int, start: Int, object: Any) {
        self.object = object
        var index = start
        while index < count, [0x20, 0x09, 0x0A, 0x0D].contains(base[index]) { index += 1 }
        firstValue = index
        // How deep the row objects sit: in the array, or in the array inside the wrapper.
        let rowDepth = object is [Any] ? 2 : 3
        guard rows != nil else { return }
        var seen = Set<String>()
        var containers: [UInt8] = []
        var expectKey = false
        while index < count {
            let byte = base[index]
            switch byte {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                if containers.count == rowDepth - 1 { elementStarts.append(index) }
                containers.append(byte)
                expectKey = byte == UInt8(ascii: "{") && containers.count == rowDepth
                index += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                containers.removeLast()
                expectKey = false
                index += 1
            case UInt8(ascii: ","):
                expectKey = containers.count == rowDepth && containers.last == UInt8(ascii: "{")
                index += 1
            case UInt8(ascii: "\""):
                let open = index
                var escaped = false
                index += 1
                while index < count, base[index] != UInt8(ascii: "\"") {
                    if base[index] == UInt8(ascii: "\\") {
                        escaped = true
                        index += 1
                    }
                    index += 1
                }
                index += 1
                if containers.count == rowDepth - 1 { elementStarts.append(open) }
                if expectKey {
                    expectKey = false
                    let key = Outline.key(base, open, min(index, count), escaped: escaped)
                    if seen.insert(key).inserted { keys.append(key) }
                }
            case 0x20, 0x09, 0x0A, 0x0D, UInt8(ascii: ":"):
                index += 1
            default:
                // A number, true, false or null.
                if containers.count == rowDepth - 1 { elementStarts.append(index) }
                while index < count, !Outline.endsScalar(base[index]) { index += 1 }
            }
        }
    }

    private static func endsScalar(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: ","), UInt8(ascii: "]"), UInt8(ascii: "}"), 0x20, 0x09, 0x0A, 0x0D: true
        default: false
        }
    }

    private static func key(_ base: UnsafePointer<UInt8>, _ open: Int, _ end: Int, escaped: Bool) -> String {
        guard escaped else { return CellBytes.string(base, open + 1, end - 1) }
        let token = Data(UnsafeBufferPointer(start: base + open, count: end - open))
        return (try? JSONSerialization.jsonObject(with: token, options: [.fragmentsAllowed])) as? String
            ?? CellBytes.string(base, open + 1, end - 1)
    }
}
