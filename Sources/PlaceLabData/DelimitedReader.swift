import PlaceLabCore

// Measured (scripts/bench/make_csv.py, 1M rows × 10 columns, 172 MB, release build, whole parse into per-cell values): SwiftCSV 0.10.0: 23.5 s, CSV.swift 2.5.2: 19.3 s, this reader: 1.2 s.
import Foundation

/// Reads users' CSV and TSV files into a typed, columnar `Dataset`.
///
/// CSV follows RFC 4180: a header row, fields separated by commas, quoted fields that may hold
/// commas, line breaks and `""` for a quote; LF, CRLF or CR line ends; UTF-8 with or without a
/// BOM. TSV (`.tsv`, `.tab`, or `delimiter: 0x09`) is the same with tabs, except that a quote
/// inside an unquoted field is an ordinary character. Backslashes are characters like any
/// other, as IANA's TSV and pandas have them (`C:\temp` is not a tab). Blank lines are skipped (in a one-column file
/// they are null cells). Types are inferred per column over every row (see `ColumnBuilder`).
///
/// A file is read whole or rejected whole: any problem throws a `Diagnostic` placed at the
/// file's line and column.
///
/// Built for speed: one read of the file, a byte-level scan, numbers decoded from the bytes,
/// Strings made only for text cells.
public enum DelimitedReader {
    public static let comma = UInt8(ascii: ",")
    public static let tab = UInt8(ascii: "\t")

    /// Reads a file; with no `delimiter`, `.tsv` and `.tab` files use tabs and others the
    /// delimiter their first lines agree on (comma when none does). `header: false` reads the
    /// first line as data and names the columns `column_1`, `column_2`, …. `decimalComma`
    /// leaves cells with a decimal point as text, for `ColumnTyping` to read 1,5 as a number.
    public static func read(path: String, name: String, delimiter: UInt8? = nil, header: Bool = true,
                            decimalComma: Bool = false) throws -> Dataset {
        let data = try FileBytes.contents(of: path)
        return try data.withUnsafeBytes { bytes in
            try parseAnyText(bytes, path: path, name: name, delimiter: delimiter, header: header, decimalComma: decimalComma)
        }
    }

    /// UTF-8, or else Windows-1252 decoded out loud; the delimiter chosen when not given.
    static func parseAnyText(_ bytes: UnsafeRawBufferPointer, path: String, name: String, delimiter: UInt8?,
                             header: Bool, decimalComma: Bool = false) throws -> Dataset {
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else {
            throw noHeader(path: path, nil, count: 0)
        }
        let count = bytes.count
        if let offset = FileBytes.firstNonTextByte(base, count: count) {
            let utf16 = count >= 2 && ((base[0] == 0xFF && base[1] == 0xFE) || (base[0] == 0xFE && base[1] == 0xFF))
            guard !utf16, case .success(let decoded) = Windows1252.decode(base, count: count) else {
                throw FileBytes.notText(path: path, base, count: count, offset: offset)
            }
            var dataset = try decoded.withUnsafeBytes {
                try parseAnyText($0, path: path, name: name, delimiter: delimiter, header: header,
                             decimalComma: decimalComma)
            }
            dataset.loadNotes.insert(
                "\(path): not UTF-8, so read as Windows-1252 (Latin-1), giving \(Windows1252.sampleCharacters(decoded)); "
                    + "if letters look wrong, convert it: iconv -f WINDOWS-1252 -t UTF-8 FILE > NEW.csv", at: 0)
            return dataset
        }
        let chosen = delimiter ?? chooseDelimiter(path: path, base, count: count)
        var dataset = try parse(bytes, path: path, name: name, delimiter: chosen, header: header,
                                decimalComma: decimalComma, checkedText: true)
        if delimiter == nil, chosen != comma, chosen != defaultDelimiter(for: path) {
            // With decimal ',' the comma is the decimal mark, so it cannot be offered as the delimiter.
            let hint = decimalComma ? "detected" : "detected; delimiter ',' reads commas"
            dataset.loadNotes.append("fields separated by \(DelimiterSniffer.name(chosen)) (\(hint))")
        }
        return dataset
    }

