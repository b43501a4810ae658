/// 任务表: reads a task table whose cells a converter laid out one per line (序号 / 任务名称 /
/// 任务内容 / 牵头部门 / 配合部门 / 时间节点), one task per numbered row. Rows may lack a cell
/// (a merged 任务名称) or hold an extra unit cell; unit cells are told from text cells by their names.
struct TableRow {
    let number: Int
    /// The serial cell.
    let serial: Int
    /// Text cells (task name, content), in order.
    var text: [Int] = []
    /// Unit cells with their role.
    var units: [(Role, Int)] = []
    /// The time cell.
    var time: Int?
    /// Every paragraph of the row.
    var all: [Int] = []
}

enum TableReader {
    enum Column { case serial, name, content, units(Role), time }

    /// Column headings, one line of data each.
    static let headings: [(String, Column)] = [
        ("序号", .serial), ("任务名称", .name), ("项目名称", .name), ("重点任务", .name), ("任务内容", .content), ("工作内容", .content),
        ("主要内容", .content), ("具体任务", .content), ("工作任务", .content), ("工作措施", .content), ("具体措施", .content),
        ("主要任务", .content), ("时间节点", .time), ("完成时限", .time), ("完成时间", .time), ("时间进度", .time), ("时限要求", .time),
    ]

    static func column(_ c: ParseContext, _ p: Paragraph) -> Column? {
        let text = c.string(p.range)
        if let (_, col) = headings.first(where: { $0.0 == text }) { return col }
        if let role = RoleRules.labelRole[text] { return .units(role) }
        return nil
    }

    /// Rows of the first task table among `paragraphs`, or nil when there is none.
    static func read(_ c: ParseContext, paragraphs: [Int]) -> [TableRow]? {
        var k = 0
        while k < paragraphs.count {
            var cols: [Column] = []
            var j = k
            while j < paragraphs.count, let col = column(c, c.paragraphs[paragraphs[j]]) { cols.append(col); j += 1 }
            let hasUnits = cols.contains { if case .units = $0 { return true } else { return false } }
            if cols.count >= 3, hasUnits, case .serial = cols[0] {
                return rows(c, Array(paragraphs[j...]), cols)
            }
            k = max(j, k + 1)
        }
        return nil
    }

    static func serial(_ c: ParseContext, _ i: Int) -> Int? {
        let p = c.paragraphs[i]
        guard p.length <= 3, p.range.allSatisfy({ CharClass.isDigit(c.s[$0]) }) else { return nil }
        return Int(c.string(p.range))
    }

    static func rows(_ c: ParseContext, _ ps: [Int], _ cols: [Column]) -> [TableRow] {
        let unitRoles: [Role] = cols.compactMap { if case .units(let r) = $0 { return r } else { return nil } }
        let hasTime = cols.contains { if case .time = $0 { return true } else { return false } }
        var rows: [TableRow] = []
        var current: (Int, Int, [Int])?
        func close() {
            guard let (n, serialPara, cells) = current else { return }
            rows.append(assign(c, n, serialPara, cells, unitRoles, hasTime))
        }
        for i in ps {
            if let n = serial(c, i), n == (current?.0 ?? 0) + 1 {
                close()
                current = (n, i, [])
            } else if current != nil {
                current!.2.append(i)
            }
        }
        close()
        return rows
    }

    static func assign(_ c: ParseContext, _ n: Int, _ serialPara: Int, _ cells: [Int], _ roles: [Role], _ hasTime: Bool) -> TableRow {
        var row = TableRow(number: n, serial: serialPara)
        row.all = [serialPara] + cells
        var rest = cells
        if hasTime, let last = rest.last, isTimeCell(c, last) { row.time = last; rest.removeLast() }
        var unitCells: [Int] = []
        while let last = rest.last, rest.count > 1 || !unitCells.isEmpty, isUnitCell(c, last) { unitCells.insert(last, at: 0); rest.removeLast() }
        row.text = rest
        guard let firstRole = roles.first else { return row }
        if unitCells.count <= roles.count {
            for (k, cell) in unitCells.enumerated() { row.units.append((roles[k], cell)) }
        } else {
            // An extra unit cell: all but the last hold the first role (a merged lead cell split in two).
            for cell in unitCells.dropLast() { row.units.append((firstRole, cell)) }
            row.units.append((roles.last!, unitCells.last!))
        }
        return row
    }

    static func isTimeCell(_ c: ParseContext, _ i: Int) -> Bool {
        let p = c.paragraphs[i]
        guard p.length <= 16 else { return false }
        let t = c.string(p.range)
        return t.first.map { $0.isNumber } == true || t.contains("长期") || t.contains("持续") || t.contains("年底") || t.hasSuffix("前")
    }

    static func isUnitCell(_ c: ParseContext, _ i: Int) -> Bool {
        let p = c.paragraphs[i]
        guard p.length <= 80, !c.s[p.range].contains("。") else { return false }
        let names = NameSplitter.split(c.s, p.range)
        return !names.isEmpty && names.allSatisfy { OrgRules.looksLikeName(c.s, $0) }
    }

    /// The deadline a time cell gives: `2019年3月` is the end of March, `2019年` the end of the year.
    static func deadline(_ c: ParseContext, _ i: Int) -> (Range<Int>, String?)? {
        let r = c.paragraphs[i].range
        let s = c.s
        guard r.count >= 5, (0..<4).allSatisfy({ CharClass.isDigit(s[r.lowerBound + $0]) }), s[r.lowerBound + 4] == "年" else { return nil }
        let y = Int(c.string(r.lowerBound..<(r.lowerBound + 4)))!
        if r.count == 5 { return (r, CalendarDate.plausibleYears.contains(y) ? CalendarDate.iso(y, 12, 31) : nil) }
        let rest = c.string((r.lowerBound + 5)..<r.upperBound)
        if rest.hasSuffix("月"), let m = Int(rest.dropLast()), (1...12).contains(m), CalendarDate.plausibleYears.contains(y) {
            return (r, CalendarDate.iso(y, m, CalendarDate.lastDay(y, m)))
        }
        return nil
    }
}
