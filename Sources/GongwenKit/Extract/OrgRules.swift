/// 机构名称规则: how an organ or unit name ends, and the words that make a list one collective name.
/// Each rule is one line of data.
enum OrgRules {
    /// Endings of organ and unit names (`县发改局`, `各乡镇人民政府`, `合肥海关`, `各街镇（园区）` after its bracket).
    static let suffixes = WordList([
        "政府", "部门", "单位", "局", "委", "办", "厅", "部", "署", "院", "会", "中心", "公司", "集团", "机构", "办公室",
        "海关", "银行", "支行", "所", "站", "队", "社", "馆", "街道", "乡镇", "镇", "乡", "办事处", "企业", "小组", "组",
        "处", "室", "科", "司", "团", "校", "联", "委员会", "管理办", "指挥部", "分局", "总局", "监狱", "医院", "电视台", "报社",
        "园区", "开发区", "新区", "高新区", "示范区", "试验区", "街镇", "村", "居委", "村委", "协会", "商会", "分行", "法院",
        "检察院", "人大", "政协", "党委", "党组", "县委", "市委", "省委", "区委", "机关", "成员单位", "各地", "有关方面", "主体",
        "分公司", "铁塔", "平台", "基地", "专班", "研究院", "学院", "大学", "管委会", "联社", "工会", "妇联", "团委", "残联", "科协", "侨联", "文联",
        "各市", "各区", "各县", "各省", "各部委", "各级", "经营者", "市场主体", "运营商", "电信企业", "供电公司", "国企",
        "厂", "电网",
    ])

    /// Prefixes that make a name a group (`各`, `相关`, `有关`), which still counts as a unit.
    static let groupPrefixes = WordList(["各", "相关", "有关", "其他", "其它", "全县", "全市", "全区", "全省"])

    /// Levels of local government: after `各有关区、`, a part that is only one of these
    /// (`县级市`, `县政府`) continues the collective (`各有关区、县级市`).
    static let adminLevels = WordList(["县级市", "自治县", "自治州", "区", "县", "市", "州", "盟", "旗", "乡", "镇", "乡镇", "街道"])
    static let levelGovernments = WordList(["人民政府", "政府", ""])

    /// Whether `s[r]` is an administrative level alone, possibly with its government (`县级市`, `县政府`).
    static func isAdminLevel(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        adminLevels.words.contains { level in
            s.has(level, at: r.lowerBound) && levelGovernments.words.contains { $0.count == r.count - level.count && s.has($0, at: r.lowerBound + level.count) }
        }
    }

    /// Whether `s[r]` ends like an organ name (a trailing bracket such as `（园区）` is looked through).
    static func looksLikeName(_ s: some ScalarCollection, _ r: Range<Int>) -> Bool {
        guard r.count >= 2 else { return false }
        var end = r.upperBound
        if s[end - 1] == "）" || s[end - 1] == ")" {
            var k = end - 1
            while k > r.lowerBound, s[k] != "（" && s[k] != "(" { k -= 1 }
            if k > r.lowerBound { end = k }
        }
        return suffixes.suffix(s, endingAt: end, from: r.lowerBound) != nil && notNameEndings.suffix(s, endingAt: end, from: r.lowerBound) == nil
    }

    /// A branch named by its place or number alone (`丰台分局`, `七支队`): part of the name before it.
    static let branchEndings = WordList(["分局", "支队", "大队", "中队", "分队", "分中心", "分公司", "分行", "支行"])
    /// The place or number before a branch's ending is at most this long (`长辛店分公司`; `丰台运管分局`
    /// names an organ of its own).
    static let maxBranchPlace = 3

    /// Whether a branch (`丰台分局`) starts at `i` and ends where the line or the cell's line does.
    static func isBranch(_ s: some ScalarCollection, _ i: Int, _ end: Int) -> Bool {
        var k = i
        while k < end, CharClass.isHan(s[k]) { k += 1 }
        guard k == end || !CharClass.isHan(s[k]), let ending = branchEndings.suffix(s, endingAt: k, from: i),
              k - ending.count - i <= maxBranchPlace else { return false }
        // `区商务局<br>丰台供电分公司` aside, a level or a group opens a name of its own.
        return !NameSplitter.levelStarts.contains(s[i]) && groupPrefixes.match(s, at: i) == nil
    }

    /// Endings that look like an organ's (`站`) but name a website or an account (`…人民政府门户网站`).
    static let notNameEndings = WordList(["网站", "客户端", "公众号"])

    static func looksLikeName(_ text: String) -> Bool {
        let s = Array(text.unicodeScalars)
        return looksLikeName(s, 0..<s.count)
    }
}
