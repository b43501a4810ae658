/// 时限抽取: finds deadlines, starts and recurring schedules in a task's text and resolves them
/// to ISO dates against the plan's year. A year that cannot be real (`0403年`) gives no date.
struct TimeMention: Hashable {
    /// 时限、起始或周期: what the time expression says.
    enum Kind: Hashable { case deadline, start, recurring(String) }
    let kind: Kind
    let range: Range<Int>
    /// The resolved ISO date, nil when the text gives no real date.
    let date: String?
    /// The year as written when it is not plausible (for a diagnostic).
    let badYear: Int?
}

/// Reads deadlines, starts and recurring schedules from a task's paragraphs.
enum TimeExtractor {
    static func extract(_ s: some ScalarCollection, paragraphs: [Range<Int>], year: Int?) -> [TimeMention] {
        var out: [TimeMention] = []
        for r in paragraphs {
            var i = r.lowerBound
            while i < r.upperBound {
                if let m = reading(s, i, r, year) {
                    // A time that only picks things out is passed over whole (`上年第四季度` is not `四季度`).
                    if m.kind != .deadline || !isDescriptive(s, m.range, r) { out.append(m) }
                    i = max(i + 1, m.range.upperBound)
                    continue
                }
                i += 1
            }
        }
        return out
    }

    /// A time expression starting at `i` (the scan moves left to right, so the longest form that
    /// starts earliest wins). A due date that only says which things are meant is none.
    static func mention(_ s: some ScalarCollection, _ i: Int, _ r: Range<Int>, _ planYear: Int?) -> TimeMention? {
        guard let m = reading(s, i, r, planYear) else { return nil }
        return m.kind == .deadline && isDescriptive(s, m.range, r) ? nil : m
    }

    /// `8月1日以前投产的项目`, `上年第四季度投产`: a time that picks out things (by when they
    /// happened, or in another year), not a date work is due by; nor is how long a relief lasts.
    static func isDescriptive(_ s: some ScalarCollection, _ t: Range<Int>, _ r: Range<Int>) -> Bool {
        if TimeRules.otherYears.suffix(s, endingAt: t.lowerBound, from: r.lowerBound) != nil { return true }
        if grantsRelief(s, t.upperBound, r) { return true }
        var k = t.upperBound
        guard k < r.upperBound, !TimeRules.clauseOpenersAfterTime.contains(s[k]) else { return false }
        while k < r.upperBound, k - t.upperBound < TimeRules.attributiveReach, CharClass.isHan(s[k]) {
            if s[k] == "的" { return k > t.upperBound }
            k += 1
        }
        return false
    }

    /// Whether `，对…` at `i` opens a clause that grants a relief (`2030年前，对…免收…电费`).
    static func grantsRelief(_ s: some ScalarCollection, _ i: Int, _ r: Range<Int>) -> Bool {
        guard i + 1 < r.upperBound, s[i] == "，" || s[i] == ",", s[i + 1] == "对" else { return false }
        let end = (i + 2..<r.upperBound).first { s[$0] == "。" || s[$0] == "；" } ?? r.upperBound
        return TimeRules.reliefs.anyOccurs(in: s, i + 2..<end)
    }

