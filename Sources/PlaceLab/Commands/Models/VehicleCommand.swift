import PlaceLabCore

/// `vehicle [CASE]`: the vehicle metaphor of place-based leadership — who drives, who
/// navigates, who is the back-seat mechanic — and the shift the source reports; or a case's.
struct VehicleCommand: Command {
    let name = "vehicle"
    let category = CommandCategory.models
    let summary = "the vehicle metaphor: driver, navigator, mechanic, and who holds them"
    let usage = "vehicle [CASE]"
    let details = """
        With no case, draws the roles of the vehicle metaphor from the "vehicle_roles" dataset, \
        seat by seat, with what each role does and how powerful it is, and the shift the source \
        reports: local community representatives taking the driver and navigator roles, public \
        bodies relegated to the back-seat mechanic. Every line says whether the source states \
        it or PlaceLab inferred it.
        With a case (its id, name or another name), shows the roles the case's data records — \
        the bundled cases record none, and the command says so and shows how to keep your own \
        reading in a small file of your own.
        In csv, tsv, json and line mode the same content is a table, one row per role.
        """
    let examples = [
        CommandExample("vehicle", "the three roles, where they sit, and the shift in who holds them"),
        CommandExample("vehicle swindon", "what the data records for one case, and how to record your own reading"),
        CommandExample("vehicle_roles | select id, holder_now", "the dataset itself, queried"),
    ]
    /// The `cases` column that would list a case's roles, if one is ever added.
    private let seenColumn = "vehicle_roles"

    func argumentKind(at index: Int, after previous: [String]) -> ArgumentKind {
        index == 0 ? .caseName : .none
    }

    func run(_ invocation: Invocation, in session: Session) throws {
        let roles = try session.requireDataset("vehicle_roles", for: name).factRows
        let sources = SeedSources(session.catalog.dataset("sources"))
        let place = invocation.words.isEmpty ? nil : try session.resolveCase(invocation.words, for: name)
        let diagram = session.diagram
        if let place {
            let seen = place.list(seenColumn)
            if session.wantsTableView {
                session.emit(caseTable(place, seen, roles, sources))
            } else {
                session.emitDiagram(caseText(place, seen, roles, sources, diagram))
            }
        } else if session.wantsTableView {
            session.emit(table(roles, sources))
        } else {
            session.emitDiagram(text(roles, sources, diagram))
        }
    }

    /// The seats in the order the data first names them: front, back.
    private func seats(_ roles: [FactRow]) -> [String] {
        var out: [String] = []
        for role in roles { if let seat = role.text("seat"), !out.contains(seat) { out.append(seat) } }
        return out
    }

    private func text(_ roles: [FactRow], _ sources: SeedSources, _ diagram: TextDiagram) -> String {
        var out = diagram.heading("The vehicle metaphor of place-based leadership") + "\n"
        out += diagram.boxes(seats(roles).map { seat in
            let here = roles.filter { $0.text("seat") == seat }
            let inferred = here.contains { $0.isInferred("seat") }
            return (title: seat.capitalized + " seat" + (inferred ? " (inferred)" : ""),
                    body: here.map { $0.text("name") ?? $0.key }, heavy: seat == "front")
        })
        out += "\n" + diagram.heading("The roles")
        for role in roles {
            out += diagram.item((role.text("name") ?? role.key) + " (\(role.key))")
            out += diagram.field("Does:", (role.text("description") ?? "not recorded")
                                 + " [\(role.basis("description"))]", indent: 4)
            out += diagram.field("Power:", (role.text("power") ?? "not recorded") + " [\(role.basis("power"))]", indent: 4)
            if let influence = role.text("influence") {
                out += diagram.field("Influence:", influence + " [\(role.basis("influence"))]", indent: 4)
            }
        }
        out += "\n" + diagram.heading("The shift the source reports")
        for role in roles {
            let before = role.text("holder_before").map { $0 + " [\(role.basis("holder_before"))]" }
                ?? "not recorded"
            let now = role.text("holder_now").map { $0 + " [\(role.basis("holder_now"))]" } ?? "not recorded"
            out += diagram.item((role.text("name") ?? role.key) + ": " + "before: " + before + "; now: " + now)
        }
        let quotes = unique(roles.compactMap { $0.provenance("holder_now") }.filter { $0.basis == .stated }.map(\.quote))
        for quote in quotes { out += diagram.paragraph("“" + quote + "”", indent: 4) }
        let files = unique(roles.compactMap { $0.provenance("name")?.source })
        out += "\n" + files.map { diagram.paragraph("Source: " + sources.reference(file: $0)) }.joined()
        out += diagram.paragraph("The source does not define what a driver or navigator does: those lines are "
                                 + "PlaceLab's reading of the metaphor (marked inferred). \"vehicle CASE\" shows a case.")
        return out
    }

