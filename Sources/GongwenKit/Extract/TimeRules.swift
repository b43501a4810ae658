/// 时限用语: the words of deadlines, starts and recurring schedules. Each rule is one line of data.
enum TimeRules {
    /// After `X月`: the month's last day is due (`9月底前`, `10月底完成`).
    static let monthEndDeadline = WordList(["底前", "底之前", "底以前", "末前", "末之前", "底完成", "末完成", "底全面完成", "底全部完成", "末"])
    /// After `X月`: the month before is due (`3月前` is the last day of February).
    static let beforeMonth = WordList(["前", "之前", "以前"])
    /// After `X月D日`: that day is due.
    static let dayDeadline = WordList(["前", "之前", "以前", "前完成", "完成"])
    /// After `X月`, a part of the month and its last day: `10月中旬前` is the 20th.
    static let tenDays: [([Unicode.Scalar], Int)] = [("上旬前", 10), ("中旬前", 20), ("下旬前", 31), ("上旬之前", 10), ("中旬之前", 20), ("下旬之前", 31)].map { (Array($0.0.unicodeScalars), $0.1) }
    /// After a month or a date: it starts then (`8月起`, `自2024年7月1日起`).
    static let start = WordList(["起", "开始", "起实施", "起施行"])
    /// After `YYYY年` or alone: the year's end is due.
    static let yearEnd = WordList(["底前", "底之前", "年底前", "年底之前", "底", "年底", "末前", "年末"])
    /// `明年`, `次年`: the year after the plan's.
    static let nextYear: ScalarSet = ["明", "次", "翌"]
    /// Half years and their last day.
    static let halves: [([Unicode.Scalar], Int, Int)] = [("上半年", 6, 30), ("下半年", 12, 31)].map { (Array($0.0.unicodeScalars), $0.1, $0.2) }
    static let yearEndWord = Array("年底".unicodeScalars)
    static let yearLastWord = Array("年末".unicodeScalars)
    static let completed = Array("完成".unicodeScalars)
    static let monthLast = Array("末".unicodeScalars)
    /// Quarters and their last month: `三季度末`, `第一季度`, `一季度`.
    static let quarterWord = Array("季度".unicodeScalars)
    static let quarterEndings = WordList(["末前", "末", "底前", "底", "前", "完成"])
    /// Words before a time that make it part of the phrase (`到三季度`).
    static let leadIns = WordList(["到", "至", "于"])
    /// What a clause opened by a bare year must say for the year to be a deadline: something done
    /// by then (`2019年投产运行`, `2020年形成处置能力`), not a rule for that year (`2025年机制电量参照…`).
    static let milestoneVerbs = WordList([
        "完成", "建成", "建设", "开工", "投产", "投用", "形成", "创建", "新增", "实现", "达到", "出台", "上线", "建立",
        "覆盖", "竣工", "通车", "落地", "验收", "基本", "全面", "启动", "开展",
    ])

    /// Words before a bare year that make it a goal horizon, not a deadline (`到2025年，…达到…`).
    static let horizon = WordList(["到", "至", "截至", "截止", "截止到", "在", "于", "自", "从", "比", "较", "与", "和", "、", "—", "-", "～", "~"])
    /// Before a month that is a milestone: it opens a clause (`（6月底取得阶段性成效`, `。10月底完善功能`).
    static let clauseOpeners: ScalarSet = ["（", "(", "。", "；", "：", "，", ";", ":", ","]
    /// After such a month (and its 底 or 末), the characters that make it not a milestone
    /// (`6月以来`, `6月的`, `6月中旬`, `5月底到6月`).
    static let notMilestone: ScalarSet = ["以", "内", "的", "间", "到", "至", "和", "与", "或", "及", "中", "上", "下", "初", "份"]
    /// Before a time, words that put it in a year other than the plan's (`上年第四季度投产`), in the
    /// past (`已于2025年1月8日前注册登记`), or make it a cut-off that picks things out
    /// (`截至2023年12月31日前已处理的`, `对2025年6月1日前签订合同的项目`), or a condition's
    /// (`若年底仍未达到…`).
    static let otherYears = WordList(["上年", "去年", "前年", "上一年", "上年度", "截至", "截止", "截止到", "已于", "已在", "对", "若", "倘若", "如果"])
    /// In a clause `…前，对…` after a time, words of a relief a policy grants until then
    /// (`2030年前，对…免收需量电费`): the time is how long the policy lasts, not a due date.
    static let reliefs = WordList(["免收", "免征", "暂免", "减半", "减免", "免于", "给予补贴", "给予奖励", "给予奖补"])
    /// Between a day and its `前`: the hour (`2025年1月10日24时前`).
    static let hourMarks: ScalarSet = ["时", "点"]
    /// A due date followed by a verb of up to four characters and `的` qualifies a noun (`8月1日以前投产的项目`,
    /// `2015年6月30日前注册登记的柴油车`)…
    static let attributiveReach = 5
    /// … unless a preposition or modal opens what follows (`4月30日前将经审计的报告报送`).
    static let clauseOpenersAfterTime: ScalarSet = ["将", "把", "对", "向", "由", "按", "在", "从", "要", "须", "应", "需", "报"]
    /// 周期: `每` and what follows, with the frequency it means.
    static let recurring: [(String, String)] = [
        ("每季度", "quarterly"), ("每个季度", "quarterly"), ("每季", "quarterly"), ("每月", "monthly"), ("每个月", "monthly"),
        ("每年度", "yearly"), ("每年", "yearly"), ("每半年", "halfYearly"), ("每两年", "biennial"), ("每周", "weekly"),
        ("每星期", "weekly"), ("每旬", "tenDays"), ("每日", "daily"), ("每天", "daily"), ("每双月", "bimonthly"), ("每两月", "bimonthly"),
        ("每学期", "termly"), ("每学年", "yearly"), ("每半月", "semimonthly"),
    ]
    /// After `每周`, the day of the week (`每周一` is Mondays) …
    static let weekdays: ScalarSet = ["一", "二", "三", "四", "五", "六", "日", "天"]
    /// … unless a measure word follows, which makes it a count (`每周一次`, `每周两轮`).
    static let countWords: ScalarSet = ["次", "回", "轮", "遍", "批", "期", "个", "项", "份"]
    /// Units after a count (`每1-2周`, `每两个月`) and the frequency family they give.
    static let countedUnits: [([Unicode.Scalar], String)] = [
        ("季度", "quarterly"), ("月", "monthly"), ("周", "weekly"), ("星期", "weekly"), ("年", "yearly"), ("天", "daily"), ("日", "daily"),
    ].map { (Array($0.0.unicodeScalars), $0.1) }
    static let recurringTable = WordTable(recurring)
    /// Between the numbers of a counted schedule: `每1-2周`, `每一至两个月`.
    static let countJoiners: ScalarSet = ["-", "—", "～", "~", "至", "到"]

    /// Where a clause ends (and, before a bare year, where one opens).
    static let clauseEnds: ScalarSet = ["。", "；", "，", "："]
    /// Where the clause a bare year opens ends, for the other time it may hold: a comma does not end it.
    static let timeClauseEnds: ScalarSet = ["。", "；", "："]
    /// After a bare `X月末`, what must follow for it to be a deadline (`6月末，完成…`).
    static let afterMonthLast: ScalarSet = ["，", "。", "；", "、"]
    /// After a bare year opening a clause, characters that make it no milestone (`2023年以来`, `2023年度`).
    static let notYearMilestone: ScalarSet = ["以", "内", "度", "的", "间", "至", "到"]
}
