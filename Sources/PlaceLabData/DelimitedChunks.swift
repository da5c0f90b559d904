import Dispatch
import Foundation
import PlaceLabCore

/// How many stretches a delimited file's rows are read in at once, and the smallest body
/// worth splitting: below it, starting threads costs more than it saves.
struct DelimitedChunking: Sendable {
    /// How many stretches; nil for one a core that is idle, worked out only for a file big
    /// enough to split, so a small file never looks at the machine.
    var chunks: Int?
    var minimumBytes: Int

    /// One stretch a core that is idle. On a busy machine threads share the CPU time one
    /// thread would get and only add the cost of joining (measured: 8% more CPU time); on an
    /// idle one two stretches load a 1M-row file in 0.62–0.74 s instead of 0.80 s.
    static let automatic = DelimitedChunking(chunks: nil, minimumBytes: 4 << 20)

    /// The stretches for this machine now.
    var count: Int {
        chunks ?? Self.idleCores(of: ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The cores less the other threads running right now. The run queue is read as the load
    /// starts (Linux's /proc/loadavg, "running/total"), not the last minute's load average:
    /// that lags by minutes, so a load just after a build, or each run of a benchmark, would
    /// be read on one core though both were free. Without /proc, every core.
    static func idleCores(of cores: Int) -> Int {
        guard let running = runningThreads() else { return cores }
        return max(1, cores - (running - 1))
    }

    /// Threads running or ready to run on the whole machine, this one included.
    static func runningThreads(_ loadavg: String? = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) -> Int? {
        // "0.38 1.34 3.31 2/110 28578": the fourth field is running/total.
        guard let fields = loadavg?.split(separator: " "), fields.count >= 4,
              let slash = fields[3].firstIndex(of: "/") else { return nil }
        let text = fields[3][..<slash]
        guard let running = Int(text), running >= 1 else { return nil }
        return running
    }

    /// One stretch: the whole file in one pass.
    static let single = DelimitedChunking(chunks: 1, minimumBytes: .max)
}

/// Reads a big file's rows on the idle cores: the body is cut into stretches at row starts, each
/// read into its own column builders at once, and the builders joined in file order into
/// what one pass would have built.
///
/// A cut is guessed near each even split (after a line break, where the next rows read as
/// whole rows) and proven while reading: a stretch must end exactly where the next begins,
/// which, stretch by stretch from the first, makes every stretch's rows the one pass's rows.
/// Hence the first error in file order is the one pass's first error. When a guess was
/// wrong (a quoted field holding rows), the caller reads the file in one pass.
enum DelimitedChunks {
    /// The joined builders; nil when the file is not worth splitting or a cut was not a row start.
    static func read(_ body: DelimitedRows, chunking: DelimitedChunking,
                     cancellation: Cancellation) throws(DelimitedError) -> [ColumnBuilder]? {
        guard body.count - body.start >= max(chunking.minimumBytes, 1) else { return nil }
        let count = chunking.count
        guard count > 1 else { return nil }
        let starts = cuts(body, into: count)
        guard starts.count > 1 else { return nil }
        let ends = Array(starts.dropFirst()) + [body.count]
        var stretches = zip(starts, ends).map { Stretch(rows: body.stretch(from: $0, to: $1)) }

        // Every stretch at once; the first makes room for the whole file, the others join it.
        let fileEnd = body.count
        concurrently(&stretches) { index, stretch in
            do throws(DelimitedError) {
                try stretch.rows.read(reservingUpTo: index == 0 ? fileEnd : stretch.rows.end, cancellation: cancellation)
            } catch {
                stretch.failure = error
            }
        }
        for stretch in stretches {
            if let failure = stretch.failure { throw failure }
            if stretch.rows.stop != stretch.rows.end { return nil }
        }

        // Stretches of a column that ends up text read their typed cells again as text.
        let columnCount = body.builders.count
        let final = (0..<columnCount).map { column in
            stretches.reduce(ColumnBuilder.State.empty) { $0.then($1.rows.builders[column].state) }
        }
        concurrently(&stretches) { _, stretch in
            guard stretch.rows.builders.indices.contains(where: { stretch.rows.builders[$0].needsText(final: final[$0]) })
            else { return }
            for column in 0..<columnCount where final[column] == .text {
                stretch.rows.builders[column].becomeText()
            }
            do throws(DelimitedError) {
                try stretch.rows.reread(cancellation: cancellation)
            } catch {
                stretch.failure = error
            }
        }
        if let failure = stretches.lazy.compactMap(\.failure).first { throw failure }

        // Each column's stretches joined, columns at once; a builder is moved out of its
        // stretch before joining, so its storage is not copied.
        var parts = [[ColumnBuilder]](repeating: [], count: columnCount)
        for index in stretches.indices {
            let builders = stretches[index].rows.builders
            stretches[index].rows.builders = []
            for column in 0..<columnCount { parts[column].append(builders[column]) }
        }
        stretches = []
        concurrently(&parts) { _, builders in
            var joined = builders[0]
            builders[0] = ColumnBuilder()
            for index in builders.indices.dropFirst() {
                let next = builders[index]
                builders[index] = ColumnBuilder()
                joined.absorb(next)
            }
            builders = [joined]
        }
        return parts.map { $0[0] }
    }

    /// One stretch's rows, and what stopped its reading.
    private struct Stretch {
        var rows: DelimitedRows
        var failure: DelimitedError?
    }

    /// Runs `work` on every element at once, each element by one thread alone.
    private static func concurrently<Element>(_ elements: inout [Element],
                                              _ work: @Sendable (Int, inout Element) -> Void) {
        elements.withUnsafeMutableBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let slots = Slots(base: base)
            DispatchQueue.concurrentPerform(iterations: buffer.count) { index in work(index, &slots.base[index]) }
        }
    }

    /// Elements that concurrent iterations each change one of, never the same.
    private struct Slots<Element>: @unchecked Sendable {
        let base: UnsafeMutablePointer<Element>
    }

    /// Row starts cutting the body into up to `chunks` stretches of about equal size, the
    /// first at the body's start.
    static func cuts(_ body: DelimitedRows, into chunks: Int) -> [Int] {
        var starts = [body.start]
        let size = body.count - body.start
        for part in 1..<chunks {
            let near = body.start + size / chunks * part
            guard near > starts.last!, let start = rowStart(body, after: near), start > starts.last! else { continue }
            starts.append(start)
        }
        return starts
    }

    /// The first line start at or after `offset` where the next few rows read as whole rows
    /// of the header's width; nil when none is found soon.
    static func rowStart(_ body: DelimitedRows, after offset: Int) -> Int? {
        let base = body.base
        let count = body.count
        var index = offset
        for _ in 0..<64 {
            while index < count, base[index] != 0x0A, base[index] != 0x0D { index += 1 }
            guard index < count else { return nil }
            index += base[index] == 0x0D && index + 1 < count && base[index + 1] == 0x0A ? 2 : 1
            if index < count, readsAsRows(body, from: index) { return index }
        }
        return nil
    }

    /// Whether up to 8 rows from `start` have the header's number of fields and no error.
    private static func readsAsRows(_ body: DelimitedRows, from start: Int) -> Bool {
        let columnCount = body.builders.count
        var scanner = DelimitedScanner(base: body.base, count: body.count, delimiter: body.delimiter, position: start)
        var rows = 0
        while rows < 8, !scanner.atEnd {
            if columnCount > 1, scanner.skipBlankLine() { continue }
            var fields = 0
            while true {
                guard let field = try? scanner.next() else { return false }
                fields += 1
                if field.endsRow { break }
                if fields > columnCount { return false }
            }
            if fields != columnCount { return false }
            rows += 1
        }
        return true
    }
}
