/// 校验用语: the words the semantic rules judge by. Each list is one line of data.
enum ValidationWords {
    /// A task whose text addresses one of these (`汛期各级各部门严格执行…`) is everyone's work: its
    /// missing unit is no slip.
    static let collectiveAddressees = WordList([
        "各级各部门", "各地各部门", "各级各类", "各部门", "各单位", "各有关部门", "各相关部门", "各有关单位", "各相关单位",
        "各乡镇", "各地", "各级", "各县", "各区", "各市", "各街道", "各镇",
    ])
    /// Words that name a kind of organ, not one organ: never the short form of a unit name.
    static let genericNames: Set<String> = [
        "人民政府", "政府", "办公室", "委员会", "管理委员会", "领导小组", "工作领导小组", "指挥部", "分局", "支队", "大队", "中心",
    ]
    /// A prefix that, put before a unit name, makes a longer form of the same unit: a place
    /// (`临汾市`, `乡宁县`) ends with one of these.
    static let placeEndings: Set<Unicode.Scalar> = ["省", "市", "区", "县", "州", "盟", "旗", "镇", "乡"]
    /// GB/T 9704-2012 (7.2.4): the year of a 发文字号 sits in these brackets.
    static let docNumberBrackets: (open: Unicode.Scalar, close: Unicode.Scalar) = ("〔", "〕")
    /// GB/T 9704-2012 applies from this date (ISO); the 1999 edition wrote dates in Chinese numerals.
    static let standardSince = "2012-07-01"
    /// Separators of a date written with numbers only (`2023.7.25`, `2023-7-25`, `2023/7/25`).
    static let numericDateSeparators: Set<Unicode.Scalar> = [".", "．", "-", "/", "－"]
}
