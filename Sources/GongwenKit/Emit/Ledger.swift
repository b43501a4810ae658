/// 任务分解台账: the task ledger a clerk keeps, read off a notice: one row per task, or one row per
/// unit, role and task. Shared by the CSV and HTML views so both show the same cells.
public enum Ledger {
    /// 角色: a unit's role in a task, in the order the ledger lists them.
    public enum Role: Int, CaseIterable, Sendable, Comparable {
        case lead, support, responsible

        /// The column and cell words: 牵头, 配合, 责任.
        public var label: String {
            switch self {
            case .lead: return "牵头"
            case .support: return "配合"
            case .responsible: return "责任"
            }
        }

        /// The key used in the JSON (`lead`, `support`, `responsible`).
        public var key: String {
            switch self {
            case .lead: return "lead"
            case .support: return "support"
            case .responsible: return "responsible"
            }
        }

        public func units(_ u: Units) -> [Named] {
            switch self {
            case .lead: return u.lead
            case .support: return u.support
            case .responsible: return u.responsible
            }
        }

        public static func < (a: Role, b: Role) -> Bool { a.rawValue < b.rawValue }
    }

    /// One task with the document it belongs to.
    public struct TaskRow: Sendable {
        public var document: Document
        public var task: Task
    }

    /// One unit holding one task in one role.
    public struct UnitRow: Sendable {
        public var unit: String
        public var role: Role
        public var row: TaskRow
    }

    /// Every task of every document, in document order.
    public static func tasks(_ notice: Notice) -> [TaskRow] {
        notice.documents.flatMap { d in d.tasks.map { TaskRow(document: d, task: $0) } }
    }

    /// One row per unit, role and task, sorted by unit name (code point order, so one unit's
    /// rows stay together), then role (牵头, 配合, 责任), then the task's place in the notice.
    public static func byUnit(_ notice: Notice) -> [UnitRow] {
        var rows: [(UnitRow, Int)] = []
        for (order, r) in tasks(notice).enumerated() {
            for role in Role.allCases {
                for u in role.units(r.task.units) { rows.append((UnitRow(unit: u.name, role: role, row: r), order)) }
            }
        }
        rows.sort { a, b in
            if a.0.unit != b.0.unit { return a.0.unit.unicodeScalars.lexicographicallyPrecedes(b.0.unit.unicodeScalars) }
            if a.0.role != b.0.role { return a.0.role < b.0.role }
            return a.1 < b.1
        }
        return rows.map(\.0)
    }

    /// 编号: the outline path, e.g. `三、/（一）/1、`.
    public static func number(_ t: Task) -> String { t.path.joined(separator: "/") }

    /// Unit names of one role, joined by `、` as a clerk writes them.
    public static func names(_ units: [Named]) -> String { units.map(\.name).joined(separator: "、") }

    /// A deadline or start as `2023-09-30（2023年9月底前）`, or the words alone when they give no date.
    public static func time(_ t: TimePoint) -> String {
        guard let date = t.date else { return t.text }
        return "\(date)（\(t.text)）"
    }

    /// Several deadlines or starts, joined by `；`.
    public static func times(_ list: [TimePoint]) -> String { list.map(time).joined(separator: "；") }

    /// 周期: the recurring schedules as written, joined by `；`.
    public static func recurring(_ list: [Recurrence]) -> String { list.map(\.text).joined(separator: "；") }
}
