/// 评测字段: the fields `gongwen eval` scores, as score.py names them.
public enum EvalField: String, CaseIterable, Codable, Sendable {
    case documents, tasks, headings, lead, support, responsible
    case unitsAnyRole = "units-any-role"
    case deadlines, starts, recurring, citations
    case citationRefs = "citation-refs"
    case header

    /// The fields whose F1 makes the overall figure (score.py's `key`).
    public static let key: [EvalField] = [.tasks, .headings, .unitsAnyRole, .lead, .support, .responsible, .deadlines, .citations, .header]
}

/// 评测得分: one tally per field, for one notice or summed over a corpus.
public struct EvalScores: Hashable, Sendable {
    public var tallies: [EvalField: EvalTally] = [:]

    public init() {}

    public subscript(field: EvalField) -> EvalTally {
        get { tallies[field] ?? EvalTally() }
        set { tallies[field] = newValue }
    }

    public mutating func merge(_ other: EvalScores) {
        for field in EvalField.allCases { self[field].merge(other[field]) }
    }

    /// score.py's overall F1: the mean of the key fields' F1, each rounded to 4 places, over the key
    /// fields that had anything to find or found anything (all of them when none did).
    public var overallF1: Double {
        let live = EvalField.key.filter { self[$0].isLive }
        let fields = live.isEmpty ? EvalField.key : live
        var sum = 0.0
        for field in fields { sum += pythonRound(self[field].f1, 4) }
        return sum / Double(fields.count)
    }
}
