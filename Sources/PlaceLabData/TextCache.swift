import Foundation
import PlaceLabCore

/// Makes a column's long texts, sharing one String among cells with the same bytes, so a
/// column of a few repeated names costs one allocation per name rather than one per row.
/// (Texts of up to 15 bytes are stored inline by String and need no sharing.) It gives up on a
/// column whose texts rarely repeat.
struct TextCache {
    private static let slotCount = 1024
    private var slots: [String] = []
    private var hashes: [UInt64] = []
    private var lookups = 0
    private var hits = 0
    private var enabled = true

    @inline(__always)
    mutating func string(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let length = end - start
        guard length > 15, enabled else { return CellBytes.string(base, start, end) }
        if slots.isEmpty {
            slots = Array(repeating: "", count: Self.slotCount)
            hashes = Array(repeating: 0, count: Self.slotCount)
        }
        let hash = Self.hash(base + start, length)
        let slot = Int(truncatingIfNeeded: hash) & (Self.slotCount - 1)
        lookups += 1
        if hashes[slot] == hash {
            let same = slots[slot].utf8.withContiguousStorageIfAvailable { stored in
                stored.count == length && memcmp(stored.baseAddress!, base + start, length) == 0
            } ?? false
            if same {
                hits += 1
                return slots[slot]
            }
        }
        let text = CellBytes.string(base, start, end)
        slots[slot] = text
        hashes[slot] = hash
        if lookups == 4096, hits < lookups / 4 {
            enabled = false
            slots = []
            hashes = []
        }
        return text
    }

    @inline(__always)
    private static func hash(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
        let raw = UnsafeRawPointer(bytes)
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(length)
        var index = 0
        while index + 8 <= length {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            index += 8
        }
        if index < length {
            // The last 8 bytes, overlapping what came before (length is over 15).
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
            hash ^= hash >> 29
        }
        return hash
    }
}
