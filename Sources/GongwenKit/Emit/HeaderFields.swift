/// 版头要素表: the GB/T 9704 elements of a header in reading order, each with its JSON key, its
/// Chinese name and the located values it holds; the views list and mark them from this one table.
public enum HeaderFields {
    /// One element: `values` are the located pieces (several for lists), `resolved` an ISO date.
    public struct Field: Sendable {
        public var key: String
        public var label: String
        public var values: [Located]
        public var resolved: String?
        /// True for the elements the JSON holds as lists (主送机关, 抄送机关, joint issuers and signers).
        public var isList = false
    }

    public static func fields(_ h: Header) -> [Field] {
        func one(_ key: String, _ label: String, _ v: Located?, resolved: String? = nil) -> Field? {
            v.map { Field(key: key, label: label, values: [$0], resolved: resolved) }
        }
        func list(_ key: String, _ label: String, _ v: [Named]?) -> Field? {
            guard let v, !v.isEmpty else { return nil }
            return Field(key: key, label: label, values: v.map { Located(text: $0.name, span: $0.span) }, resolved: nil, isList: true)
        }
        func oneOrSeveral(_ key: String, _ label: String, _ v: OneOrSeveral?) -> Field? {
            switch v {
            case .one(let one)?: return Field(key: key, label: label, values: [one], resolved: nil)
            case .several(let names)?: return list(key, label, names) ?? Field(key: key, label: label, values: [], isList: true)
            case nil: return nil
            }
        }
        let signed = oneOrSeveral("signedBy", "发文机关署名", h.signedBy)
        let docNumber = h.docNumber.map { Located(text: $0.text, span: $0.span) }
        return [
            one("copyNumber", "份号", h.copyNumber),
            one("secrecy", "密级和保密期限", h.secrecy),
            one("urgency", "紧急程度", h.urgency),
            one("issuerMark", "发文机关标志", h.issuerMark),
            one("issuer", "发文机关", h.issuer),
            list("issuers", "联合发文机关", h.issuers),
            one("docNumber", "发文字号", docNumber),
            oneOrSeveral("signatory", "签发人", h.signatory),
            one("title", "标题", h.title),
            list("recipients", "主送机关", h.recipients),
            signed,
            one("dateSource", "成文日期", h.dateSource, resolved: h.date),
            one("disclosure", "附注", h.disclosure),
            list("cc", "抄送机关", h.cc),
            one("printedBy", "印发机关", h.printedBy),
            one("printDateSource", "印发日期", h.printDateSource, resolved: h.printDate),
        ].compactMap { $0 }
    }

    /// The highlight id of value `index` of a field: `h.issuer`, or `h.recipients.2` in a list.
    public static func id(_ f: Field, _ index: Int) -> String { f.isList ? "h.\(f.key).\(index + 1)" : "h.\(f.key)" }
}
