import PlaceLabCore

/// Column widths for the grid modes (box, table), shrunk to fit a terminal when asked.
struct ColumnLayout: Equatable {
    /// Widths of the columns shown, which are always a prefix of the table's columns.
    var widths: [Int]
    /// Trailing columns left out because even their narrowest form did not fit.
    var hiddenColumns: Int

    /// Lays out columns whose full contents need `natural` widths and that may be squeezed
    /// (wrapped) down to `floors`. A row takes `fixed + Σ(width + perColumn)` display columns.
    /// When even the floors do not fit, trailing columns are left out; the first always stays.
    static func fit(natural: [Int], floors: [Int], maxWidth: Int?,
                    fixed: Int = 1, perColumn: Int = 3) -> ColumnLayout {
        guard let maxWidth, fixed + natural.reduce(0, { $0 + $1 + perColumn }) > maxWidth else {
            return ColumnLayout(widths: natural, hiddenColumns: 0)
        }
        var floors = zip(natural, floors).map { min($0, max(1, $1)) }
        // Keep the longest prefix of columns whose floors fit; always keep one column.
        var kept = 0
        var used = fixed
        for floor in floors {
            guard used + floor + perColumn <= maxWidth else { break }
            used += floor + perColumn
            kept += 1
        }
        if kept == 0 {
            kept = 1
            floors[0] = max(1, min(floors[0], maxWidth - fixed - perColumn))
        }
        let available = maxWidth - fixed - perColumn * kept
        let widths = shrink(Array(natural.prefix(kept)), floors: Array(floors.prefix(kept)),
                            to: available)
        return ColumnLayout(widths: widths, hiddenColumns: natural.count - kept)
    }

    /// Caps the widest columns first: the highest common cap that fits, then any spare
    /// columns go one each, left to right, to the capped columns.
    static func shrink(_ natural: [Int], floors: [Int], to available: Int) -> [Int] {
        func capped(_ cap: Int) -> [Int] {
            zip(natural, floors).map { full, floor in max(floor, min(full, cap)) }
        }
        var low = 0
        var high = natural.max() ?? 0
        while low < high {
            let middle = (low + high + 1) / 2
            if capped(middle).reduce(0, +) <= available { low = middle } else { high = middle - 1 }
        }
        var widths = capped(low)
        var spare = available - widths.reduce(0, +)
        for index in widths.indices where spare > 0 && natural[index] > widths[index] {
            widths[index] += 1
            spare -= 1
        }
        return widths
    }

    /// `text` cut to `width` display columns (with `…`), painted, then padded to exactly
    /// that width; padding stays outside the paint so colour never bleeds into the gaps.
    static func cell(_ text: String, width: Int, alignRight: Bool,
                     truncate: (String, Int) -> String = DisplayWidth.truncate,
                     paint: (String) -> String = { $0 }) -> String {
        let fitted = truncate(text, width)
        let padding = String(repeating: " ", count: max(0, width - DisplayWidth.of(fitted)))
        return alignRight ? padding + paint(fitted) : paint(fitted) + padding
    }
}
