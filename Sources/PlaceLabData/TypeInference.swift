import Foundation
import PlaceLabCore

/// Collects one column of a delimited file, typing cells straight from their bytes.
///
/// The column's type is the narrowest that fits every non-null cell: integer (sign and digits,
/// fits `Int`), number (also decimals and exponents; an integer column widens when one turns
/// up), boolean (`true`/`false`, any case), else text. Empty cells, and cells of only spaces,
/// are null; a column of only nulls is `.empty`. Cells are classified ignoring surrounding
/// spaces; text keeps them. A whole number with leading zeros or beyond 64 bits makes the
/// column text, so it is kept exactly as written (`ColumnTyping` then says why).
///
/// When a typed column meets a cell that does not fit, it becomes text from then on and
/// remembers how many earlier rows hold typed values: the reader rereads those rows' cells as
/// text in a second pass (which is rare, and stops at the last row that needs it).
///
/// Cells go straight into typed storage (`TypedCells`, `TextCells`): no column exists as one
/// boxed value per cell unless it stays boxed.
struct ColumnBuilder {
    enum State { case empty, integer, number, boolean, text }

    // Internal rather than private for `ColumnMerge`, which joins the builders of a file's stretches.
    var state: State = .empty
    /// The cells of a text column.
    var textCells = TextCells(nulls: 0, capacity: 0)
    /// The cells of an integer, number or boolean column.
    var typed = TypedCells(.integer, nulls: 0, capacity: 0)
    /// Nulls read while no cell has said what the column is.
    var leadingNulls = 0
    /// How many rows the file seems to hold, so storage chosen later is made that big at once.
    var expectedRows = 0
    /// Rows before this index hold typed values that must be reread as text; 0 when none.
    var rereadBefore = 0
    /// Rows read as the integer 0 from `-0` while the column was integers, where a number
    /// column reads -0.0: a stretch of integers joined after numbers needs the sign back.
    var negativeZeros: [Int] = []
    private var texts = TextCache()
    /// `decimal ','`: a decimal point does not make a number (the cell stays text, and
    /// `ColumnTyping` reads decimal commas).
    let integersOnly: Bool

    init(integersOnly: Bool = false) {
        self.integersOnly = integersOnly
    }

    /// Makes room for `rows` cells in the storage in use, and in what the column may turn to.
    mutating func reserve(_ rows: Int) {
        expectedRows = rows
        switch state {
        case .empty: break
        case .text: textCells.reserve(rows)
        case .integer, .number, .boolean: typed.reserve(rows)
        }
    }

    /// The column's cells, typed where `state` says they are.
    func vector() -> ColumnVector {
        switch state {
        case .empty: ColumnVector(storage: .boxed(Array(repeating: .null, count: leadingNulls)))
        case .text: textCells.vector()
        case .integer, .number, .boolean: typed.vector()
        }
    }

    var type: ValueType {
        switch state {
        case .empty: .empty
        case .integer: .integer
        case .number: .number
        case .boolean: .boolean
        case .text: .text
        }
    }

    /// Adds the cell `base[start..<end]`. `escaped` cells (quoted, holding `""`)
    /// are always text, made by `unescape`.
    @inline(__always)
    mutating func append(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int, escaped: Bool,
                         unescape: () -> String) {
        var low = start
        var high = end
        while low < high, base[low] == 0x20 || base[low] == 0x09 { low += 1 }
        while high > low, base[high - 1] == 0x20 || base[high - 1] == 0x09 { high -= 1 }
        if low == high {
            switch state {
            case .empty: leadingNulls += 1
            case .text: textCells.appendNull()
            case .integer, .number, .boolean: typed.appendNull()
            }
            return
        }
        if escaped {
            becomeText()
            textCells.append(unescape())
            return
        }
        if state != .text, CellBytes.staysText(base, low, high) {
            becomeText()
            textCells.append(texts.string(base, start, end))
            return
        }
        switch state {
        case .text:
            break
        case .integer:
            if let integer = CellBytes.integer(base, low, high) {
                if integer == 0, base[low] == UInt8(ascii: "-") { negativeZeros.append(typed.count) }
                typed.append(integer)
                return
            }
            if !integersOnly, let number = CellBytes.number(base, low, high) {
                state = .number
                typed.widenToNumber()
                typed.append(number)
                return
            }
        case .number:
            if !integersOnly, let number = CellBytes.number(base, low, high) {
                typed.append(number)
                return
            }
        case .boolean:
            if let flag = CellBytes.boolean(base, low, high) {
                typed.append(flag)
                return
            }
        case .empty:
            if let integer = CellBytes.integer(base, low, high) {
                become(.integer)
                if integer == 0, base[low] == UInt8(ascii: "-") { negativeZeros.append(typed.count) }
                typed.append(integer)
                return
            }
            if !integersOnly, let number = CellBytes.number(base, low, high) {
                become(.number)
                typed.append(number)
                return
            }
            if let flag = CellBytes.boolean(base, low, high) {
                become(.boolean)
                typed.append(flag)
                return
            }
        }
        becomeText()
        textCells.append(texts.string(base, start, end))
    }

    /// The first typed cell of a column that was all nulls so far.
    private mutating func become(_ kind: TypedCells.Kind) {
        state = switch kind {
        case .integer: .integer
        case .number: .number
        case .boolean: .boolean
        }
        typed = TypedCells(kind, nulls: leadingNulls, capacity: expectedRows)
    }

    /// From now on text; typed cells so far are boxed, for the second pass to replace.
    mutating func becomeText() {
        switch state {
        case .text: return
        case .empty:
            textCells = TextCells(nulls: leadingNulls, capacity: expectedRows)
        case .integer, .number, .boolean:
            rereadBefore = typed.count
            textCells = TextCells(boxed: typed.boxed(), capacity: expectedRows)
            typed = TypedCells(.integer, nulls: 0, capacity: 0)
        }
        state = .text
    }

    /// During the second pass: row `row`'s cell, as text.
    mutating func reread(row: Int, _ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int,
                         escaped: Bool, unescape: () -> String) {
        guard textCells.isNull(row) else {
            textCells.reread(row: row, escaped ? unescape() : CellBytes.string(base, start, end))
            return
        }
    }
}
