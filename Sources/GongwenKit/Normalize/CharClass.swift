/// 字符类别: the few character classes the normalizer and lexer need, on Unicode scalars.
enum CharClass {
    @inline(__always) static func isSpace(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x20, 0x09, 0x3000, 0xA0, 0xFEFF, 0x2002...0x200B: return true
        default: return false
        }
    }
    @inline(__always) static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 0x30 && c.value <= 0x39 }
    @inline(__always) static func isASCIILetter(_ c: Unicode.Scalar) -> Bool { (c.value | 0x20) >= 0x61 && (c.value | 0x20) <= 0x7A }
    @inline(__always) static func isASCIIAlnum(_ c: Unicode.Scalar) -> Bool { isDigit(c) || isASCIILetter(c) }
    /// CJK ideographs (the unified blocks and extension A) and the ideographic zero 〇.
    @inline(__always) static func isHan(_ c: Unicode.Scalar) -> Bool {
        let v = c.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || v == 0x3007 || (v >= 0x20000 && v <= 0x2FFFF)
    }
    /// Full-width digits and letters fold to ASCII (`２０２３` → `2023`); punctuation keeps its width.
    @inline(__always) static func foldWidth(_ c: Unicode.Scalar) -> Unicode.Scalar {
        let v = c.value
        if (v >= 0xFF10 && v <= 0xFF19) || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A) {
            return Unicode.Scalar(v - 0xFEE0)!
        }
        return c
    }
    /// Punctuation that ends a paragraph when it ends a line.
    static let terminal: ScalarSet = ["。", "！", "？", "；", "：", "!", "?", ";", ":", "）", ")", "】", "…", "」", "』"]
    /// Characters that cannot start a paragraph: a line starting with one continues the line before.
    static let continuing: ScalarSet = ["，", "。", "、", "；", "：", "）", ")", "》", "〕", "】", "”", "’", "％", "%", "」", "』", "〉", "，"]
    /// Characters that cannot end a paragraph: a line ending with one continues on the next.
    static let open: ScalarSet = ["、", "，", ",", "（", "(", "《", "〔", "【", "“", "‘", "「", "〈", "［", "["]
    /// The closing bracket for an opening one.
    @inline(__always)
    static func closer(for c: Unicode.Scalar) -> Unicode.Scalar? {
        switch c {
        case "（": return "）"
        case "(": return ")"
        case "《": return "》"
        case "〔": return "〕"
        case "【": return "】"
        case "［": return "］"
        case "[": return "]"
        case "〈": return "〉"
        case "“": return "”"
        case "「": return "」"
        default: return nil
        }
    }

    @inline(__always)
    static func isCloser(_ c: Unicode.Scalar) -> Bool {
        switch c {
        case "）", ")", "》", "〕", "】", "］", "]", "〉", "”", "」": return true
        default: return false
        }
    }
}
