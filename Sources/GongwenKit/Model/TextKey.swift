/// 文本键: a string used as a dictionary key by its UTF-8 bytes, so two spellings are one key only
/// when they are the same bytes. `String`'s own hashing and `<` bring every non-ASCII string to
/// NFC each time they run, which made the unit and citation indexes the costliest part of building
/// the model. For the NFC text the normalizer produces, byte order is code-point order, so sorting
/// by this key gives the order `String` does.
struct TextKey: Hashable, Comparable {
    let text: String

    init(_ text: String) {
        var t = text
        t.makeContiguousUTF8()
        self.text = t
    }

    static func == (a: TextKey, b: TextKey) -> Bool {
        a.withBytes { x in b.withBytes { y in x.count == y.count && x.elementsEqual(y) } }
    }

    static func < (a: TextKey, b: TextKey) -> Bool {
        a.withBytes { x in b.withBytes { y in x.lexicographicallyPrecedes(y) } }
    }

    func hash(into h: inout Hasher) { withBytes { h.combine(bytes: UnsafeRawBufferPointer($0)) } }

    private func withBytes<R>(_ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var t = text
        return t.withUTF8(body)
    }
}
