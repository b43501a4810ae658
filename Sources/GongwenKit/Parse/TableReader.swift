/// 任务表: reads a task table whose cells a converter laid out one per line (序号 / 任务名称 /
/// 任务内容 / 牵头部门 / 配合部门 / 时间节点), one task per numbered row. Rows may lack a cell
/// (a merged 任务名称) or hold an extra unit cell; unit cells are told from text cells by their names.
struct TableRow {
    let number: Int
    /// The serial cell.
    let serial: Int
    /// Text cells (task name, content), in order.
    var text: [Int] = []
    /// The text cell the task's heading comes from: the last of the row's first line of cells.
    var heading: Int?
    /// Unit cells with their role.
    var units: [(Role, Int)] = []
    /// The time cell.
    var time: Int?
    /// Every paragraph of the row.
    var all: [Int] = []
}

/// Finds a flattened task table and reads its rows.
enum TableReader {
    /// 表头: what a column holds.
    enum Column {
        case serial, name, content, units(Role), time, other

        var isUnits: Bool { if case .units = self { return true } else { return false } }
        var isTime: Bool { if case .time = self { return true } else { return false } }
        var isOther: Bool { if case .other = self { return true } else { return false } }
    }

    /// Column headings, one line of data each.
    static let headings: [(String, Column)] = [
        ("序号", .serial), ("任务名称", .name), ("项目名称", .name), ("重点任务", .name), ("任务内容", .content), ("工作内容", .content),
        ("主要内容", .content), ("重点内容", .content), ("具体任务", .content), ("工作任务", .content), ("工作措施", .content), ("具体措施", .content),
        ("主要任务", .content), ("任务", .content), ("具体内容", .content), ("工作事项", .content), ("时间节点", .time), ("完成时限", .time), ("完成时间", .time), ("时间进度", .time), ("时限要求", .time),
    ]

    static let headingTable = WordTable(headings)

    /// What the column headed by paragraph `p` holds, when `p` is a heading cell.
    static func column(_ c: ParseContext, _ p: Paragraph) -> Column? {
        // Cheap refusal first: a long paragraph is never a heading cell.
        guard p.range.count <= longestHeading + maxHeadingTail else { return nil }
        if let col = headingTable.exact(c.s, p.range) { return col }
        // `2024年推进任务`, `主要工作内容`: a heading that ends like a content column's.
        if contentEndings.suffix(c.s, endingAt: p.range.upperBound, from: p.range.lowerBound) != nil, p.length > 2 { return .content }
        // `责任单位`, or a role label opening a longer heading (`责任单位及分工`, `牵头单位（部门）`).
        if let (_, role) = RoleRules.labelTable.match(c.s, at: p.range.lowerBound) { return .units(role) }
        return nil
    }

    /// Endings of a longer content heading (`2024年推进任务`, `具体工作内容`).
    static let contentEndings = WordList(["任务", "任务内容", "措施", "工作事项"])

    /// A role label may open a longer heading (`责任单位及分工`) by this many scalars.
    static let maxHeadingTail = 4
    /// The longest heading or role label, in scalars.
    static let longestHeading = (headings.map(\.0) + RoleRules.labels.map(\.0)).map(\.unicodeScalars.count).max() ?? 0

    /// Rows of the first task table among `paragraphs`, or nil when there is none. The heading
    /// runs from `序号` to the first row number; unknown headings (`备注`) are kept as other columns.
    static func read(_ c: ParseContext, paragraphs: [Int]) -> [TableRow]? { table(c, paragraphs: paragraphs)?.rows }

    /// The first task table among `paragraphs`: the paragraph of its `序号` heading, and its rows.
    static func table(_ c: ParseContext, paragraphs: [Int]) -> (heading: Int, rows: [TableRow])? {
        for (k, i) in paragraphs.enumerated() {
            guard case .serial? = column(c, c.paragraphs[i]) else { continue }
            var cols: [Column] = [.serial]
            var j = k + 1
            while j < paragraphs.count, continuesHeading(c, paragraphs[j]),
                  // A short group row right above row 1 (`建设示范工程` / `1`) ends the heading.
                  !(column(c, c.paragraphs[paragraphs[j]]) == nil && j + 1 < paragraphs.count && serial(c, paragraphs[j + 1])?.value == 1 && isGroupRow(c, paragraphs[j])) {
                cols.append(column(c, c.paragraphs[paragraphs[j]]) ?? .other)
                j += 1
            }
            let hasUnits = cols.contains(where: \.isUnits)
            // A group row (`推进实施“光伏+”示范工程`, perhaps after a `—` in the serial column) may
            // stand between the heading and row 1.
            // Groups may nest (`一、共筑美丽蓝天` over `（一）空气质量目标` over row 1).
            while let group = groupRow(c, paragraphs, at: j, nil), group.next == 1 {
                j += group.length
                guard let inner = groupRow(c, paragraphs, at: j, nil), inner.next == 1 else { break }
            }
            if cols.count >= 3, hasUnits, j < paragraphs.count, let first = serial(c, paragraphs[j]), first.value == 1 {
                return (i, rows(c, Array(paragraphs[j...]), cols, first.form))
            }
        }
        return nil
    }