    /// Tab for `.tsv`, else what the first lines agree on, else comma.
    static func chooseDelimiter(path: String, _ base: UnsafePointer<UInt8>, count: Int) -> UInt8 {
        let byExtension = defaultDelimiter(for: path)
        if byExtension == tab { return tab }
        return DelimiterSniffer.detect(base, count: count) ?? comma
    }

    /// "line N" for each data row (0-based) asked, reading the file again: only a load that
    /// has something to report about a row pays for it.
    package static func lines(ofRows rows: [Int], path: String, delimiter: UInt8?, header: Bool) -> [Int: String] {
        guard !rows.isEmpty, let data = try? FileBytes.contents(of: path) else { return [:] }
        return data.withUnsafeBytes { bytes -> [Int: String] in
            guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), bytes.count > 0 else { return [:] }
            let count = bytes.count
            let chosen = delimiter ?? chooseDelimiter(path: path, base, count: count)
            var scanner = DelimitedScanner(base: base, count: count, delimiter: chosen,
                                           position: FileBytes.byteOrderMarkLength(base, count: count))
            while scanner.skipBlankLine() {}
            var columnCount = 0
            var line = 1
            var counted = 0
            func advanceLine(to offset: Int) {
                while counted < offset {
                    let byte = base[counted]
                    if byte == 0x0A || (byte == 0x0D && (counted + 1 == count || base[counted + 1] != 0x0A)) { line += 1 }
                    counted += 1
                }
            }
            let headerStart = scanner.position
            while let field = try? scanner.next() {
                columnCount += 1
                if field.endsRow { break }
            }
            if !header { scanner.position = headerStart }
            var result: [Int: String] = [:]
            var wanted = rows.sorted()[...]
            var row = 0
            while let next = wanted.first, !scanner.atEnd {
                if columnCount > 1, scanner.skipBlankLine() { continue }
                if row == next {
                    advanceLine(to: scanner.position)
                    result[row] = "line \(line)"
                    wanted.removeFirst()
                }
                while let field = try? scanner.next(), !field.endsRow {}
                row += 1
            }
            return result
        }
    }

    /// Tab for `.tsv` and `.tab` files (also gzip-compressed), comma otherwise.
    static func defaultDelimiter(for path: String) -> UInt8 {
        let inner = Gzip.innerPath(path)
        let base = inner.split(separator: "/").last.map(String.init) ?? inner
        guard let dot = base.lastIndex(of: ".") else { return comma }
        let suffix = base[base.index(after: dot)...].lowercased()
        return suffix == "tsv" || suffix == "tab" ? tab : comma
    }

    static func parse(_ bytes: [UInt8], path: String, name: String, delimiter: UInt8 = comma, header: Bool = true,
                      decimalComma: Bool = false, chunking: DelimitedChunking = .automatic) throws -> Dataset {
        try bytes.withUnsafeBytes {
            try parse($0, path: path, name: name, delimiter: delimiter, header: header, decimalComma: decimalComma,
                      chunking: chunking)
        }
    }

    static func parse(_ text: String, path: String, name: String, delimiter: UInt8 = comma, header: Bool = true,
                      decimalComma: Bool = false, chunking: DelimitedChunking = .automatic) throws -> Dataset {
        try parse(Array(text.utf8), path: path, name: name, delimiter: delimiter, header: header,
                  decimalComma: decimalComma, chunking: chunking)
    }

    static func parse(_ bytes: UnsafeRawBufferPointer, path: String, name: String, delimiter: UInt8,
                      header: Bool = true, decimalComma: Bool = false, checkedText: Bool = false,
                      chunking: DelimitedChunking = .automatic) throws -> Dataset {
        guard delimiter != 0x22, delimiter != 0x0A, delimiter != 0x0D, delimiter != 0, delimiter < 0x80 else {
            throw Diagnostic("cannot use byte 0x\(String(delimiter, radix: 16, uppercase: true)) as a delimiter",
                             help: "choose a comma, a tab, a semicolon or another ASCII symbol")
        }
        let count = bytes.count
        guard let base = bytes.baseAddress?.assumingMemoryBound(to: UInt8.self), count > 0 else {
            throw noHeader(path: path, nil, count: 0)
        }
        // `checkedText`: the caller found no byte that is not UTF-8 text, so a big file is not read twice for it.
        if !checkedText, let offset = FileBytes.firstNonTextByte(base, count: count) {
            throw FileBytes.notText(path: path, base, count: count, offset: offset)
        }
        var parser = DelimitedParser(base: base, count: count, delimiter: delimiter, header: header,
                                     decimalComma: decimalComma, chunking: chunking)
        do {
            try parser.run()
        } catch {
            throw diagnostic(for: error, path: path, base, count: count, delimiter: delimiter)
        }
        let columns = zip(parser.names, parser.builders).map { name, builder in
            Dataset.Column(name: name, type: builder.type, vector: builder.vector())
        }
        return Dataset(name: name, origin: path, columns: columns)
    }

    /// Header names as users mean them: trimmed, never empty (`column_3`), never repeated
    /// (`name`, `name_2`, compared ignoring case).
    static func columnNames(_ raw: [String]) -> [String] {
        var seen = Set<String>()
        var names: [String] = []
        for (index, text) in raw.enumerated() {
            var base = text.trimmingCharacters(in: .whitespacesAndNewlines)
            if base.isEmpty { base = "column_\(index + 1)" }
            var name = base
            var suffix = 2
            while seen.contains(name.lowercased()) {
                name = "\(base)_\(suffix)"
                suffix += 1
            }
            seen.insert(name.lowercased())
            names.append(name)
        }
        return names
    }

    // MARK: - Errors

    /// "; the file looks ';'-separated: add delimiter ';'" when another delimiter splits the
    /// first lines evenly, else nothing.
    private static func delimiterHint(_ base: UnsafePointer<UInt8>, count: Int, delimiter: UInt8) -> String {
        guard let other = DelimiterSniffer.detect(base, count: count, excluding: delimiter) else { return "" }
        let name = DelimiterSniffer.name(other)
        return "; or the fields are separated by \(name): add delimiter \(name)"
    }

    private static func noHeader(path: String, _ base: UnsafePointer<UInt8>?, count: Int) -> Diagnostic {
        var diagnostic = Diagnostic("empty file: no header row",
                                    help: "the first line names the columns, such as: id,name,value")
        diagnostic.place = FileBytes.place(path: path, base, count: count, offset: 0)
        return diagnostic
    }

    /// The error to show; Ctrl-C is `Interrupted`, reported as such rather than placed in the file.
    private static func diagnostic(for error: DelimitedError, path: String, _ base: UnsafePointer<UInt8>,
                                   count: Int, delimiter: UInt8) -> any Error {
        let separator = delimiter == tab ? "tab" : "\"\(Character(Unicode.Scalar(delimiter)))\""
        var diagnostic: Diagnostic
        let offset: Int
        switch error {
        case .interrupted:
            return Interrupted()
        case .noHeader:
            return noHeader(path: path, base, count: count)
        case .unterminatedQuote(let at):
            offset = at
            diagnostic = Diagnostic("unterminated quoted field (opened here)",
                                    help: "close the field with a quote, and write a quote inside it as \"\"")
            diagnostic.help = (diagnostic.help ?? "") + delimiterHint(base, count: count, delimiter: delimiter)
        case .quoteInField(let at, let fieldStart):
            offset = at
            var end = fieldStart
            while end < count, base[end] != delimiter, base[end] != 0x0A, base[end] != 0x0D { end += 1 }
            let field = CellBytes.string(base, fieldStart, end)
            let help = field.count <= 40
                ? "quote the whole field and double its quotes: \"\(field.replacingOccurrences(of: "\"", with: "\"\""))\""
                : "quote the whole field and double the quotes inside it"
            diagnostic = Diagnostic("quote in the middle of an unquoted field",
                                    help: help + delimiterHint(base, count: count, delimiter: delimiter))
        case .textAfterQuote(let at):
            offset = at
            diagnostic = Diagnostic("unexpected text after a closing quote",
                                    help: "inside a quoted field, write a quote as \"\""
                                        + delimiterHint(base, count: count, delimiter: delimiter))
        case .tooManyFields(let at, let found, let expected):
            offset = at
            let counted = found.map { "\($0)" } ?? "more than \(expected)"
            let help = delimiter == comma ? "if a value contains a comma, quote the field: \"a, b\""
                : "if a value contains a \(separator), quote the field"
            diagnostic = Diagnostic("row has \(counted) fields but the header has \(expected)",
                                    help: help + delimiterHint(base, count: count, delimiter: delimiter))
        case .tooFewFields(let at, let found, let expected):
            offset = at
            let example = delimiter == comma ? ", as in a,,c" : ""
            diagnostic = Diagnostic(
                "row has \(found) \(found == 1 ? "field" : "fields") but the header has \(expected)",
                help: "every row needs \(expected) fields; leave a field empty for a missing value\(example)")
        }
        diagnostic.place = FileBytes.place(path: path, base, count: count, offset: offset)
        return diagnostic
    }
}

