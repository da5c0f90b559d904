import Testing
@testable import PlaceLabCore
@testable import PlaceLabData
@testable import PlaceLabNetworks

/// Reading a file's rows in stretches on several cores gives exactly what one pass gives:
/// the same columns, types, storage and cells, the same notes, and the same first error at
/// the same place. Checked on random files made to hit every joint between stretches.
@Suite struct DelimitedChunksTests {
    /// What a column's cells are made of, before and after the row where it changes.
    enum Kind: CaseIterable {
        case integers, numbers, booleans, repeated, distinct, quoted, zeros, big, tokens, nulls
    }

    static func cell(_ kind: Kind, row: Int, delimiter: Character, random: inout SeededRandom) -> String {
        if random.chance(8) { return random.pick(["", " ", "NA", "n/a"]) }
        switch kind {
        case .integers: return random.chance(3) ? "-0" : "\(random.int(0...1999) - 1000)"
        case .numbers:
            return random.pick(["\(Double(random.int(0...9999)) / 8)", "\(random.int(0...49))", "-0", "1e3", "NaN",
                                "-inf", " 2.5 ", "+7"])
        case .booleans: return random.pick(["true", "FALSE", "True"])
        case .repeated: return random.pick(["red", "green", "a longer colour name, quoted", "blue"])
        case .distinct: return "name number \(row) \(random.int(0...999))"
        case .quoted:
            return random.pick(["say \"hi\"", "two\nlines", "a\(delimiter)b", "crlf\r\ninside", "\"", "plain",
                                "5\" tall"])
        case .zeros: return random.pick(["007", "12", "0"])
        case .big: return random.chance(10) ? "99999999999999999999" : "\(random.int(0...99))"
        case .tokens: return random.chance(30) ? "n/a" : "\(random.int(0...99))"
        case .nulls: return ""
        }
    }