    private func table(_ roles: [FactRow], _ sources: SeedSources) -> Table {
        let rows: [[Value]] = roles.map { role in
            [.text(role.key), role.marked("name"), role.marked("seat"), role.marked("power"), role.marked("description"),
             role.marked("holder_before"), role.marked("holder_now"), role.marked("influence"),
             role.provenance("holder_now").map { .text(sources.id(file: $0.source)) } ?? .null]
        }
        let files = unique(roles.compactMap { $0.provenance("name")?.source })
        return Table(columns: ["id", "role", "seat", "power", "does", "holder_before", "holder_now", "influence", "source"],
                     rows: rows, notes: files.map { "source " + sources.reference(file: $0) })
    }

    private func caseText(_ place: FactRow, _ seen: [String], _ roles: [FactRow], _ sources: SeedSources,
                          _ diagram: TextDiagram) -> String {
        var out = diagram.heading("Vehicle roles in \(place.title)") + "\n"
        if !seen.isEmpty {
            for key in seen {
                let role = roles.first { $0.key == key }
                out += diagram.item((role?.text("name") ?? key) + " [\(place.citeQuote(seenColumn, sources))]")
            }
            return out
        }
        let study = place.text("study") ?? "a study not recorded"
        let roleStudy = roles.first?.provenance("name").map { sources.id(file: $0.source) } ?? "a source not recorded"
        out += diagram.paragraph("The data records no vehicle roles for \(place.title): no bundled case says who "
            + "drives, navigates or is the mechanic. The roles (see \"vehicle\") come from \(roleStudy), which "
            + (roleStudy == study ? "reports the shift across its partnerships without naming who holds which role where."
                                  : "does not discuss this case; the case comes from \(study)."))
        out += "\n" + diagram.paragraph("To record your own reading, keep it in a file of your own, for instance "
            + "my_roles.csv, one row per role you can evidence:")
        let names = roles.map(\.key)
        out += "\n    case,role,holder,evidence\n"
        out += "    \(place.key),\(names.first ?? "driver"),WHO HOLDS IT,\"a phrase from your source\"\n"
        if names.count > 2 { out += "    \(place.key),\(names[2]),WHO HOLDS IT,\"a phrase from your source\"\n" }
        out += "\n    placelab> load my_roles.csv\n    placelab> my_roles | where case == \"\(place.key)\"\n\n"
        out += diagram.paragraph("datasets/README.md describes the formats, and how a YAML file gives each value "
            + "its source, quote and basis.")
        return out
    }

    private func caseTable(_ place: FactRow, _ seen: [String], _ roles: [FactRow], _ sources: SeedSources) -> Table {
        let fact = place.provenance(seenColumn)
        // One row per role: recorded or not, so an export shows plainly that nothing is recorded.
        let rows: [[Value]] = roles.map { role in
            let recorded = seen.contains(role.key)
            return [.text(place.key), .text(role.key), .bool(recorded), .null,
                    recorded ? fact.map { .text($0.quote) } ?? .null : .null,
                    recorded ? fact.map { .text($0.basis.rawValue) } ?? .null : .null,
                    recorded ? fact.map { .text(sources.id(file: $0.source)) } ?? .null : .null]
        }
        var notes = ["recorded: whether the data records who holds the role in \(place.title)"]
        if seen.isEmpty {
            notes = ["the data records no vehicle roles for \(place.title); keep your own reading in a file "
                     + "(case, role, holder, evidence), \"load\" it, then \"my_roles | where case == \\\"\(place.key)\\\"\""]
        }
        return Table(columns: ["case", "role", "recorded", "holder", "evidence", "basis", "source"], rows: rows, notes: notes)
    }

    private func unique(_ items: [String]) -> [String] {
        var out: [String] = []
        for item in items where !out.contains(item) { out.append(item) }
        return out
    }
}

private extension FactRow {
    /// `stated` or `inferred`: the basis alone, for a view whose source is named once at its foot.
    func basis(_ column: String) -> String { provenance(column)?.basis.rawValue ?? "not recorded" }
}
