/// 单位名称重字: a unit name with a fragment of two or more characters written twice in a row
/// (`县农业农村农村局`), as PDF conversion and copy-editing leave them. Reported when the name
/// without the repeat is used elsewhere in the notice, or at least ends like a unit name. A
/// single repeated character (`县县`) is left alone: it is as often a real name as a slip.
enum GarbledUnitRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.unitGarbled]
    static let minFragment = 2
    /// Longer "names" are not looked into: no unit's name is this long, and the search below takes
    /// time cubic in the length (a 31,415-character name in an edited file took 0.6 s, 30 s under
    /// the fuzzer's sanitizers).
    static let longestName = 64

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        let units = UnitOccurrences(notice, header: true)
        var out: [Diagnostic] = []
        for name in units.names {
            guard let (fragment, fixed) = repeated(name), let span = units.first(name) else { continue }
            var labels: [Diagnostic.Label] = []
            if let other = units.first(fixed) ?? elsewhere(c, fixed, not: span) {
                labels.append(.init(message: "本文其他处写作“\(fixed)”", span: other))
            } else if !OrgRules.looksLikeName(fixed) {
                continue
            }
            let times = units.count(name)
            out.append(DiagnosticCode.unitGarbled.make(
                "单位名称“\(name)”中“\(fragment)”重复了一次，疑为“\(fixed)”", span: span, labels: labels,
                notes: times > 1 ? ["这一写法在本文中出现\(times)次"] : []))
        }
        return out
    }

    /// The first fragment written twice in a row, and the name with it written once.
    static func repeated(_ name: String) -> (String, String)? {
        let s = Array(name.unicodeScalars)
        guard s.count >= 2 * minFragment, s.count <= longestName else { return nil }
        for i in 0..<s.count {
            var length = minFragment
            while i + 2 * length <= s.count {
                let a = s[i..<(i + length)], b = s[(i + length)..<(i + 2 * length)]
                if a.elementsEqual(b), a.allSatisfy(CharClass.isHan) {
                    let fixed = String(String.UnicodeScalarView(s[..<(i + length)] + s[(i + 2 * length)...]))
                    return (String(String.UnicodeScalarView(a)), fixed)
                }
                length += 1
            }
        }
        return nil
    }

    /// Where `name` occurs in the text outside `span`.
    static func elsewhere(_ c: ParseContext, _ name: String, not span: SourceSpan) -> SourceSpan? {
        let w = Array(name.unicodeScalars)
        var from = 0
        while let k = c.s.find(w, in: from..<c.s.count) {
            let found = c.span(k..<(k + w.count))
            if found.end <= span.start || found.start >= span.end { return found }
            from = k + 1
        }
        return nil
    }
}