    /// The time expression starting at `i`, as written.
    static func reading(_ s: some ScalarCollection, _ i: Int, _ r: Range<Int>, _ planYear: Int?) -> TimeMention? {
        let c = s[i]
        if c == "每" { return recurring(s, i, r) }
        // Every time expression starts with a numeral, 年, 上/下 (半年) or 第.
        guard CharClass.isDigit(c) || ChineseNumeral.isNumeral(c) || c == "年" || c == "上" || c == "下" || c == "第" else { return nil }
        // Do not start inside a number: `12月` is read from `1`, not `2`; nor at the second 年 of
        // `2025年年底`, which belongs to the year before it.
        if i > r.lowerBound, CharClass.isDigit(s[i - 1]) || (ChineseNumeral.isNumeral(s[i - 1]) && ChineseNumeral.isNumeral(c)) { return nil }
        if c == "年", i > r.lowerBound, s[i - 1] == "年" { return nil }
        var j = i
        var year: Int?
        var explicitYear = false
        if CharClass.isDigit(c), j + 4 < r.upperBound, (0..<4).allSatisfy({ CharClass.isDigit(s[j + $0]) }), s[j + 4] == "年" {
            year = (0..<4).reduce(0) { $0 * 10 + Int(s[j + $1].value - 48) }
            explicitYear = true
            j += 5
        }
        let bad = year.flatMap { CalendarDate.plausibleYears.contains($0) ? nil : $0 }
        // `明年6月底前`, `次年底前`: relative to the plan's year.
        let offset = explicitYear ? 0 : relativeYear(s, s[i] == "年" ? i - 1 : i - 2, r)
        let y = bad == nil ? (year ?? planYear.map { $0 + offset }) : nil
        func make(_ kind: TimeMention.Kind, _ end: Int, _ m: Int, _ d: Int) -> TimeMention {
            let date = y.flatMap { yy -> String? in
                var yy = yy, mm = m
                if mm == 0 { mm = 12; yy -= 1 }
                let dd = min(d, CalendarDate.lastDay(yy, mm))
                return CalendarDate.isValid(yy, mm, dd) ? CalendarDate.iso(yy, mm, dd) : nil
            }
            var start = i
            if let w = TimeRules.leadIns.suffix(s, endingAt: i, from: r.lowerBound), kind == .deadline, !explicitYear { start = i - w.count }
            return TimeMention(kind: kind, range: start..<end, date: date, badYear: bad)
        }
        // 上半年 / 下半年
        for (word, m, d) in TimeRules.halves {
            if s.has(word, at: j) { return make(.deadline, j + word.count, m, d) }
        }
        // 三季度末, 第一季度, 一季度完成
        do {
            var k = j
            if k < r.upperBound, s[k] == "第" { k += 1 }
            if k < r.upperBound, let q = quarter(s[k]), s.has(TimeRules.quarterWord, at: k + 1) {
                var end = k + 1 + TimeRules.quarterWord.count
                if let w = TimeRules.quarterEndings.match(s, at: end) { end += w.count }
                return make(.deadline, end, q * 3, 31)
            }
        }
        // YYYY年底前, 年底前
        if explicitYear || s[i] == "年" {
            let k = explicitYear ? j : i
            if let w = TimeRules.yearEnd.match(s, at: k), explicitYear || s.has(TimeRules.yearEndWord, at: k) || s.has(TimeRules.yearLastWord, at: k) {
                // `到2025年底，…` is a goal horizon; `2025年底前` is a deadline.
                let horizon = TimeRules.horizon.suffix(s, endingAt: i, from: r.lowerBound) != nil
                if horizon, w.last != "前" { return nil }
                return make(.deadline, k + w.count, 12, 31)
            }
        }
        // X月…
        if let (m, afterMonth) = month(s, j, r), (1...12).contains(m) {
            if let (d, dayEnd) = day(s, afterMonth, r) {
                // `24时前`: an hour of the day does not change the date that is due.
                var afterDay = dayEnd, k = dayEnd
                while k < r.upperBound, k - afterDay < 2, CharClass.isDigit(s[k]) { k += 1 }
                if k > afterDay, k < r.upperBound, TimeRules.hourMarks.contains(s[k]), TimeRules.dayDeadline.match(s, at: k + 1) != nil { afterDay = k + 1 }
                if let w = TimeRules.start.match(s, at: afterDay) { return make(.start, afterDay + w.count, m, d) }
                if let w = TimeRules.dayDeadline.match(s, at: afterDay) { return make(.deadline, afterDay + w.count, m, d) }
                return nil
            }
            if let w = TimeRules.monthEndDeadline.match(s, at: afterMonth) {
                let end = afterMonth + w.count
                if w == TimeRules.monthLast && !(end < r.upperBound && TimeRules.afterMonthLast.contains(s[end])) { return nil }
                return make(.deadline, end, m, 31)
            }
            for (word, d) in TimeRules.tenDays where s.has(word, at: afterMonth) {
                return make(.deadline, afterMonth + word.count, m, d)
            }
            if let w = TimeRules.start.match(s, at: afterMonth) { return make(.start, afterMonth + w.count, m, 1) }
            if let w = TimeRules.beforeMonth.match(s, at: afterMonth) { return make(.deadline, afterMonth + w.count, m - 1, 31) }
            if explicitYear, s.has(TimeRules.completed, at: afterMonth) { return make(.deadline, afterMonth + 2, m, 31) }
            if let end = monthMilestone(s, i, afterMonth, r, planYear) { return make(.deadline, end, m, 31) }
            return nil
        }
        guard explicitYear else { return nil }
        // YYYY年前, YYYY年起
        if let w = TimeRules.start.match(s, at: j) { return make(.start, j + w.count, 1, 1) }
        if let w = TimeRules.beforeMonth.match(s, at: j) { return make(.deadline, j + w.count, 0, 31) }
        // A bare year opening a clause is a milestone (`2020年形成处置能力`); after 到/在 it is a horizon.
        if TimeRules.horizon.suffix(s, endingAt: i, from: r.lowerBound) != nil { return nil }
        let opensClause = i == r.lowerBound || TimeRules.clauseEnds.contains(s[i - 1])
        if opensClause, j < r.upperBound, CharClass.isHan(s[j]), !TimeRules.notYearMilestone.contains(s[j]),
           clauseSays(TimeRules.milestoneVerbs, s, j, r), !clauseHasTime(s, j, r, planYear) {
            return make(.deadline, j, 12, 31)
        }
        return nil
    }

