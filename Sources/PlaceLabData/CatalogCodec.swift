import PlaceLabCore

/// The bundled datasets, once read and checked, in a compact binary form: lengths as
/// varints, text as UTF-8. Reading it back takes a small share of parsing the YAML again.
/// Anything it cannot write exactly (a kind of value it does not know, a model type with a
/// field it does not know) makes `encode` return nil, and the YAML is read as before.
enum CatalogCodec {
    /// The fields of the model types this codec writes, by name; `shapeMatches` compares them
    /// with the types as compiled, so a field added later turns the cache off instead of
    /// being dropped from it.
    static let knownShape = "Dataset(name,origin,title,description,key,columns,notes,loadNotes)"
        + " Column(name,type,description,vector,provenance,refersTo)"
        + " Provenance(source,quote,rawQuote,basis,note,qualifier)"
        + " Network(name,origin,title,description,directed,illustrativeNote,relations,caseID,nodes,edges)"

    static var shape: String {
        func fields(_ value: Any) -> String {
            Mirror(reflecting: value).children.map { $0.label ?? "?" }.joined(separator: ",")
        }
        let dataset = Dataset(name: "", origin: "", columns: [])
        return "Dataset(\(fields(dataset)))"
            + " Column(\(fields(Dataset.Column(name: "", type: .text, values: []))))"
            + " Provenance(\(fields(Provenance(source: "", quote: "", basis: .stated))))"
            + " Network(\(fields(Network(name: "", origin: "", directed: false, nodes: dataset, edges: dataset))))"
    }

    /// Whether the model as compiled has the fields above. Reflecting the types cost a
    /// twentieth of a first answer, so only debug builds ask at run time; the test
    /// `codecKnowsEveryFieldOfTheModel` asks the same of the sources every build is made from.
    static let shapeMatches: Bool = {
        #if DEBUG
        return shape == knownShape
        #else
        return true
        #endif
    }()

    // MARK: Writing

    static func encode(_ entries: [Catalog.Entry]) -> [UInt8]? {
        guard shapeMatches else { return nil }
        var writer = Writer()
        writer.count(entries.count)
        for entry in entries {
            switch entry {
            case .table(let dataset):
                writer.count(0)
                guard writer.dataset(dataset) else { return nil }
            case .network(let network):
                writer.count(1)
                writer.text(network.name); writer.text(network.origin)
                writer.optional(network.title); writer.optional(network.description)
                writer.count(network.directed ? 1 : 0)
                writer.optional(network.illustrativeNote)
                writer.texts(network.relations)
                writer.optional(network.caseID)
                guard writer.dataset(network.nodes), writer.dataset(network.edges) else { return nil }
            }
        }
        return writer.bytes
    }

    struct Writer {
        var bytes: [UInt8] = []

        mutating func count(_ number: Int) {
            var rest = UInt64(bitPattern: Int64(number))
            while rest >= 0x80 {
                bytes.append(UInt8(rest & 0x7F) | 0x80)
                rest >>= 7
            }
            bytes.append(UInt8(rest))
        }

        mutating func text(_ text: String) {
            count(text.utf8.count)
            bytes.append(contentsOf: text.utf8)
        }

        mutating func optional(_ text: String?) {
            if let text { count(1); self.text(text) } else { count(0) }
        }

        mutating func texts(_ texts: [String]) {
            count(texts.count)
            for text in texts { self.text(text) }
        }

        /// False when a value is of a kind this codec does not know (tested case by case, so
        /// a kind of value added later is refused here, not written wrongly).
        mutating func value(_ value: Value) -> Bool {
            if case .null = value {
                count(0)
            } else if case .bool(let flag) = value {
                count(flag ? 2 : 1)
            } else if case .integer(let number) = value {
                count(3); count(number)
            } else if case .number(let number) = value {
                count(4); count(Int(truncatingIfNeeded: number.bitPattern))
            } else if case .text(let text) = value {
                count(5); self.text(text)
            } else if case .list(let items) = value {
                count(6); count(items.count)
                for item in items where !self.value(item) { return false }
            } else {
                return false
            }
            return true
        }

