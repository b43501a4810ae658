/// 引用文件: a document, law, standard or plan named in 《…》, once per distinct title.
public struct Citation: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    /// 发文字号 in the bracket after the title, when given.
    public var docNumber: DocNumber?
    /// 标准编号 (HJ2026, GB/T 9704-2012), when given.
    public var standard: Located?
    /// Every occurrence of the title.
    public var spans: [SourceSpan]
    /// 简称: occurrences of an abbreviation defined for it (`以下简称《条例》`).
    public var aliases: [Located]
}

/// 单位索引: a unit and the tasks it holds by role.
public struct UnitEntry: Codable, Hashable, Sendable {
    public var name: String
    public var tasks: RoleTasks
}

/// Task ids by role.
public struct RoleTasks: Codable, Hashable, Sendable {
    public var lead: [String] = []
    public var support: [String] = []
    public var responsible: [String] = []
}
