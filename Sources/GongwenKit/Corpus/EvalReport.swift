import Foundation

/// 评测报告: the figures of `gongwen eval` as a table and as JSON. The JSON holds score.py's keys
/// (`overall_f1`, `fields`, `documents`, `broken`, rounded as score.py rounds them) and adds the
/// matching mode and each notice's full tallies.
public enum EvalReport {
    public static func table(_ r: EvalResult, verbose: Bool = false) -> String {
        var out = "matching: \(r.strict ? "strict (text as written)" : "normalized (white space and punctuation forms ignored)")\n"
        out += "field".padding(toLength: 16, withPad: " ", startingAt: 0) + "      P      R     F1    tp    fp    fn\n"
        let totals = r.totals
        for f in EvalField.allCases {
            let t = totals[f]
            out += f.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)
                + String(format: " %6.3f %6.3f %6.3f %5d %5d %5d\n", t.precision, t.recall, t.f1, t.tp, t.fp, t.fn)
        }
        out += "\nper notice (F1)\n" + noticeTable(r)
        for line in r.broken { out += "BROKEN \(OneLine.text(line))\n" }
        for line in r.badGold { out += "BAD GOLD \(OneLine.text(line))\n" }
        if verbose {
            for n in r.notices where !n.mismatches.isEmpty {
                out += "--- \(OneLine.text(n.name)): \(n.mismatches.count) mismatches\n"
                for m in n.mismatches { out += "    \(m)\n" }
            }
        }
        out += "notices scored: \(r.notices.count), broken: \(r.broken.count)\n"
        out += String(format: "overall F1 %.3f\n", totals.overallF1)
        return out
    }

    /// One row per notice: its overall F1 and each key field's.
    static func noticeTable(_ r: EvalResult) -> String {
        let short: [EvalField: String] = [.tasks: "task", .headings: "head", .unitsAnyRole: "unit", .lead: "lead", .support: "supp",
                                          .responsible: "resp", .deadlines: "dead", .citations: "cite", .header: "hdr"]
        let names = r.notices.map { OneLine.text($0.name) }
        let width = min(48, max(6, names.map(\.count).max() ?? 6))
        var out = "notice".padding(toLength: width, withPad: " ", startingAt: 0) + "   all"
        for f in EvalField.key { out += "  " + short[f]!.padding(toLength: 5, withPad: " ", startingAt: 0) }
        out += "\n"
        for (n, name) in zip(r.notices, names) {
            out += String(name.prefix(width)).padding(toLength: width, withPad: " ", startingAt: 0) + String(format: " %5.3f", n.scores.overallF1)
            for f in EvalField.key { out += n.scores[f].isLive ? String(format: "  %5.3f", n.scores[f].f1) : "      -" }
            out += "\n"
        }
        return out
    }

    /// Precision, recall, F1 (rounded to 4 places, as score.py) and the counts.
    struct Figures: Codable {
        let p: Double, r: Double, f1: Double, tp: Int, fp: Int, fn: Int
        init(_ t: EvalTally) {
            (p, r, f1) = (pythonRound(t.precision, 4), pythonRound(t.recall, 4), pythonRound(t.f1, 4))
            (tp, fp, fn) = (t.tp, t.fp, t.fn)
        }
    }

    /// One notice's figures in the JSON.
    struct NoticeFigures: Codable {
        let overall_f1: Double
        let fields: [String: Figures]
        let broken: String?
    }

    /// The whole JSON document: score.py's keys first, then ours.
    struct Document: Codable {
        let overall_f1: Double
        let fields: [String: Figures]
        let documents: [String: [String: Double]]
        let broken: [String]
        let matching: String
        let notices: [String: NoticeFigures]
        let bad_gold: [String]
    }

    public static func json(_ r: EvalResult) throws -> Data {
        func figures(_ s: EvalScores) -> [String: Figures] { Dictionary(uniqueKeysWithValues: EvalField.allCases.map { ($0.rawValue, Figures(s[$0])) }) }
        let doc = Document(
            overall_f1: r.totals.overallF1, fields: figures(r.totals),
            documents: Dictionary(uniqueKeysWithValues: r.notices.map { n in
                (n.name, Dictionary(uniqueKeysWithValues: EvalField.allCases.map { ($0.rawValue, pythonRound(n.scores[$0].f1, 3)) }))
            }),
            broken: r.broken, matching: r.strict ? "strict" : "normalized",
            notices: Dictionary(uniqueKeysWithValues: r.notices.map { ($0.name, NoticeFigures(overall_f1: $0.scores.overallF1, fields: figures($0.scores), broken: $0.broken)) }),
            bad_gold: r.badGold)
        return try JSONEmitter.encode(doc)
    }
}
