/// 版头、主体与版记: the GB/T 9704-2012 elements of a notice, each present only where the notice has it.
public struct Header: Codable, Hashable, Sendable {
    /// 份号: the copy number.
    public var copyNumber: Located?
    /// 密级和保密期限: the security classification.
    public var secrecy: Located?
    /// 紧急程度: the urgency.
    public var urgency: Located?
    /// 发文机关标志: the issuer mark, e.g. `乡宁县人民政府办公室文件`.
    public var issuerMark: Located?
    /// 发文机关: the issuing organ (the first, for joint issuance).
    public var issuer: Located?
    /// 联合发文机关: every issuing organ, when several issue jointly.
    public var issuers: [Named]?
    /// 发文字号: the document number.
    public var docNumber: DocNumber?
    /// 签发人: the signatory of an upward document; a list when several sign (a joint 上行文).
    public var signatory: OneOrSeveral?
    /// 标题: the title.
    public var title: Located?
    /// 主送机关: the recipients.
    public var recipients: [Named]?
    /// 发文机关署名: the signing organ(s); an object for one, a list for joint issuance.
    public var signedBy: OneOrSeveral?
    /// 成文日期 as an ISO date.
    public var date: String?
    /// 成文日期 as written.
    public var dateSource: Located?
    /// 附注, e.g. `此件公开发布`.
    public var disclosure: Located?
    /// 抄送机关: organs copied.
    public var cc: [Named]?
    /// 印发机关.
    public var printedBy: Located?
    /// 印发日期 as an ISO date.
    public var printDate: String?
    /// 印发日期 as written.
    public var printDateSource: Located?

    public init() {}
}

/// 署名或签发人: one named party (an object), or several (a list): joint issuers, joint signatories.
public enum OneOrSeveral: Codable, Hashable, Sendable {
    case one(Located)
    case several([Named])

    public init(from decoder: any Swift.Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let list = try? c.decode([Named].self) { self = .several(list) } else { self = .one(try c.decode(Located.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .one(let v): try c.encode(v)
        case .several(let v): try c.encode(v)
        }
    }

    public var names: [String] {
        switch self {
        case .one(let v): return [v.text]
        case .several(let v): return v.map(\.name)
        }
    }
}
