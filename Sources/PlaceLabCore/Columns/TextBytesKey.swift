/// Text as a hash key by its UTF-8 bytes. Swift's own `==` calls "é" and "e\u{301}" equal;
/// a dictionary keyed that way would merge them and change what a column reads back.
package struct TextBytesKey: Hashable, Sendable {
    package let text: String

    package init(_ text: String) {
        self.text = text
    }

    package static func == (lhs: TextBytesKey, rhs: TextBytesKey) -> Bool {
        // Over the raw bytes where both are contiguous: the generic UTF8View walk costs more
        // than the hashing at load.
        let equal: Bool?? = lhs.text.utf8.withContiguousStorageIfAvailable { a in
            rhs.text.utf8.withContiguousStorageIfAvailable { b in a.count == b.count && a.elementsEqual(b) }
        }
        return (equal ?? nil) ?? lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }

    package func hash(into hasher: inout Hasher) {
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        if hashed == nil {
            for byte in text.utf8 { hasher.combine(byte) }
        }
    }
}