    /// A field as the file writes it: quoted when it must be (or now and then anyway).
    static func field(_ text: String, delimiter: Character, random: inout SeededRandom) -> String {
        let tsv = delimiter == "\t"
        let needs = text.contains("\"") || text.contains("\n") || text.contains("\r") || text.contains(delimiter)
        if tsv, !text.contains("\n"), !text.contains("\r"), !text.contains(delimiter), !text.hasPrefix("\"") {
            return text
        }
        if needs || random.chance(5) { return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        return text
    }

    struct Sample {
        var text: String
        var delimiter: UInt8
        var header: Bool
        var decimalComma: Bool
    }

    static func sample(seed: UInt64, rows: Int) -> Sample {
        var random = SeededRandom(seed: seed)
        let delimiter: Character = random.pick([",", ",", "\t", ";"])
        let columns = 1 + random.int(0...5)
        let plans = (0..<columns).map { _ in
            (early: random.pick(Kind.allCases), late: random.pick(Kind.allCases), change: random.int(0...max(rows, 1)))
        }
        let lineEnd = random.pick(["\n", "\r\n", "\r"])
        var text = random.chance(10) ? "\u{FEFF}" : ""
        text += (0..<columns).map { "col\($0)" }.joined(separator: String(delimiter)) + lineEnd
        let errorRow = random.chance(25) ? random.int(0...max(rows, 1) - 1) : -1
        for row in 0..<rows {
            if columns > 1, random.chance(2) { text += lineEnd }
            var fields = plans.map { plan in
                let kind = row < plan.change ? plan.early : plan.late
                return field(cell(kind, row: row, delimiter: delimiter, random: &random), delimiter: delimiter,
                             random: &random)
            }
            if row == errorRow {
                switch random.int(0...4) {
                case 0: fields.append("extra")
                case 1 where columns > 1: fields.removeLast()
                case 2 where delimiter != "\t": fields[0] = "x\"y"
                case 3 where delimiter != "\t": fields[0] = "\"closed\"after"
                default: fields[0] = "\"never closed"
                }
            }
            text += fields.joined(separator: String(delimiter))
            if row < rows - 1 || random.chance(70) { text += random.chance(3) ? "\n" : lineEnd }
        }
        return Sample(text: text, delimiter: delimiter.asciiValue!, header: !random.chance(10),
                      decimalComma: delimiter == ";" && random.chance(50))
    }

    /// The dataset and its notes, or the error, as text that differs wherever they differ.
    static func outcome(_ sample: Sample, chunks: Int) -> String {
        let chunking = chunks == 1 ? DelimitedChunking.single : DelimitedChunking(chunks: chunks, minimumBytes: 0)
        do {
            let dataset = try DelimitedReader.parse(sample.text, path: "random.csv", name: "random",
                                                    delimiter: sample.delimiter, header: sample.header,
                                                    decimalComma: sample.decimalComma, chunking: chunking)
            var options = LoadOptions()
            options.decimalComma = sample.decimalComma
            let typed = try ColumnTyping(options: options) { rows in
                Dictionary(uniqueKeysWithValues: rows.map { ($0, "row \($0 + 1)") })
            }.apply(dataset)
            return describe(dataset) + "\nafter typing:\n" + describe(typed) + "\nnotes: \(typed.loadNotes)"
        } catch let diagnostic as Diagnostic {
            return "error: \(diagnostic.message) | \(diagnostic.help ?? "") | \(String(describing: diagnostic.place))"
        } catch {
            return "error: \(error)"
        }
    }

    static func describe(_ dataset: Dataset) -> String {
        dataset.columns.map { column in
            "\(column.name) \(column.type) \(ColumnVectorTests.kind(column.vector)) \(storage(column.vector))"
        }.joined(separator: "\n")
    }

    /// The storage itself: codes and entries of a dictionary, bits of doubles, validity.
    static func storage(_ vector: ColumnVector) -> String {
        switch vector.storage {
        case .integers(let cells, let valid): "\(cells) \(bits(valid))"
        case .doubles(let cells, let valid): "\(cells.map(\.bitPattern)) \(bits(valid))"
        case .booleans(let cells, let valid): "\(cells) \(bits(valid))"
        case .texts(let text, let valid): "\(text.codes) \(text.entries.map { Array($0.utf8) }) \(bits(valid))"
        case .boxed(let values): values.map { value -> String in
            if case .number(let number) = value { return "n\(number.bitPattern)" }
            if case .text(let text) = value { return "t\(Array(text.utf8))" }
            return "\(value)"
        }.joined(separator: ",")
        }
    }

    static func bits(_ valid: ValidityBitmap) -> String {
        String((0..<valid.count).map { valid[$0] ? "1" : "0" })
    }

    @Test(arguments: 0..<250)
    func stretchesReadAsOnePass(seed: Int) {
        let sample = Self.sample(seed: UInt64(seed), rows: seed % 10 == 0 ? 0 : 1 + seed % 97 * 3)
        let onePass = Self.outcome(sample, chunks: 1)
        for chunks in [2, 3, 7] {
            #expect(Self.outcome(sample, chunks: chunks) == onePass, "seed \(seed), \(chunks) chunks")
        }
    }

    /// Past the dictionary's checkpoints (every 4096 rows), where a joined text column must
    /// give up its dictionary at the same row as one pass.
    @Test(arguments: 0..<3)
    func longFilesReadAsOnePass(seed: Int) {
        let sample = Self.sample(seed: UInt64(10_000 + seed), rows: 8200 + seed * 900)
        let onePass = Self.outcome(sample, chunks: 1)
        for chunks in [2, 3, 7] {
            #expect(Self.outcome(sample, chunks: chunks) == onePass, "seed \(10_000 + seed), \(chunks) chunks")
        }
    }

    /// Cut points fall at row starts even when quoted fields hold line breaks and the
    /// delimiter, and reading still agrees when a quoted field holds whole rows.
    @Test func quotedRowsInsideAFieldStillReadAsOnePass() {
        let inner = (0..<50).map { "\($0),x,\($0 * 2)" }.joined(separator: "\n")
        var text = "a,b,c\n"
        for row in 0..<200 { text += "\(row),\"\(row % 3 == 0 ? inner : "plain")\",\(row)\n" }
        let sample = Sample(text: text, delimiter: UInt8(ascii: ","), header: true, decimalComma: false)
        let onePass = Self.outcome(sample, chunks: 1)
        for chunks in [2, 3, 7, 16] { #expect(Self.outcome(sample, chunks: chunks) == onePass, "\(chunks) chunks") }
    }

    /// The agreement above must come from reading in stretches, not from falling back to one
    /// pass: a plain file is read in three stretches, joined into one pass's columns.
    @Test func aPlainFileIsReallyReadInStretches() throws {
        let text = "id,value,name\n" + (0..<3000).map { "\($0),\(Double($0) / 3),n\($0 % 7)\n" }.joined()
        let bytes = Array(text.utf8)
        try bytes.withUnsafeBufferPointer { buffer in
            let rows = { DelimitedRows(base: buffer.baseAddress!, count: buffer.count, delimiter: UInt8(ascii: ","),
                                       start: 14, end: buffer.count, builders: [ColumnBuilder(), ColumnBuilder(), ColumnBuilder()]) }
            #expect(DelimitedChunks.cuts(rows(), into: 3).count == 3)
            let stretched = try DelimitedChunks.read(rows(), chunking: DelimitedChunking(chunks: 3, minimumBytes: 0),
                                                     cancellation: Cancellation { false })
            let joined = try #require(stretched, "a plain file should be read in stretches, not left to one pass")
            let onePass = Self.outcome(Sample(text: text, delimiter: UInt8(ascii: ","), header: true, decimalComma: false),
                                           chunks: 1)
            #expect(onePass.hasPrefix(zip(["id", "value", "name"], joined).map { name, builder in
                let vector = builder.vector()
                return "\(name) \(name == "name" ? "text" : name == "id" ? "integer" : "number") "
                    + "\(ColumnVectorTests.kind(vector)) \(Self.storage(vector))"
            }.joined(separator: "\n")))
            // Ctrl-C stops the stretches themselves, before the one-pass fallback could.
            #expect(throws: DelimitedError.self) {
                _ = try DelimitedChunks.read(rows(), chunking: DelimitedChunking(chunks: 3, minimumBytes: 0),
                                             cancellation: Cancellation { true })
            }
        }
    }

    /// Ctrl-C stops every stretch, and the load reports the interruption, not a half table.
    @Test func cancellationStopsEveryStretch() {
        let text = "id,value\n" + (0..<5000).map { "\($0),\(Double($0) / 3)\n" }.joined()
        let chunking = DelimitedChunking(chunks: 3, minimumBytes: 0)
        #expect(throws: Interrupted.self) {
            try Cancellation.$current.withValue(Cancellation { true }) {
                _ = try DelimitedReader.parse(text, path: "big.csv", name: "big", chunking: chunking)
            }
        }
    }

    @Test func idleCoresAreAtLeastOneAndAtMostAll() {
        for cores in [1, 2, 8] { #expect((1...cores).contains(DelimitedChunking.idleCores(of: cores))) }
    }

    @Test func theRunQueueIsReadFromLoadavg() {
        #expect(DelimitedChunking.runningThreads("0.38 1.34 3.31 2/110 28578\n") == 2)
        #expect(DelimitedChunking.runningThreads("0.38 1.34 3.31 1/110 28578") == 1)
        for odd in ["", "0.38 1.34 3.31", "0.38 1.34 3.31 x/110 1", "0.38 1.34 3.31 0/110 1", "0.38 1.34 3.31 2-110 1"] {
            #expect(DelimitedChunking.runningThreads(odd) == nil)
        }
        #expect(DelimitedChunking.runningThreads(nil) == nil)
    }

    @Test func cutsFallAtRowStarts() throws {
        let text = "id,note\n" + (0..<1000).map { "\($0),\"line\nbreak, and \"\"quote\"\"\"\r\n" }.joined()
        let bytes = Array(text.utf8)
        bytes.withUnsafeBufferPointer { buffer in
            let rows = DelimitedRows(base: buffer.baseAddress!, count: buffer.count, delimiter: UInt8(ascii: ","),
                                     start: 8, end: buffer.count, builders: [ColumnBuilder(), ColumnBuilder()])
            let starts = DelimitedChunks.cuts(rows, into: 5)
            #expect(starts.count == 5)
            for start in starts.dropFirst() {
                #expect(buffer[start - 1] == UInt8(ascii: "\n") && buffer[start - 2] == UInt8(ascii: "\r"))
                #expect(buffer[start] != UInt8(ascii: "\""))
            }
        }
    }
}
