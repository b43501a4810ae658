/// 文件: one issued or attached plan (or the notice itself when it carries its own tasks).
public struct Document: Codable, Hashable, Sendable {
    public var id: String
    public var title: Located
    /// The plan's own year (from its title, else the notice's date), used to resolve dates.
    public var year: Int?
    public var span: SourceSpan
    /// 层次结构: the numbered outline.
    public var outline: [OutlineItem]
    public var tasks: [Task]
}

/// 结构层次: one numbered item of the outline (一、 （一） 1. （1） …) with the items below it.
public struct OutlineItem: Codable, Hashable, Sendable {
    public var marker: String
    public var number: Int
    /// 1 for the top level.
    public var level: Int
    /// The item's title or lead sentence.
    public var title: String
    public var span: SourceSpan
    /// The id of the task this item is, if it is one.
    public var task: String?
    public var children: [OutlineItem]
}
