/// 责任单位缺失: a task that names no unit, in a document where most tasks do. A plan that assigns
/// no units at all (responsibilities set out in prose, or not at all) is not flagged: there a
/// missing unit is the plan's style, not a slip; nor is a task set to everyone (`各级各部门…`).
enum TaskWithoutUnitRule: SemanticRule {
    static let codes: [DiagnosticCode] = [.taskNoUnit]
    /// A document counts as assigning units when at least this share of its tasks name one.
    static let minShare = (numerator: 2, denominator: 3)
    /// …and at least this many.
    static let minWithUnits = 3

    static func check(_ notice: Notice, _ c: ParseContext) -> [Diagnostic] {
        var out: [Diagnostic] = []
        for doc in notice.documents {
            let total = doc.tasks.count
            let withUnits = doc.tasks.filter { !$0.units.isEmpty }.count
            guard withUnits >= minWithUnits, withUnits < total,
                  withUnits * minShare.denominator >= total * minShare.numerator else { continue }
            for t in doc.tasks where t.units.isEmpty && !addressesEveryone(t) {
                out.append(DiagnosticCode.taskNoUnit.make(
                    "任务“\(t.marker)\(short(t.heading.text))”没有写明责任单位，而《\(short(doc.title.text))》的\(total)项任务中有\(withUnits)项写明了",
                    span: t.heading.span,
                    notes: ["如果分工写在正文里或由上一级条目统一写明，请在单位索引中补上"]))
            }
        }
        return out
    }

    /// Whether the task's text sets it to a collective (`各乡镇、各部门要…`).
    static func addressesEveryone(_ t: Task) -> Bool {
        let s = Array(t.text.unicodeScalars)
        return ValidationWords.collectiveAddressees.anyOccurs(in: s, 0..<s.count)
    }

    static func short(_ text: String) -> String { text.count > 20 ? String(text.prefix(20)) + "…" : text }
}
