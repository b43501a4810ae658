/// 回归报告: the text `gongwen corpus` prints: one line per notice, its differences below it, a summary.
/// Nothing in it depends on timing or on the number of jobs, so two runs can be compared byte for byte.
public enum CorpusReport {
    /// At most this many differences are listed per notice; the rest are counted.
    public static let shownDifferences = 40

    /// The line of one notice and, for a changed one, one indented line per difference.
    public static func lines(_ v: NoticeVerdict) -> String {
        let status = v.status.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)
        var note: [String] = []
        switch v.status {
        case .ok: if let d = v.detail { note.append("\(d), as expected") }
        case .changed: note.append(v.differences.count == 1 ? "1 difference" : "\(v.differences.count) differences")
        case .new where !v.unrecorded.isEmpty: note.append("no " + v.unrecorded.map { "\(v.file.name).\($0)" }.joined(separator: ", ") + " in the baseline")
        case .new: note.append(v.detail.map { "no baseline; \($0)" } ?? "no baseline")
        case .error: note.append(v.detail ?? "failed")
        }
        if v.updated { note.append(v.status == .new ? "recorded" : "baseline updated") }
        var out = OneLine.text("\(status) \(v.file.fileName)" + (note.isEmpty ? "" : "  (\(note.joined(separator: "; ")))")) + "\n"
        for d in v.differences.prefix(shownDifferences) { out += "    " + describe(d) + "\n" }
        if v.differences.count > shownDifferences { out += "    … and \(v.differences.count - shownDifferences) more\n" }
        for e in v.writeErrors { out += "    cannot write: \(OneLine.text(e))\n" }
        return out
    }

    /// One difference: `json /documents/0/title: expected "…", actual "…"`.
    public static func describe(_ d: Difference) -> String {
        let at = d.location.isEmpty ? "(whole file)" : d.location
        return "\(d.artifact) \(at): expected \(d.expected ?? "(absent)"), actual \(d.actual ?? "(absent)")"
    }

    /// The closing lines: counts, what `--update` did, how to record a baseline.
    public static func summary(_ s: CorpusSummary) -> String {
        let counts = NoticeVerdict.Status.allCases.map { "\(s.count($0)) \($0.rawValue)" }.joined(separator: ", ")
        var out = "\(s.verdicts.count) notices: \(counts)\n"
        if s.update {
            let written = s.verdicts.filter(\.updated).count
            out += "baseline: \(written) notice\(written == 1 ? "" : "s") recorded, \(s.removedStale.count) stale file\(s.removedStale.count == 1 ? "" : "s") removed\n"
            for path in s.removedStale { out += "    removed \(OneLine.text(fileName(path)))\n" }
        } else {
            for path in s.stale { out += "stale    \(OneLine.text(fileName(path)))  (its notice is no longer in the corpus)\n" }
        }
        if !s.update && s.count(.changed) + s.count(.new) + s.stale.count > 0 {
            out += "to accept these results as the new baseline, run again with --update\n"
        }
        for p in s.problems { out += "cannot write: \(p)\n" }
        return out
    }

    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }
}