/// A problem in a delimited file, at a byte offset.
enum DelimitedError: Error {
    case noHeader
    case unterminatedQuote(at: Int)
    case quoteInField(at: Int, fieldStart: Int)
    case textAfterQuote(at: Int)
    /// `found` is nil when the rest of the row could not be counted.
    case tooManyFields(at: Int, found: Int?, expected: Int)
    case tooFewFields(at: Int, found: Int, expected: Int)
    /// Ctrl-C, between rows.
    case interrupted
}

/// One field of a delimited file, as byte offsets.
struct DelimitedField {
    /// The content, inside the quotes of a quoted field.
    var start: Int
    var end: Int
    /// Whether the content holds `""`, so it must be unescaped.
    var escaped: Bool
    var quoted: Bool
    /// The field's first byte: its opening quote, if quoted.
    var opening: Int
    /// The offset of what ends it: a delimiter, a line break or the end of the file.
    var terminator: Int
    /// Whether the row ends after it.
    var endsRow: Bool
}

/// Splits bytes into fields.
struct DelimitedScanner {
    let base: UnsafePointer<UInt8>
    let count: Int
    let delimiter: UInt8
    /// Tab-separated: quotes inside a field are ordinary.
    let tsv: Bool
    var position: Int

    init(base: UnsafePointer<UInt8>, count: Int, delimiter: UInt8, position: Int) {
        self.base = base
        self.count = count
        self.delimiter = delimiter
        self.tsv = delimiter == 0x09
        self.position = position
    }

