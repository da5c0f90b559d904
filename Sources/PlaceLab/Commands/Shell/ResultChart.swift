import Foundation
import PlaceLabCore
import PlaceLabLanguage
import PlaceLabRender

/// What `chart` shows, from the command (the last result) or from `… | chart`: a result's
/// numeric field as horizontal bars, one per row, with the result's notes under it.
struct ResultChart {
    /// The bars' width when the chart does not reach a terminal.
    static let defaultWidth = 80

    let table: Table
    /// Each column's type; a command charting the last result infers them from the values.
    let types: [ValueType]
    let valueColumn: Int
    /// Nil when the result has no text column: rows are then labelled by number.
    let labelColumn: Int?

    /// Finds the fields, checking that the charted one holds numbers. `origin` names the result
    /// in messages ("the last result", "the result of where").
    init(_ table: Table, types: [ValueType]? = nil, request: ChartRequest, origin: String) throws {
        let types = types ?? table.columns.indices.map { index in ValueType.of(table.rows.map { $0[index] }) }
        self.table = table
        self.types = types
        valueColumn = try ResultChart.column(request.value, in: table, origin: origin)
        let type = types[valueColumn]
        guard [.integer, .number, .empty].contains(type) else {
            let numeric = table.columnNames.indices.filter { [.integer, .number].contains(types[$0]) }
            throw Diagnostic("chart draws numbers; \"\(request.value.name)\" is \(ResultChart.describe(type))",
                             at: request.value.span,
                             help: numeric.isEmpty ? "compute one first, as in: select name, n = len(name) | chart n"
                                                   : "fields with numbers here: "
                                                     + numeric.map { table.columnNames[$0] }.joined(separator: ", "))
        }
        if let label = request.label {
            labelColumn = try ResultChart.column(label, in: table, origin: origin)
        } else {
            labelColumn = ResultChart.defaultLabel(table, types, skipping: valueColumn)
        }
    }

    private static func column(_ field: FieldReference, in table: Table, origin: String) throws -> Int {
        let names = table.columnNames
        guard let index = names.firstIndex(of: field.name) ?? names.firstIndex(where: { $0.lowercased() == field.name.lowercased() })
        else {
            throw Diagnostic.unknown("field", field.name, at: field.span, among: names, context: "in \(origin)")
        }
        return index
    }

    private static func describe(_ type: ValueType) -> String {
        switch type {
        case .text: "text"
        case .boolean: "true/false"
        case .list: "a list"
        case .phase: "a lifecycle phase"
        case .date: "a date"
        case .integer, .number, .empty: "a number"
        }
    }

    /// `name` when the result has it, else its first text column (node, id, …), else none.
    static func defaultLabel(_ table: Table, _ types: [ValueType], skipping value: Int) -> Int? {
        let names = table.columnNames.map { $0.lowercased() }
        if let name = names.firstIndex(of: "name"), name != value { return name }
        return types.indices.first { $0 != value && [.text, .phase].contains(types[$0]) }
    }

    var valueName: String { table.columnNames[valueColumn] }
    var labelName: String { labelColumn.map { table.columnNames[$0] } ?? "row" }
    var isInferred: Bool { table.inferredColumns.contains(valueName.lowercased()) }

    /// The notes that travel with the chart: the result's own, and what "(inferred)" means.
    var notes: [String] {
        table.notes + (isInferred ? ["\(valueName) is inferred: PlaceLab's estimates from its reading of the sources, "
                                     + "not measurements"] : [])
    }

    private func label(_ row: Int) -> Value {
        labelColumn.map { table.rows[row][$0] } ?? .integer(row + 1)
    }

    var bars: [BarChart.Bar] {
        table.rows.indices.map { row in
            let value = table.rows[row][valueColumn]
            let number: Double? = switch value {
            case .integer(let whole): Double(whole)
            case .number(let real): real
            default: nil
            }
            let label = self.label(row)
            return BarChart.Bar(label: label.isNull ? "null" : label.plainText, value: number, text: ResultChart.shortText(value))
        }
    }

    /// A value beside its bar: four significant digits are all a bar's length can show
    /// (the table keeps every digit).
    static func shortText(_ value: Value) -> String {
        guard case .number(let real) = value, real.isFinite, real != real.rounded() else { return value.plainText }
        let digits = max(0, 3 - Int(clamping: log10(abs(real)), to: -400...400, rounding: .down))
        return Value.format(real.rounded(toDecimals: digits))
    }

    /// The chart as text: a heading, the bars, the notes (`notes` as the screen shows them).
    func text(width: Int, glyphs: BarChart.Glyphs, style: TextStyle, notes: [String]? = nil) -> String {
        var out = style.paint("\(valueName)\(isInferred ? " (inferred)" : "") by \(labelName)", .header) + "\n"
        if table.rows.isEmpty {
            out += style.paint("(no rows: nothing to chart)", .muted) + "\n"
        } else {
            out += BarChart(bars: bars, width: width, glyphs: glyphs, style: style).text
        }
        let options = RenderOptions(mode: .table, style: style, maxWidth: width)
        return out + Footer.noteLines(notes ?? self.notes, options).map { $0 + "\n" }.joined()
    }

    /// The numbers the bars draw, as a table, for the modes that export data.
    var dataTable: Table {
        var data = Table(columns: [labelName, valueName],
                         rows: table.rows.indices.map { [label($0), table.rows[$0][valueColumn]] }, notes: notes)
        if isInferred { data.inferredColumns = [valueName.lowercased()] }
        return data
    }

    /// Shows the chart: drawn in box, table and markdown mode (Unicode bars in box mode), as the
    /// numbers it draws in csv, tsv, json and line mode. The last result is not changed.
    func show(in session: Session) {
        if session.wantsTableView {
            session.emit(dataTable, limited: true)
            return
        }
        let width = session.resultsReachTerminal ? session.terminalSize()?.columns ?? ResultChart.defaultWidth
                                                 : ResultChart.defaultWidth
        let glyphs: BarChart.Glyphs = session.settings.mode == .box ? .unicode : .ascii
        session.emitDiagram(text(width: width, glyphs: glyphs, style: session.resultStyle,
                                 notes: session.screenNotes(notes)))
    }
}