    /// A group row at `k`: how many paragraphs it takes (its cell, after a `—` in the serial column)
    /// and the number of the row after it; nil when no group row stands there.
    static func groupRow(_ c: ParseContext, _ ps: [Int], at k: Int, _ form: SerialForm?) -> (length: Int, next: Int)? {
        var g = 0
        if k + 1 < ps.count, isEmptyCell(c, ps[k]) || isGroupSerial(c, ps[k]) { g = 1 }
        // The group's cell: no row number, or a marker with the group's name (`一、…`, `（一）…`) over
        // rows numbered otherwise (`1`, `2`).
        let at = ps[k + min(g, ps.count - k - 1)]
        let cell = c.paragraphs[at], own = serial(c, at)
        let named = cell.marker.map { cell.length > $0.length } ?? false
        guard k + g + 1 < ps.count, own == nil || named, isGroupRow(c, ps[k + g]) else { return nil }
        g += 1
        // A group within the group (`二、…` over `（四）…`), numbered otherwise than the rows.
        if let form {
            while k + g + 1 < ps.count, let m = c.paragraphs[ps[k + g]].marker, c.paragraphs[ps[k + g]].length > m.length,
                  serial(c, ps[k + g], form) == nil, isGroupRow(c, ps[k + g]) { g += 1 }
        }
        // A page break may repeat the heading under the group row.
        g += repeatedHeading(c, ps, at: k + g) ?? 0
        guard k + g < ps.count, let next = serial(c, ps[k + g], form) else { return nil }
        return own == nil || own!.form != next.form ? (g, next.value) : nil
    }

    /// The heading of the table met again below its first rows (a page break repeats it): `序号`
    /// and the heading cells after it. Returns how many paragraphs it takes.
    static func repeatedHeading(_ c: ParseContext, _ ps: [Int], at k: Int) -> Int? {
        guard k < ps.count, case .serial? = column(c, c.paragraphs[ps[k]]) else { return nil }
        var j = k + 1
        while j < ps.count, continuesHeading(c, ps[j]) { j += 1 }
        return j - k
    }

    /// Whether paragraph `i` can be one more heading cell: no row number, no empty-cell mark, and
    /// short with no sentence in it.
    static func continuesHeading(_ c: ParseContext, _ i: Int) -> Bool {
        serial(c, i) == nil && !isEmptyCell(c, i) && isHeadingCell(c, i)
    }

    /// A group's own number in the serial column: `二`, `三`.
    static func isGroupSerial(_ c: ParseContext, _ i: Int) -> Bool {
        let p = c.paragraphs[i]
        return p.length <= 3 && p.marker == nil && p.range.allSatisfy { ChineseNumeral.isNumeral(c.s[$0]) }
    }

    /// A group row's one cell (`推进实施“光伏+”示范工程`): a short phrase, no sentence, no unit, no time.
    static func isGroupRow(_ c: ParseContext, _ i: Int) -> Bool {
        let p = c.paragraphs[i]
        guard p.length >= 4, p.length <= 40 else { return false }
        // `行动一：再造发展新极行动（综合区域整体焕新）`: a colon may name the group.
        return !p.body.contains { (JoinRules.sentencePunctuation.contains(c.s[$0]) && c.s[$0] != "：" && c.s[$0] != ":") || c.s[$0] == "、" }
            && !isUnitCell(c, i) && !isTimeCell(c, i) && !isEmptyCell(c, i)
    }

    /// The longest heading cell (`2024年推进任务`).
    static let maxHeadingCell = 10
    /// A heading cell is short and has no sentence punctuation.
    static func isHeadingCell(_ c: ParseContext, _ i: Int) -> Bool {
        let p = c.paragraphs[i]
        return p.length <= maxHeadingCell && p.marker == nil && !p.range.contains { JoinRules.sentencePunctuation.contains(c.s[$0]) || c.s[$0] == "、" }
    }

    /// How a table numbers its rows: bare digits (`3`), or list markers (`（三）`), which the
    /// normalizer may have joined to the task's name in the next cell (`（三）拓展消纳空间`).
    enum SerialForm: Equatable { case digits, marker(Marker.Kind) }

    /// The row number paragraph `i` opens with, in `form` when one is given.
    static func serial(_ c: ParseContext, _ i: Int, _ form: SerialForm? = nil) -> (value: Int, form: SerialForm)? {
        let p = c.paragraphs[i]
        if p.length <= 3, p.range.allSatisfy({ CharClass.isDigit(c.s[$0]) }), form == nil || form == .digits {
            return (c.s[p.range].decimalValue, .digits)
        }
        if let m = p.marker, m.value > 0, form == nil || form == .marker(m.kind) { return (m.value, .marker(m.kind)) }
        return nil
    }
}
