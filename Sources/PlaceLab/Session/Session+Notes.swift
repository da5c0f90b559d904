import PlaceLabCore
import PlaceLabRender

extension Session {
    /// The notes a result shows, as the `notes` setting asks when results reach a terminal;
    /// every note, in full, anywhere else.
    func screenNotes(_ notes: [String]) -> [String] {
        guard resultsReachTerminal else { return notes }
        return notes.compactMap { note in
            let illustrative = note.hasPrefix(Network.illustrativePrefix)
            switch settings.notes {
            case .full:
                return note
            case .short:
                guard illustrative else { return note }
                return notesShownInFull.insert(note).inserted ? note : NoteLength.illustrativeLabel
            case .off:
                return illustrative ? NoteLength.illustrativeLabel : nil
            }
        }
    }

    /// Prints a result in csv, tsv or json mode, where an illustrative network's note cannot be
    /// a line of the data. To a file (`output`, `once`) it is written as `export` writes it: an
    /// `illustrative_note` column in csv and tsv. On standard output csv and tsv stay pure data
    /// and the note goes to standard error. json puts it in a top-level "note" everywhere.
    func emitData(_ table: Table) {
        let format: ExportFormat = settings.mode == .tsv ? .tsv : settings.mode == .json ? .json : .csv
        guard resultsReachConsole else {
            do {
                emit(text: try TableWriter.text(table, as: format))
            } catch let diagnostic as Diagnostic {
                report(diagnostic)
            } catch {
                report(Diagnostic("\(error)"))
            }
            return
        }
        switch settings.mode {
        case .json:
            emit(text: JSONRenderer.render(table))
        default:
            emit(text: TableRenderer.render(table, RenderOptions(mode: settings.mode)))
            for note in screenNotes(table.notes) where note.hasPrefix(Network.illustrativePrefix) {
                notice(style.paint("note: " + note, .muted))
            }
        }
    }
}