        mutating func dataset(_ dataset: Dataset) -> Bool {
            text(dataset.name); text(dataset.origin)
            optional(dataset.title); optional(dataset.description); optional(dataset.key)
            texts(dataset.notes)
            texts(dataset.loadNotes)
            count(dataset.columns.count)
            for column in dataset.columns {
                text(column.name); text(column.type.rawValue)
                optional(column.description); optional(column.refersTo)
                count(column.values.count)
                for item in column.values where !value(item) { return false }
                if let provenance = column.provenance {
                    count(1); count(provenance.count)
                    for origin in provenance {
                        guard let origin else { count(0); continue }
                        count(1)
                        // The raw quote: the shown one is mended from it when read back.
                        text(origin.source); text(origin.rawQuote); text(origin.basis.rawValue)
                        optional(origin.note); optional(origin.qualifier)
                    }
                } else {
                    count(0)
                }
            }
            return true
        }
    }

    // MARK: Reading

    struct Malformed: Error {}

    static func decode(_ bytes: [UInt8]) throws -> [Catalog.Entry] {
        var reader = Reader(bytes: bytes)
        var entries: [Catalog.Entry] = []
        for _ in 0..<(try reader.count()) {
            switch try reader.count() {
            case 0:
                entries.append(.table(try reader.dataset()))
            case 1:
                let name = try reader.text(), origin = try reader.text()
                let title = try reader.optional(), description = try reader.optional()
                let directed = try reader.count() == 1
                let note = try reader.optional()
                let relations = try reader.texts()
                let caseID = try reader.optional()
                let nodes = try reader.dataset(), edges = try reader.dataset()
                entries.append(.network(Network(name: name, origin: origin, directed: directed, nodes: nodes, edges: edges,
                                                 relations: relations, illustrativeNote: note, title: title,
                                                 description: description, caseID: caseID)))
            default:
                throw Malformed()
            }
        }
        guard reader.offset == bytes.count else { throw Malformed() }
        return entries
    }

    struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func count() throws -> Int {
            var result: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                guard offset < bytes.count, shift < 64 else { throw Malformed() }
                let byte = bytes[offset]
                offset += 1
                result |= UInt64(byte & 0x7F) << shift
                if byte < 0x80 { return Int(truncatingIfNeeded: result) }
                shift += 7
            }
        }

        /// A count that must be a length: not negative, and no more than the bytes left.
        mutating func length() throws -> Int {
            let length = try count()
            guard length >= 0, length <= bytes.count - offset else { throw Malformed() }
            return length
        }

        mutating func text() throws -> String {
            let length = try length()
            defer { offset += length }
            return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
        }

        mutating func optional() throws -> String? {
            try count() == 1 ? try text() : nil
        }

        mutating func texts() throws -> [String] {
            try (0..<length()).map { _ in try text() }
        }

        mutating func value() throws -> Value {
            switch try count() {
            case 0: return .null
            case 1: return .bool(false)
            case 2: return .bool(true)
            case 3: return .integer(try count())
            case 4: return .number(Double(bitPattern: UInt64(bitPattern: Int64(try count()))))
            case 5: return .text(try text())
            case 6: return .list(try (0..<length()).map { _ in try value() })
            default: throw Malformed()
            }
        }

        mutating func dataset() throws -> Dataset {
            let name = try text(), origin = try text()
            let title = try optional(), description = try optional(), key = try optional()
            let notes = try texts()
            let loadNotes = try texts()
            var columns: [Dataset.Column] = []
            for _ in 0..<(try length()) {
                let name = try text()
                guard let type = ValueType(rawValue: try text()) else { throw Malformed() }
                let description = try optional(), refersTo = try optional()
                let values = try (0..<length()).map { _ in try value() }
                var provenance: [Provenance?]?
                if try count() == 1 {
                    provenance = try (0..<length()).map { _ -> Provenance? in
                        guard try count() == 1 else { return nil }
                        let source = try text(), quote = try text()
                        guard let basis = Provenance.Basis(rawValue: try text()) else { throw Malformed() }
                        let note = try optional()
                        return Provenance(source: source, quote: quote, basis: basis, note: note, qualifier: try optional())
                    }
                }
                columns.append(Dataset.Column(name: name, type: type, description: description, values: values,
                                              provenance: provenance, refersTo: refersTo))
            }
            var dataset = Dataset(name: name, origin: origin, columns: columns, title: title, description: description,
                                  key: key, notes: notes)
            dataset.loadNotes = loadNotes
            return dataset
        }
    }
}