    /// A month opening a clause and followed by what is to be done there is due by the month's end:
    /// `（6月底取得阶段性成效`, `。10月底完善平台功能`, `（11月取得明显成效`. Returns where it ends
    /// (after `底` or `末`); nil after 到, 截至 and the like, which make it a horizon.
    static func monthMilestone(_ s: some ScalarCollection, _ i: Int, _ afterMonth: Int, _ r: Range<Int>, _ year: Int?) -> Int? {
        var k = afterMonth
        if k < r.upperBound, s[k] == "底" || s[k] == "末" { k += 1 }
        guard i == r.lowerBound || TimeRules.clauseOpeners.contains(s[i - 1]),
              TimeRules.horizon.suffix(s, endingAt: i, from: r.lowerBound) == nil,
              k < r.upperBound, CharClass.isHan(s[k]), !TimeRules.notMilestone.contains(s[k]), !clauseHasTime(s, k, r, year) else { return nil }
        return k
    }

    /// Whether the clause from `i` to its end (`。`, `；`, `，`, `：`) holds one of `words`.
    static func clauseSays(_ words: WordList, _ s: some ScalarCollection, _ i: Int, _ r: Range<Int>) -> Bool {
        (i..<clauseEnd(s, i, r, TimeRules.clauseEnds)).contains { words.match(s, at: $0) != nil }
    }

    /// Whether the clause from `i` to its end holds another time: then a bare year before it
    /// (`2023年新增的单位于10月底前完成`) only sets the scene.
    static func clauseHasTime(_ s: some ScalarCollection, _ i: Int, _ r: Range<Int>, _ year: Int?) -> Bool {
        (i..<clauseEnd(s, i, r, TimeRules.timeClauseEnds)).contains { mention(s, $0, r, year)?.kind == .deadline }
    }

    /// Where the clause from `i` ends: at the first of `ends`, else at the end of `r` (at `i` when
    /// `i` is past it, so the clause is empty).
    static func clauseEnd(_ s: some ScalarCollection, _ i: Int, _ r: Range<Int>, _ ends: ScalarSet) -> Int {
        guard i < r.upperBound else { return i }
        return (i..<r.upperBound).first { ends.contains(s[$0]) } ?? r.upperBound
    }

    /// `每季度`, `每年`, and counted forms such as `每1-2周`, `每两个月`.
    static func recurring(_ s: some ScalarCollection, _ i: Int, _ r: Range<Int>) -> TimeMention? {
        if let (w, frequency) = TimeRules.recurringTable.match(s, at: i) {
            var end = i + w.count
            // `每周一上午` names the day; `每周一次` counts.
            if frequency == "weekly", end < r.upperBound, TimeRules.weekdays.contains(s[end]),
               end + 1 >= r.upperBound || !TimeRules.countWords.contains(s[end + 1]) { end += 1 }
            return TimeMention(kind: .recurring(frequency), range: i..<end, date: nil, badYear: nil)
        }
        var j = i + 1
        while j < r.upperBound, j - i <= 6, CharClass.isDigit(s[j]) || ChineseNumeral.isNumeral(s[j]) || TimeRules.countJoiners.contains(s[j]) { j += 1 }
        guard j > i + 1 else { return nil }
        if j < r.upperBound, s[j] == "个" { j += 1 }
        for (unit, frequency) in TimeRules.countedUnits where s.has(unit, at: j) {
            return TimeMention(kind: .recurring(frequency), range: i..<(j + unit.count), date: nil, badYear: nil)
        }
        return nil
    }

    static func quarter(_ c: Unicode.Scalar) -> Int? {
        switch c {
        case "一", "1": return 1
        case "二", "2": return 2
        case "三", "3": return 3
        case "四", "4": return 4
        default: return nil
        }
    }

    static func month(_ s: some ScalarCollection, _ j: Int, _ r: Range<Int>) -> (Int, Int)? {
        guard j < r.upperBound, let (m, k) = CalendarDate.number(s, j, r.upperBound), k - j <= 2, k < r.upperBound, s[k] == "月" else { return nil }
        // `6月份前` reads as `6月前`.
        return (m, k + 1 < r.upperBound && s[k + 1] == "份" ? k + 2 : k + 1)
    }

    /// Years after the plan's year named by the two characters at `k` (`明年` → 1).
    static func relativeYear(_ s: some ScalarCollection, _ k: Int, _ r: Range<Int>) -> Int {
        guard k >= r.lowerBound, k + 1 < r.upperBound, s[k + 1] == "年" else { return 0 }
        return TimeRules.nextYear.contains(s[k]) ? 1 : 0
    }

    static func day(_ s: some ScalarCollection, _ j: Int, _ r: Range<Int>) -> (Int, Int)? {
        guard j < r.upperBound, let (d, k) = CalendarDate.number(s, j, r.upperBound), k - j <= 3, k < r.upperBound, s[k] == "日" || s[k] == "号",
              (1...31).contains(d) else { return nil }
        return (d, k + 1)
    }
}
