/// 角色: the role a unit plays in a task.
public enum Role: String, Codable, CaseIterable, Sendable {
    /// 牵头单位
    case lead
    /// 配合单位
    case support
    /// 责任单位
    case responsible
}

/// 分工用语: the phrasings that assign units to a task. Each rule is one line of data.
enum RoleRules {
    /// Labels followed by `：`: `牵头单位：X`.
    static let labels: [(String, Role)] = [
        ("牵头单位", .lead), ("牵头部门", .lead), ("牵头考核单位", .lead), ("牵头责任单位", .lead), ("牵头责任部门", .lead), ("主办单位", .lead),
        ("牵头处室", .lead), ("牵头科室", .lead),
        // 主责: the unit that carries the main responsibility, beside a 牵头部门 that leads.
        ("主责单位", .responsible), ("主责部门", .responsible),
        ("责任单位", .responsible), ("责任部门", .responsible), ("责任处室", .responsible), ("责任科室", .responsible), ("责任股室", .responsible), ("推进单位", .responsible), ("推进部门", .responsible), ("实施单位", .responsible), ("承办单位", .responsible),
        ("配合单位", .support), ("配合部门", .support), ("参加单位", .support), ("参与单位", .support), ("协办单位", .support),
        ("协助单位", .support), ("配合处室", .support), ("配合科室", .support), ("支撑单位", .support), ("协同单位", .support), ("协作单位", .support), ("支持单位", .support),
    ]

    /// Verbs that close a clause naming units: `X牵头`, `X负责`, `X等按职责分工负责`, `Y配合`.
    /// The longest match wins, so `按职责分工负责` is read before `负责`.
    static let verbs: [(String, Role)] = [
        ("牵头负责", .lead), ("牵头", .lead), ("负总责", .lead), ("负责", .lead), ("负责落实", .lead), ("主办", .lead),
        ("按职责分工负责落实", .responsible),
        ("按职责分工负责", .responsible), ("按照职责分工负责", .responsible), ("按职责负责", .responsible),
        ("分别负责", .responsible), ("具体实施", .responsible), ("具体负责", .responsible), ("共同负责", .responsible),
        ("按职责分工落实", .responsible), ("分工负责", .responsible), ("组织落实", .responsible), ("组织实施", .responsible),
        ("具体落实", .responsible), ("按职责落实", .responsible), ("按职能分别负责", .responsible), ("按职能分工负责", .responsible), ("按职能负责", .responsible),
        ("按职责分工配合", .support), ("按照职责分工配合", .support), ("按职责配合", .support), ("配合", .support), ("配合落实", .support), ("负责配合落实", .support), ("负责配合", .support),
        ("协办", .support), ("协助", .support), ("参与", .support), ("参加", .support), ("协同", .support),
    ]

    /// Modifiers between the names and the verb, dropped from the names: `X等按职责分工负责`.
    static let modifiers = WordList(["等单位", "等部门", "等", "按职责分工", "按照职责分工", "按职责组织", "按职责", "按职能", "分别", "共同", "会同", "具体"])

    /// Words that make a clause a note about assignments, not one (`以下均需各片区配合落实`, `其中：…由X牵头`).
    static let proseWords = WordList(["以下", "均需", "均由", "其中", "不再"])
    /// Notes that may close a list of names: `（责任单位：X、Y，下同）`.
    static let notes = WordList(["下同", "同上", "以下同"])

    static let labelTable = WordTable(labels)
    static let labelWords = labelTable.list
    static let verbTable = WordTable(verbs)
    static let verbWords = verbTable.list
}
