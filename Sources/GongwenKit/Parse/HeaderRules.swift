/// 版头版记规则: the words that identify GB/T 9704-2012 header and closing elements. One line each.
enum HeaderRules {
    /// 密级.
    static let secrecy = WordList(["绝密", "机密", "秘密"])
    /// 紧急程度.
    static let urgency = WordList(["特急", "加急", "特提", "平急"])
    /// 发文机关标志 ends with this (`乡宁县人民政府办公室文件`).
    static let issuerMarkEnding = Array("文件".unicodeScalars)
    static let signatory = Array("签发人".unicodeScalars)
    /// 抄送 (and the older 抄报) open the copy list.
    static let cc = WordList(["抄送", "抄报"])
    /// 印发 closes the print line (`乡宁县人民政府办公室 2023年7月25日印发`).
    static let printed = Array("印发".unicodeScalars)
    /// 附注 such as `（此件公开发布）` or a 请示's `（联系人：…）` starts with one of these inside its bracket.
    static let disclosure = WordList(["此件", "联系人", "主动公开", "依申请公开", "不予公开", "删减后公开"])
    /// A title usually holds `关于`; the issuer is what comes before it.
    static let about = Array("关于".unicodeScalars)
    /// Words that end a document title (after any bracket such as `（2021—2023年）`).
    static let titleEndings = WordList([
        "通知", "方案", "计划", "意见", "办法", "规定", "决定", "报告", "请示", "批复", "函", "纪要", "要点", "清单", "细则",
        "规划", "通报", "公告", "通告", "决议", "指引", "指南", "规则", "措施", "政策", "纲要", "安排", "分工", "任务", "标准",
        "制度", "条例", "章程", "复函", "议案", "命令", "令", "公报", "讲话", "总结", "分解表", "分解", "分工表", "名单", "目录", "一览表",
    ])
    /// Words that end the title of a plan that counts as a document (a member list or a figures table does not).
    static let planEndings = WordList([
        "方案", "计划", "意见", "办法", "规定", "细则", "规划", "要点", "清单", "措施", "政策", "纲要", "安排", "分工",
        "任务", "指南", "指引", "制度", "决定", "行动", "工作方案", "实施意见", "分解",
        "分解表", "分工表", "任务表", "清单表",
    ])
    /// What a title's own bracket may say besides its period: `（试行）`, `（暂行）`, `（修订）`.
    static let trialWords = WordList(["试行", "暂行", "修订", "征求意见稿"])
    /// Endings that look like a plan's (`清单`) but name a list of standing duties or powers.
    static let notPlanEndings = WordList(["职责清单", "责任清单", "权力清单", "权责清单", "职权清单"])
    /// Labels that introduce attachments: `附件`, `附件1`, `附件一`, `附件：`, `附表1`.
    static let attachment = WordList(["附件", "附表"])

    /// The length of an attachment label (`附件1：`, `附件 `) opening `r` when more follows it.
    static func attachmentLabelLength(_ s: some ScalarCollection, _ r: Range<Int>) -> Int? {
        guard let label = attachment.match(s, at: r.lowerBound) else { return nil }
        var j = r.lowerBound + label.count
        while j < r.upperBound, CharClass.isDigit(s[j]) || ChineseNumeral.isNumeral(s[j]) { j += 1 }
        guard j < r.upperBound, s[j] == "：" || s[j] == ":" || s[j] == " " else { return nil }
        j += 1
        return j < r.upperBound ? j - r.lowerBound : nil
    }
    /// A 主送机关 line is at most this long (a State Council notice may list twenty organs).
    static let maxRecipientsLength = 400
    /// The 主送机关 may stand this many paragraphs below the title, all but itself site furniture.
    static let recipientsReach = 6
    /// A line this long under a 主送机关 is body text, whatever its punctuation.
    static let minBodyLineLength = 20
    /// How many paragraphs of site furniture the title may stand below.
    static let furnitureReach = 12
    /// After an organ's name in a signature: its seal stands for another's (`某某局（代章）`).
    static let sealedOnBehalf = ["（代章）", "(代章)"].map { Array($0.unicodeScalars) }
    /// How far below the top a title anchored by its 主送机关 or 发文字号 is looked for.
    static let anchoredTitleReach = 200
    /// A joint 发文机关标志 stacks at most this many lines (names and `文件`).
    static let maxJointMarkLines = 16
    /// Paragraph-closing punctuation never found inside a title line.
    static let notInTitle: ScalarSet = ["。", "；", "：", ":", ";", "！", "？"]
}
