import Foundation

/// 台账 CSV: the task ledger as CSV that Excel and WPS open directly: UTF-8 with a byte-order
/// mark, CRLF line ends, fields quoted per RFC 4180.
public enum CSVEmitter {
    /// The columns of the ledger, one row per task.
    public static let taskColumns = ["文件", "编号", "任务", "牵头单位", "配合单位", "责任单位", "完成时限", "起始", "周期", "原文行号"]

    /// The columns of the ledger by unit, one row per unit, role and task.
    public static let unitColumns = ["单位", "角色", "文件", "编号", "任务", "完成时限"]

    /// One row per task.
    public static func tasks(_ notice: Notice) -> Data {
        let rows = Ledger.tasks(notice).map { r -> [String] in
            let t = r.task
            return [r.document.title.text, Ledger.number(t), t.heading.text,
                    Ledger.names(t.units.lead), Ledger.names(t.units.support), Ledger.names(t.units.responsible),
                    Ledger.times(t.deadlines), Ledger.times(t.starts), Ledger.recurring(t.recurring), String(t.span.line)]
        }
        return table(taskColumns, rows)
    }

    /// One row per unit, role and task, sorted by unit.
    public static func byUnit(_ notice: Notice) -> Data {
        let rows = Ledger.byUnit(notice).map { u -> [String] in
            let t = u.row.task
            return [u.unit, u.role.label, u.row.document.title.text, Ledger.number(t), t.heading.text, Ledger.times(t.deadlines)]
        }
        return table(unitColumns, rows)
    }

    /// A header row and the rows, as the bytes of a CSV file (BOM, CRLF after every record).
    public static func table(_ header: [String], _ rows: [[String]]) -> Data {
        var out = "\u{FEFF}"
        record(header, into: &out)
        for r in rows { record(r, into: &out) }
        return Data(out.utf8)
    }

    /// One record: fields quoted where RFC 4180 requires it, joined by commas, ended by CRLF.
    static func record(_ fields: [String], into out: inout String) {
        for (i, f) in fields.enumerated() {
            if i > 0 { out += "," }
            out += field(f)
        }
        out += "\r\n"
    }

    /// What a spreadsheet reads as the start of a formula (`=HYPERLINK(…)`, `+1`, `-1`, `@SUM(…)`).
    static let formulaStarts: ScalarSet = ["=", "+", "-", "@", "\t", "\r"]

    /// A field as written: in double quotes, inner quotes doubled, when it holds `"`, `,`, CR or LF;
    /// after an apostrophe when it starts like a formula, so Excel and WPS show it as text rather
    /// than evaluate text taken from a notice.
    public static func field(_ value: String) -> String {
        let text = value.unicodeScalars.first.map(formulaStarts.contains) == true ? "'" + value : value
        let needsQuotes = text.unicodeScalars.contains { $0 == "\"" || $0 == "," || $0 == "\r" || $0 == "\n" }
        guard needsQuotes else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
