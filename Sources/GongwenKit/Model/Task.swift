/// 任务: a numbered work item (a leaf of the outline in the part of a plan that sets out work).
public struct Task: Codable, Hashable, Sendable {
    /// Stable id within the notice, e.g. `d1.t3`.
    public var id: String
    /// The value of the item's own marker (`（十二）` is 12).
    public var number: Int
    /// The marker as written, e.g. `3、`.
    public var marker: String
    /// Markers of the outline items above it and its own, e.g. `["三、", "（一）", "3、"]`.
    public var path: [String]
    /// The lead sentence, up to the first `。`.
    public var heading: Located
    /// The whole task text (normalized), marker excluded.
    public var text: String
    public var span: SourceSpan
    /// 责任分工: units by role.
    public var units: Units
    /// 完成时限: due-by expressions.
    public var deadlines: [TimePoint]
    /// 起始时间: start expressions (`8月起`).
    public var starts: [TimePoint]
    /// 周期: recurring schedules (`每季度`).
    public var recurring: [Recurrence]
    /// Ids of the citations this task makes.
    public var citations: [String]
}

/// 责任分工: the units named by an assignment, by role.
public struct Units: Codable, Hashable, Sendable {
    /// 牵头单位: lead units.
    public var lead: [Named] = []
    /// 配合单位 / 参加单位 / 协办单位: supporting units.
    public var support: [Named] = []
    /// 责任单位: responsible units.
    public var responsible: [Named] = []

    public init() {}

    public var isEmpty: Bool { lead.isEmpty && support.isEmpty && responsible.isEmpty }
}

/// A deadline or start: the words as written, the resolved ISO date (absent when the text gives no real date).
public struct TimePoint: Codable, Hashable, Sendable {
    public var text: String
    public var date: String?
    public var span: SourceSpan
}

/// 周期: a recurring schedule such as `每季度`.
public struct Recurrence: Codable, Hashable, Sendable {
    public var text: String
    /// `daily`, `weekly`, `tenDays`, `monthly`, `quarterly`, `halfYearly`, `yearly`.
    public var frequency: String
    public var span: SourceSpan
}