    var atEnd: Bool { position >= count }

    /// At the start of a row: if the line is blank, steps over its line break and says so.
    @inline(__always)
    mutating func skipBlankLine() -> Bool {
        guard position < count else { return false }
        let byte = base[position]
        if byte == 0x0A {
            position += 1
            return true
        }
        if byte == 0x0D {
            position += position + 1 < count && base[position + 1] == 0x0A ? 2 : 1
            return true
        }
        return false
    }

    @inline(__always)
    mutating func next() throws(DelimitedError) -> DelimitedField {
        let opening = position
        var escaped = false
        if position < count, base[position] == 0x22 {
            // In TSV a field that only starts with a quote, and does not close like a quoted
            // field, is plain text (PlaceLab's tsv mode writes quotes as they are).
            quoted: do {
                let start = position + 1
                var index = start
                while true {
                    guard let found = memchr(base + index, 0x22, count - index) else {
                        if tsv { break quoted }
                        throw .unterminatedQuote(at: opening)
                    }
                    let quote = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if quote + 1 < count, base[quote + 1] == 0x22 {
                        escaped = true
                        index = quote + 2
                        continue
                    }
                    index = quote + 1
                    break
                }
                let end = index - 1
                if index < count {
                    let byte = base[index]
                    if byte != delimiter, byte != 0x0A, byte != 0x0D {
                        if tsv { break quoted }
                        throw .textAfterQuote(at: index)
                    }
                }
                return finish(start: start, end: end, escaped: escaped, quoted: true, opening: opening, at: index)
            }
            escaped = false
        }
        var index = position
        let delimiter = self.delimiter
        // Sixteen bytes at a time while none of them ends the field or needs a closer look.
        let delimiters = SIMD16<UInt8>(repeating: delimiter)
        let quotes = SIMD16<UInt8>(repeating: 0x22)
        let lineFeeds = SIMD16<UInt8>(repeating: 0x0A)
        let returns = SIMD16<UInt8>(repeating: 0x0D)
        while index + 16 <= count {
            let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
            let stops = (chunk .== delimiters) .| (chunk .== quotes) .| (chunk .== lineFeeds) .| (chunk .== returns)
            if any(stops) { break }
            index += 16
        }
        while index < count {
            let byte = base[index]
            if byte > 0x22, byte != delimiter {
                index += 1
                continue
            }
            if byte == delimiter || byte == 0x0A || byte == 0x0D { break }
            if byte == 0x22, !tsv { throw .quoteInField(at: index, fieldStart: opening) }
            index += 1
        }
        return finish(start: opening, end: index, escaped: escaped, quoted: false, opening: opening, at: index)
    }

