/// 断行规则：数字: the join rules for numbers a converter broke from their units, their serials or
/// the sentence around them (`2025` / `年` / `9` / `月`, `…，2026` / `年起`, `槐政办发〔2025〕` /
/// `12号`), and the row numbers of a flattened table, which stand alone.
extension JoinRules {
    /// A line of one to three digits and nothing else: a table's row number.
    static func isRowNumber(_ b: ArraySlice<Unicode.Scalar>) -> Bool {
        (1...3).contains(b.count) && b.allSatisfy(CharClass.isDigit)
    }

    /// A line of one to four digits.
    static func isBareNumber(_ b: ArraySlice<Unicode.Scalar>) -> Bool {
        (1...4).contains(b.count) && b.allSatisfy(CharClass.isDigit)
    }

    /// What may follow a date's `年`, `月` or `日` in a sentence (`年底前`, `月起`, `日前投产`, `日印发`).
    static let dateUnitTails: ScalarSet = ["底", "前", "起", "末", "初", "中", "内", "份", "以", "至", "后", "及", "印", "，", "。", "、"]

    /// A number a PDF converter put on a line of its own where the font changed between Latin digits
    /// and Chinese (`存量项目是指` / `2025` / `年` / `6` / `月` / `1` / `日前投产的项目`; `晋能源规发〔2023〕` /
    /// `251` / `号`): a bare number `b` whose next line `c` goes on with a date's unit, after a line
    /// that goes on. A table's row number alone has a cell after it, which such a unit does not open
    /// (`3` / `年度目标`), and a signature's organ line is complete before its date.
    static func isFontSwitchNumber(_ a: [Unicode.Scalar], lastLineStart: Int, _ b: ArraySlice<Unicode.Scalar>,
                                   then c: ArraySlice<Unicode.Scalar>) -> Bool {
        guard isBareNumber(b), let last = a.last, let unit = c.first else { return false }
        let after = c.dropFirst().first
        switch unit {
        case "年", "月", "日":
            guard after.map({ CharClass.isDigit($0) || dateUnitTails.contains($0) }) ?? true else { return false }
        case "号":
            // The serial of a 发文字号 whose year bracket ends the line above.
            return CharClass.isCloser(last) && a.count >= 6 && a[(a.count - 5)..<(a.count - 1)].allSatisfy(CharClass.isDigit)
        default:
            return false
        }
        return !CharClass.terminal.contains(last) && !isNameLine(a, lastLineStart..<a.count) && !isDateLine(Array(a[lastLineStart...]))
    }

    /// The serial of a 发文字号 broken from its year: `12号` after `槐政办发〔2025〕`.
    static func startsWithSerial(_ b: ArraySlice<Unicode.Scalar>) -> Bool {
        var i = b.startIndex
        while i < b.endIndex, CharClass.isDigit(b[i]), i - b.startIndex < 5 { i += 1 }
        return i > b.startIndex && i < b.endIndex && b[i] == "号"
    }

    /// `2025年` above `12月31日前`: a date broken over two lines (or two cells of one date).
    static func splitsDate(_ a: [Unicode.Scalar], _ b: ArraySlice<Unicode.Scalar>) -> Bool {
        guard a.count >= 5, a.last == "年", CharClass.isDigit(a[a.count - 2]) else { return false }
        var i = b.startIndex
        while i < b.endIndex, CharClass.isDigit(b[i]), i - b.startIndex < 2 { i += 1 }
        return i > b.startIndex && i < b.endIndex && b[i] == "月"
    }

    /// What follows a number as its unit or counter: `2026` / `年起…`, `3000` / `辆`.
    static let numberUnits: ScalarSet = ["年", "月", "日", "号", "个", "万", "亿", "元", "%", "％", "家", "项", "台", "辆", "座", "次", "户", "人", "倍", "千", "百", "小", "周", "天"]

    /// A number broken from its unit by a PDF converter (`…，2026` / `年起机制电量…`): a line ending in
    /// a number that is a year, or that follows words on its line, and a line opening with a unit.
    /// Not a table's row number alone (`3` above `年度目标`).
    static func splitsNumber(_ a: [Unicode.Scalar], _ b: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = b.first, numberUnits.contains(first), let last = a.last, CharClass.isDigit(last) else { return false }
        var k = a.count
        while k > 0, CharClass.isDigit(a[k - 1]) { k -= 1 }
        return a.count - k >= 4 || (k > 0 && !CharClass.isSpace(a[k - 1]))
    }
}

/// 序号列: the last row number of a flattened table seen standing alone (or its `序号` heading,
/// row 0), so that the next one (`2` after `1`) is read as a row number too, whatever the cell after
/// it begins with (`年内`, `年底前` would otherwise join it as a date broken at a font change).
struct RowNumberRun {
    private var last: (value: Int, line: Int)?
    /// The next row's number stands at most this many lines below.
    static let reach = 12
    static let heading = Array("序号".unicodeScalars)

    /// Notes a line that stands alone: a bare number, or the `序号` heading.
    mutating func record(_ b: ArraySlice<Unicode.Scalar>, line: Int) {
        if b.elementsEqual(Self.heading) { last = (0, line) } else if let v = Self.value(b) { last = (v, line) }
    }

    /// Whether bare number `b` on line `line` is the next row's.
    func continues(_ b: ArraySlice<Unicode.Scalar>, line: Int) -> Bool {
        guard let last, line - last.line <= Self.reach, let v = Self.value(b) else { return false }
        return v == last.value + 1
    }

    static func value(_ b: ArraySlice<Unicode.Scalar>) -> Int? {
        guard JoinRules.isBareNumber(b) else { return nil }
        return b.reduce(0) { $0 * 10 + Int($1.value - 48) }
    }
}
