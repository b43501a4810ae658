/// 表格行: a task table's rows, read from the cells after the heading: where each row starts, what
/// its cells hold by column or by what they look like, group rows, merged cells.
extension TableReader {
    /// The rows from row 1 on: a row starts at the next number (or at 1 again after a group row)
    /// and holds every cell up to the next.
    static func rows(_ c: ParseContext, _ ps: [Int], _ cols: [Column], _ form: SerialForm) -> [TableRow] {
        var rows: [TableRow] = []
        var current: (Int, Int, [Int])?
        // After a group row the numbers may start again at 1.
        var afterGroup = false
        // The row above within the same group, whose unit cells a merged cell extends downward.
        var above: TableRow?
        func close() {
            guard let (n, serialPara, cells) = current else { return }
            var row = assign(c, n, serialPara, cells, Array(cols.dropFirst()))
            // A row short of cells with no unit cell at all: the unit column's cell is merged with
            // the one above (a table exported with rowspans), so the units above hold here too.
            if row.units.isEmpty, cells.count < cols.count - 1, !cells.contains(where: { isEmptyCell(c, $0) }), let above, !above.units.isEmpty {
                row.units = above.units
            }
            above = row
            rows.append(row)
        }
        var k = 0
        while k < ps.count {
            let i = ps[k]
            if let n = serial(c, i, form)?.value, n == (current?.0 ?? 0) + 1 || (afterGroup && n == 1) {
                close()
                // A merged cell does not reach across a group row.
                if afterGroup { above = nil }
                // A marker with the task's name after it is the serial cell and the name cell.
                current = (n, i, c.paragraphs[i].length > (c.paragraphs[i].marker?.length ?? c.paragraphs[i].length) ? [i] : [])
                afterGroup = false
            } else if let row = current {
                // The heading repeated at the top of a page (`序号` `工作任务` … `牵头单位`) is no cell.
                if let h = repeatedHeading(c, ps, at: k) { k += h; continue }
                // A group row spanning the table stands alone before the next row's number.
                if !row.2.isEmpty, let group = groupRow(c, ps, at: k, form), group.next == row.0 + 1 || group.next == 1,
                   row.2.contains(where: { !isUnitCell(c, $0) && !isTimeCell(c, $0) }) {
                    afterGroup = true
                    k += group.length
                    continue
                }
                current!.2.append(i)
            }
            k += 1
        }
        close()
        return rows
    }

    /// Assigns a row's cells to columns: by position when the row is complete, else by what the
    /// cells look like (a merged 任务名称 cell is missing, a unit cell is split or extra).
    static func assign(_ c: ParseContext, _ n: Int, _ serialPara: Int, _ cells: [Int], _ cols: [Column]) -> TableRow {
        var row = TableRow(number: n, serial: serialPara)
        row.all = [serialPara] + cells
        if cells.count == cols.count, fits(c, cells, cols) {
            for (cell, col) in zip(cells, cols) {
                switch col {
                case .name, .content: row.text.append(cell)
                case .units(let role): if !isEmptyCell(c, cell) { row.units.append((role, cell)) }
                case .time: row.time = cell
                case .serial, .other: break
                }
            }
            // No column gongwen reads as the work (`序号 | 2022年预期目标 | 责任单位`): the first other
            // column's cell is the row's text.
            if row.text.isEmpty, let k = cols.firstIndex(where: \.isOther), !isEmptyCell(c, cells[k]) { row.text.append(cells[k]) }
            row.heading = row.text.last
            return row
        }
        var rest = cells
        // Trailing columns gongwen does not read (`备注`) hold the row's last cells.
        for col in cols.reversed() { guard col.isOther, !rest.isEmpty else { break }; rest.removeLast() }
        let roles: [Role] = cols.compactMap { if case .units(let r) = $0 { return r } else { return nil } }
        let hasTime = cols.contains(where: \.isTime)
        if hasTime, let last = rest.last, isTimeCell(c, last) { row.time = last; rest.removeLast() }
        // The time column before the unit columns (`工作措施 | 完成时限 | 牵头部门`): its cell ends the
        // row's first line of text, in each sub-row.
        let timeBeforeUnits = cols.firstIndex(where: \.isTime).map { cols[$0...].contains(where: \.isUnits) } ?? false
        if timeBeforeUnits {
            let times = rest.indices.filter { $0 + 1 < rest.count && isTimeCell(c, rest[$0]) && isUnitCell(c, rest[$0 + 1]) }
            if let first = times.first { row.time = rest[first] }
            for k in times.reversed() { rest.remove(at: k) }
        }
        guard !roles.isEmpty else { row.text = rest; return row }
        // Runs of unit cells (and `—` for an empty one) after text: one run per row, or one per
        // sub-row when a merged name cell covers several (`…内容` `X局` `——` `…内容` `Y局` `—`).
        var run: [Int] = []
        func flush() {
            defer { run = [] }
            guard !run.isEmpty else { return }
            if run.count == roles.count || run.count == 1 {
                for (k, cell) in run.enumerated() where !isEmptyCell(c, cell) { row.units.append((roles[k], cell)) }
            } else if run.count < roles.count {
                // Fewer cells than unit columns: the first spans the columns that are missing (merged
                // 牵头部门 and 主责单位 cells), the others take the last columns in order.
                let span = roles.count - run.count + 1
                for (k, cell) in run.enumerated() where !isEmptyCell(c, cell) {
                    for role in k == 0 ? Array(roles.prefix(span)) : [roles[span + k - 1]] { row.units.append((role, cell)) }
                }
            } else {
                // An extra unit cell: all but the last hold the first role (a merged lead cell split in two).
                for cell in run.dropLast() where !isEmptyCell(c, cell) { row.units.append((roles[0], cell)) }
                if !isEmptyCell(c, run.last!) { row.units.append((roles.last!, run.last!)) }
            }
        }
        var firstLine: Int?
        for (k, cell) in rest.enumerated() {
            if k > 0, isUnitCell(c, cell) || (isEmptyCell(c, cell) && !run.isEmpty) {
                if firstLine == nil { firstLine = row.text.count }
                run.append(cell)
            } else {
                flush()
                row.text.append(cell)
            }
        }
        flush()
        // When the row's first line has a cell for every column before the units, a column gongwen
        // does not read (`主要工作内容` beside `工作任务`) gives no text.
        let leading = cols.prefix { !$0.isUnits }.filter { !($0.isTime && timeBeforeUnits) }
        let count = firstLine ?? row.text.count
        if count == leading.count {
            let skip = Set(leading.indices.filter { leading[$0].isOther }.map { row.text[$0] })
            row.text.removeAll { skip.contains($0) }
            row.heading = row.text.prefix(count - skip.count).last
        } else {
            row.heading = row.text.prefix(count).last
        }
        return row
    }

    /// Whether every cell looks like its column: units in unit columns, a time in the time column,
    /// and no bare list of units standing in a text column.
    static func fits(_ c: ParseContext, _ cells: [Int], _ cols: [Column]) -> Bool {
        zip(cells, cols).allSatisfy { cell, col in
            switch col {
            case .units: return isUnitCell(c, cell) || isEmptyCell(c, cell)
            case .time: return isTimeCell(c, cell)
            case .name, .content: return !isUnitCell(c, cell)
            case .serial, .other: return true
            }
        }
    }
}