    /// Steps over the terminator at `index`.
    @inline(__always)
    private mutating func finish(start: Int, end: Int, escaped: Bool, quoted: Bool, opening: Int,
                                 at index: Int) -> DelimitedField {
        var endsRow = true
        if index >= count {
            position = count
        } else if base[index] == delimiter {
            position = index + 1
            endsRow = false
        } else if base[index] == 0x0D, index + 1 < count, base[index + 1] == 0x0A {
            position = index + 2
        } else {
            position = index + 1
        }
        return DelimitedField(start: start, end: end, escaped: escaped, quoted: quoted, opening: opening,
                              terminator: index, endsRow: endsRow)
    }

    /// A quoted field's text with its doubled quotes made single (only quoted fields are escaped).
    func unescape(_ field: DelimitedField) -> String {
        let base = self.base
        return String(unsafeUninitializedCapacity: field.end - field.start) { buffer in
            var out = 0
            var index = field.start
            // Copy up to and including each quote, then skip its double.
            while index < field.end {
                let rest = field.end - index
                let found = memchr(base + index, 0x22, rest)
                let length = found.map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) - index + 1 } ?? rest
                (buffer.baseAddress! + out).update(from: base + index, count: length)
                out += length
                index += found == nil ? length : length + 1
            }
            return out
        }
    }
}

/// The header, then every row into typed columns: a big file's rows on every core at once
/// (`DelimitedChunks`), a small one's in one pass.
struct DelimitedParser {
    let base: UnsafePointer<UInt8>
    let count: Int
    let delimiter: UInt8
    var names: [String] = []
    var builders: [ColumnBuilder] = []

    /// Whether the first row names the columns (else it is data, and they are column_1, …).
    let header: Bool
    /// `decimal ','`: the builders leave cells with a decimal point as text.
    let decimalComma: Bool
    /// How many stretches the rows are read in, and from what size.
    let chunking: DelimitedChunking

    init(base: UnsafePointer<UInt8>, count: Int, delimiter: UInt8, header: Bool = true, decimalComma: Bool = false,
         chunking: DelimitedChunking = .automatic) {
        self.base = base
        self.count = count
        self.delimiter = delimiter
        self.header = header
        self.decimalComma = decimalComma
        self.chunking = chunking
    }

    mutating func run() throws(DelimitedError) {
        let bodyStart = FileBytes.byteOrderMarkLength(base, count: count)
        var scanner = DelimitedScanner(base: base, count: count, delimiter: delimiter, position: bodyStart)
        while scanner.skipBlankLine() {}
        if scanner.atEnd { throw .noHeader }
        let headerStart = scanner.position
        var header: [String] = []
        while true {
            let field = try scanner.next()
            header.append(field.escaped ? scanner.unescape(field) : CellBytes.string(base, field.start, field.end))
            if field.endsRow { break }
        }
        if !self.header {
            header = header.indices.map { "column_\($0 + 1)" }
            scanner.position = headerStart
        }
        names = DelimitedReader.columnNames(header)
        let empty = DelimitedRows(base: base, count: count, delimiter: delimiter, start: scanner.position, end: count,
                                  builders: Array(repeating: ColumnBuilder(integersOnly: decimalComma), count: names.count))
        let cancellation = Cancellation.current
        if let merged = try DelimitedChunks.read(empty, chunking: chunking, cancellation: cancellation) {
            builders = merged
            return
        }
        var rows = empty
        try rows.read(reservingUpTo: count, cancellation: cancellation)
        try rows.reread(cancellation: cancellation)
        builders = rows.builders
    }
}

