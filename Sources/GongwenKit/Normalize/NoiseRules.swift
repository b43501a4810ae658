/// 噪声规则: lines that a converter or a website added, which are not part of the notice.
/// Each rule is one line of data; add a new phrasing here.
enum NoiseRules {
    /// A line starting with one of these is noise.
    static let prefixes = WordList([
        "【法宝引证码】", "原文链接", "【法宝联想】", "【发布部门】", "【发文字号】", "【发布日期】", "【实施日期】",
        "【时效性】", "【效力级别】", "【法规类别】", "当前位置", "您现在的位置", "您所在的位置", "您的位置", ">", "＞",
        "来源：", "信息来源：", "发布时间：", "浏览次数", "阅读次数", "字号：", "字体：", "字体:", "【字体", "分享到",
        "扫一扫", "索引号", "信息索引号", "发布机构", "主题分类", "公开方式", "公开范围", "公开时限", "有效性", "信息来源", "[字体", "[ 字体",
        "上一篇", "下一篇", "相关链接", "相关文件", "[打印]", "[ 打印 ]", "【打印】", "【关闭】", "打印本页", "关闭窗口", "相关附件", "Copyright", "版权所有",
    ])
    /// Labels of a website's metadata block (`索 引 号 MB…`, `文件编号:  长政办发〔2023〕7号`): a line
    /// starting with one, its characters possibly spaced out, then `：`, `:` or a space, is noise.
    static let fieldLabels = WordList([
        "索引号", "文件编号", "文号", "发文字号", "发文日期", "发文时间", "成文日期", "发布日期", "生效日期",
        "失效日期", "废止日期", "分类", "主题分类", "体裁分类", "组配分类", "主题词", "发文机关", "所属机构",
        "公文种类", "文种", "时效", "效力状态", "访问量", "点击数", "浏览量", "发文机构", "来源",
    ])
    /// First characters of `fieldLabels`: a line starting otherwise opens with no field label.
    static let fieldLabelStarts = Set(fieldLabels.words.compactMap(\.first))
    /// First characters of `prefixes`: a long line starting otherwise is never noise.
    static let prefixStarts = Set(prefixes.words.compactMap(\.first))
    /// A short line that holds one of these is noise (site furniture such as breadcrumbs).
    static let fragments = WordList(["首页 >", "首页>", "首页 ›", "首页›", "首页 »", "首页＞", "首页 ＞", "打印 ]", "关闭 ]", "【打印", "[打印"])
    /// A short line starting with one of these is site furniture (`首页政务公开最新文件`, `微信`, `时间：2015-12-30 11:39`).
    static let furniturePrefixes = WordList(["首页", "微信", "微博", "QQ空间", "分享到", "时间：", "时间:", "附件下载"])
    /// Lines longer than this are never treated as furniture by `fragments`.
    static let furnitureMaxLength = 60

    /// Whether the line `s[r]` (leading white space already skipped) is noise.
    /// Website footers, noise at any length: `网站标识码`, `京ICP备…`, `公网安备`.
    static let footerWords = ["网站标识码", "ICP备", "公网安备", "政府网站标识码"]
    static let footers = WordList(footerWords)
    /// Marks of a web page's footer block (see `PageFooter`): the footer lines' words, and more.
    static let footerMarks = WordList(footerWords + ["版权所有", "Copyright", "©", "网站地图"])
    /// Footer lines are at most this long.
    static let footerMaxLength = 200

    static func isNoise(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        if prefixStarts.contains(s[r.lowerBound]), prefixes.match(s, at: r.lowerBound) != nil { return true }
        if isBracketedField(s, r) { return true }
        if startsWithFieldLabel(s, r) { return true }
        if r.count <= furnitureMaxLength && (fragments.anyOccurs(in: s, r) || furniturePrefixes.match(s, at: r.lowerBound) != nil) { return true }
        return r.count <= footerMaxLength && footers.anyOccurs(in: s, r)
    }

    /// Whether the line opens with one of `fieldLabels`, spaces allowed between its characters,
    /// followed by a colon or a space.
    static func startsWithFieldLabel(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        guard fieldLabelStarts.contains(s[r.lowerBound]) else { return false }
        return fieldLabels.words.contains { label in
            var i = r.lowerBound
            for (k, c) in label.enumerated() {
                if k > 0 { while i < r.upperBound, CharClass.isSpace(s[i]) { i += 1 } }
                guard i < r.upperBound, s[i] == c else { return false }
                i += 1
            }
            // `**文号**:`: Markdown emphasis around the label.
            while i < r.upperBound, s[i] == "*" { i += 1 }
            guard i < r.upperBound else { return false }
            return s[i] == ":" || s[i] == "：" || CharClass.isSpace(s[i])
        }
    }

    /// A field of a page's metadata list: `01. [主题分类] ----商贸…`, `05. [成文日期] 2024-04-27`
    /// (a list number, a label of Han characters in square brackets, possibly escaped, then its value
    /// after dashes or a space).
    static func isBracketedField(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        var i = r.lowerBound
        while i < r.upperBound, CharClass.isDigit(s[i]) { i += 1 }
        if i > r.lowerBound { guard i < r.upperBound, s[i] == "." else { return false }; i += 1 }
        func skip(_ c: Unicode.Scalar) -> Bool {
            while i < r.upperBound, CharClass.isSpace(s[i]) || s[i] == "\\" { i += 1 }
            guard i < r.upperBound, s[i] == c else { return false }
            i += 1
            return true
        }
        guard skip("[") else { return false }
        let label = i
        while i < r.upperBound, CharClass.isHan(s[i]) { i += 1 }
        guard (2...8).contains(i - label), skip("]") else { return false }
        // The value after dashes (`----商贸`) or a space (`] 2024-04-27`), or none.
        return i >= r.upperBound || CharClass.isSpace(s[i]) || skip("-")
    }

    /// The dashes around a page number (`— 3 —`, `- 3 -`, `=3=`).
    static let pageDashes: ScalarSet = ["-", "—", "–", "－", "−", "―", "─", "="]

    /// A page number line such as `— 3 —`, `- 12 -`, `第3页`, `第 3 页 共 12 页`, or an OCR tool's page
    /// marker `--- 第 1 页 OCR ---`.
    static func isPageNumber(_ s: some ScalarCollection) -> Bool {
        // Most lines are ruled out by their first visible character, before anything is copied.
        guard s.count <= 40, let lead = s.first(where: { !CharClass.isSpace($0) }), pageDashes.contains(lead) || lead == "第" else { return false }
        let chars = s.filter { !CharClass.isSpace($0) }
        guard chars.count <= 24 else { return false }
        let inner = Array(chars.drop { pageDashes.contains($0) }.reversed().drop { pageDashes.contains($0) }.reversed())
        guard !inner.isEmpty else { return false }
        if inner.count < chars.count, let f = chars.first, let l = chars.last, pageDashes.contains(f), pageDashes.contains(l),
           inner.allSatisfy({ CharClass.isDigit($0) }) { return true }
        if inner.first == "第", inner.contains("页") {
            // `第1页OCR`: a tool's name may follow the page.
            return inner.allSatisfy { CharClass.isDigit($0) || "第页共/".unicodeScalars.contains($0) || CharClass.isASCIIAlnum($0) }
        }
        return false
    }
}
