import Foundation

/// 容错解码: UTF-8, UTF-16 and GB18030 decoders that read past damage: each ill-formed byte
/// sequence becomes one U+FFFD and is recorded, so the caller can decide whether the file is text
/// in that encoding with a few damaged places, or not text in it at all.
enum LenientDecoding {
    /// A damaged place: its byte offset and length in the input, its offset in the decoded scalars, and why.
    struct Damage: Equatable {
        var byte: Int
        var length: Int
        var scalar: Int
        var why: DecodeIssue.Damage
    }

    /// The decoded scalars and every damaged place.
    struct Result {
        var scalars: ScalarBuffer
        var damage: [Damage]
    }

    static let replacement: Unicode.Scalar = "\u{FFFD}"

    /// UTF-8 by the well-formedness table of the Unicode Standard (no overlongs, no surrogates, nothing
    /// past U+10FFFF); a damaged sequence is replaced as a whole (its maximal well-formed prefix).
    static func utf8(_ b: ArraySlice<UInt8>, base: Int = 0) -> Result {
        b.withUnsafeBufferPointer { p in
            // Well-formed text has one scalar per byte that does not continue a sequence: exactly that
            // is allocated. Damage can need more (a stray continuation byte is a scalar of its own);
            // then the decoding is done again with room for one scalar per byte.
            var starts = 0
            for byte in p where byte & 0xC0 != 0x80 { starts += 1 }
            return utf8(p, base: base, capacity: starts) ?? utf8(p, base: base, capacity: p.count)!
        }
    }

    /// Decodes into exactly `capacity` scalars of room; nil when that is too few.
    private static func utf8(_ p: UnsafeBufferPointer<UInt8>, base: Int, capacity: Int) -> Result? {
        var damage: [Damage] = []
        var astral: [Int: Unicode.Scalar] = [:]
        var fits = true
        // Straight into the two-byte storage of `ScalarBuffer`: a well-formed value below 0x10000
        // is its own unit; one above is kept aside.
        let units = [UInt16](unsafeUninitializedCapacity: capacity) { o, n in
            var i = 0
            while i < p.count {
                guard n < capacity else { fits = false; return }
                if p[i] < 0x80 { o[n] = UInt16(p[i]); n += 1; i += 1; continue }
                let (value, next) = utf8Sequence(p, i)
                if let value, value < 0x10000 {
                    o[n] = UInt16(truncatingIfNeeded: value)
                } else if let value, let s = Unicode.Scalar(value) {
                    o[n] = ScalarBuffer.escape
                    astral[n] = s
                } else {
                    let why: DecodeIssue.Damage = next >= p.count && p[i] >= 0xC2 && p[i] <= 0xF4 ? .truncated(encoding: "UTF-8") : .invalid(encoding: "UTF-8")
                    damage.append(Damage(byte: base + i, length: next - i, scalar: n, why: why))
                    o[n] = UInt16(truncatingIfNeeded: replacement.value)
                }
                n += 1
                i = next
            }
        }
        return fits ? Result(scalars: ScalarBuffer(units: units, astral: astral), damage: damage) : nil
    }

    /// The UTF-8 sequence starting at `i` (a byte of 0x80 or more): its scalar value and where the
    /// next sequence begins; a nil value when it is ill-formed, `next` then ending its maximal
    /// well-formed prefix (at least one byte), as the Unicode Standard recommends replacing.
    @inline(__always)
    static func utf8Sequence(_ p: UnsafeBufferPointer<UInt8>, _ i: Int) -> (value: UInt32?, next: Int) {
        let c = p[i]
        var need = 0, lo: UInt8 = 0x80, hi: UInt8 = 0xBF
        var v = UInt32(0)
        switch c {
        case 0xC2...0xDF: need = 1; v = UInt32(c & 0x1F)
        case 0xE0: need = 2; lo = 0xA0; v = UInt32(c & 0x0F)
        case 0xED: need = 2; hi = 0x9F; v = UInt32(c & 0x0F)
        case 0xE1...0xEF: need = 2; v = UInt32(c & 0x0F)
        case 0xF0: need = 3; lo = 0x90; v = UInt32(c & 0x07)
        case 0xF4: need = 3; hi = 0x8F; v = UInt32(c & 0x07)
        case 0xF1...0xF3: need = 3; v = UInt32(c & 0x07)
        default: return (nil, i + 1)
        }
        var j = i + 1
        for k in 0..<need {
            guard j < p.count, p[j] >= (k == 0 ? lo : 0x80), p[j] <= (k == 0 ? hi : 0xBF) else { return (nil, j) }
            v = v << 6 | UInt32(p[j] & 0x3F)
            j += 1
        }
        return (v, j)
    }

    /// UTF-16 in either byte order; an unpaired surrogate or a last odd byte is damage.
    static func utf16(_ b: ArraySlice<UInt8>, littleEndian: Bool, base: Int) -> Result {
        var out = ScalarBuffer()
        out.reserveCapacity(b.count / 2)
        var damage: [Damage] = []
        let start = b.startIndex
        let pairs = b.count / 2
        func unit(_ k: Int) -> UInt32 {
            let x = UInt32(b[start + 2 * k]), y = UInt32(b[start + 2 * k + 1])
            return littleEndian ? x | y << 8 : x << 8 | y
        }
        var k = 0
        while k < pairs {
            let u = unit(k)
            if u >= 0xD800 && u <= 0xDBFF, k + 1 < pairs, case let w = unit(k + 1), w >= 0xDC00 && w <= 0xDFFF {
                out.append(Unicode.Scalar(0x10000 + ((u - 0xD800) << 10) + (w - 0xDC00))!)
                k += 2
                continue
            }
            if let s = Unicode.Scalar(u) {
                out.append(s)
            } else {
                damage.append(Damage(byte: base + 2 * k, length: 2, scalar: out.count, why: .unpairedSurrogate))
                out.append(replacement)
            }
            k += 1
        }
        if b.count % 2 == 1 {
            damage.append(Damage(byte: base + b.count - 1, length: 1, scalar: out.count, why: .truncated(encoding: "UTF-16")))
            out.append(replacement)
        }
        return Result(scalars: out, damage: damage)
    }

    /// GB18030 (GBK is a subset): the byte structure is checked here, and each well-formed stretch
    /// between damaged places is decoded by Foundation. Nil when Foundation cannot map a stretch.
    static func gb18030(_ b: [UInt8], damage places: [(offset: Int, length: Int, why: DecodeIssue.Damage)]) -> Result? {
        var out = ScalarBuffer()
        out.reserveCapacity(b.count / 2)
        var damage: [Damage] = []
        var from = 0
        func stretch(_ r: Range<Int>) -> Bool {
            guard !r.isEmpty else { return true }
            guard let text = String(data: Data(b[r]), encoding: gb18030Encoding) else { return false }
            out.append(contentsOf: text.unicodeScalars)
            return true
        }
        for place in places {
            guard stretch(from..<place.offset) else { return nil }
            damage.append(Damage(byte: place.offset, length: place.length, scalar: out.count, why: place.why))
            out.append(replacement)
            from = place.offset + place.length
        }
        guard stretch(from..<b.count) else { return nil }
        return Result(scalars: out, damage: damage)
    }

    static let gb18030Encoding = String.Encoding(rawValue: 0x8000_0632)
}
