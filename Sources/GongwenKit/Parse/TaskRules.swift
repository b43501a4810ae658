/// 任务规则: which outline leaves are tasks. Leaves under a preamble or safeguard section are not,
/// unless they carry a unit assignment of their own; such a section that is itself a leaf never is.
/// Sections of a report that tell what was done or what went wrong set out no work either.
enum TaskRules {
    /// Section titles that set out no work (指导思想, 总体要求, …) or only safeguards (保障措施, …).
    static let nonWorkSections = WordList([
        "指导思想", "总体要求", "基本原则", "工作原则", "主要目标", "工作目标", "发展目标", "总体目标", "目标任务和原则",
        "行动目标", "保障措施", "组织保障", "组织架构", "组织机构", "治理范围", "整治范围", "实施范围", "工作范围", "工作要求", "组织实施", "保障机制", "实施保障", "工作保障", "适用范围", "编制依据",
        "政策保障", "支撑保障", "总体思路", "基本思路", "目标要求", "主要原则",
        "基本情况", "开展情况", "进展情况", "完成情况", "存在的问题", "困难和问题", "主要问题", "主要成效", "工作成效",
        "取得的成效", "主要做法", "工作回顾", "背景情况",
        // The rule sections of a 考核办法 or 考评办法 (its indicators are work; its procedure is not).
        "考评对象", "考核对象", "考评内容", "考核内容", "考评方式", "考核方式", "考评程序", "考核程序", "计分方法",
        "评分标准", "考评结果", "考核结果运用", "考核结果应用",
    ])

    /// An attachment whose title names no plan is a document when this many numbered items assign units.
    static let minAssigningItems = 2

    static func isNonWork(_ s: some ScalarCollection, _ title: Range<Int>) -> Bool { nonWorkSections.anyOccurs(in: s, title) }
}