/// The data rows of one stretch of a delimited file, read into column builders. The stretch
/// starts at a row; reading stops at the first row that ends at or past `end`.
struct DelimitedRows {
    let base: UnsafePointer<UInt8>
    let count: Int
    let delimiter: UInt8
    let start: Int
    let end: Int
    var builders: [ColumnBuilder]
    /// Where the last row read ended: `end` when the stretch ends between two rows.
    private(set) var stop: Int

    init(base: UnsafePointer<UInt8>, count: Int, delimiter: UInt8, start: Int, end: Int, builders: [ColumnBuilder]) {
        self.base = base
        self.count = count
        self.delimiter = delimiter
        self.start = start
        self.end = end
        self.builders = builders
        stop = start
    }

    /// The same rows' stretch from `start` to `end`, not read yet.
    func stretch(from start: Int, to end: Int) -> DelimitedRows {
        DelimitedRows(base: base, count: count, delimiter: delimiter, start: start, end: end, builders: builders)
    }

    /// Reads every row; storage is made room for as if rows like the first went on to `reserveEnd`.
    mutating func read(reservingUpTo reserveEnd: Int, cancellation: Cancellation) throws(DelimitedError) {
        let columnCount = builders.count
        var scanner = DelimitedScanner(base: base, count: count, delimiter: delimiter, position: start)
        var row = 0
        var reserved = false
        while scanner.position < end {
            if cancellation.isRequested { throw .interrupted }
            if columnCount > 1, scanner.skipBlankLine() { continue }
            var index = 0
            while true {
                let field = try scanner.next()
                if index == columnCount {
                    throw .tooManyFields(at: field.opening, found: fieldsLeft(scanner, after: field, counted: index + 1),
                                         expected: columnCount)
                }
                builders[index].append(base, field.start, field.end, escaped: field.escaped) {
                    scanner.unescape(field)
                }
                index += 1
                if field.endsRow {
                    if index < columnCount {
                        throw .tooFewFields(at: field.terminator, found: index, expected: columnCount)
                    }
                    break
                }
            }
            row += 1
            // Once the first rows show how long a row is, make room for the rest at once.
            if !reserved, row == 1024 {
                reserved = true
                let perRow = max(1, (scanner.position - start) / row)
                let expected = row + max(0, reserveEnd - scanner.position) / perRow * 21 / 20 + 16
                for index in builders.indices { builders[index].reserve(expected) }
            }
        }
        stop = scanner.position
    }

    /// How many fields the row has, for the "too many fields" message; nil if it cannot be told.
    private func fieldsLeft(_ scanner: DelimitedScanner, after field: DelimitedField, counted: Int) -> Int? {
        var scanner = scanner
        var counted = counted
        var last = field
        while !last.endsRow {
            guard let next = try? scanner.next() else { return nil }
            last = next
            counted += 1
        }
        return counted
    }

    /// The second pass, for columns that turned to text after typed values: those rows again.
    mutating func reread(cancellation: Cancellation) throws(DelimitedError) {
        let limit = builders.map(\.rereadBefore).max() ?? 0
        guard limit > 0 else { return }
        let columnCount = builders.count
        var scanner = DelimitedScanner(base: base, count: count, delimiter: delimiter, position: start)
        var row = 0
        while row < limit, scanner.position < end {
            if cancellation.isRequested { throw .interrupted }
            if columnCount > 1, scanner.skipBlankLine() { continue }
            var index = 0
            while true {
                let field = try scanner.next()
                if row < builders[index].rereadBefore {
                    builders[index].reread(row: row, base, field.start, field.end, escaped: field.escaped) {
                        scanner.unescape(field)
                    }
                }
                index += 1
                if field.endsRow { break }
            }
            row += 1
        }
        for index in builders.indices { builders[index].rereadBefore = 0 }
    }
}
