import Foundation

/// 单篇比对: compares one notice's outcome with its baseline, artifact by artifact.
public enum CorpusCheck {
    public static func verdict(_ file: NoticeFile, _ outcome: ExtractionOutcome, expected: [String: Data],
                               formats: [CorpusFormat], seconds: Double = 0) -> NoticeVerdict {
        if case .failed(let why) = outcome { return NoticeVerdict(file: file, status: .error, detail: why, seconds: seconds) }
        var refusal: String?
        if case .refused(let e) = outcome { refusal = "refused: \(e.code)" }
        if expected.isEmpty { return NoticeVerdict(file: file, status: .new, detail: refusal, seconds: seconds) }
        let actual = outcome.artifacts(formats)
        var differences: [Difference] = [], unrecorded: [String] = []
        for artifact in Set(expected.keys).union(actual.keys).sorted() {
            switch (expected[artifact], actual[artifact]) {
            case let (e?, a?):
                differences += comparator(artifact, formats)(e, a)
            case (_?, nil):
                differences.append(Difference(artifact: artifact, location: "", expected: "(the file \(file.name).\(artifact))",
                                              actual: "(none: \(describe(outcome)))"))
            case (nil, _?):
                unrecorded.append(artifact)
                differences.append(Difference(artifact: artifact, location: "", expected: "(no file \(file.name).\(artifact))",
                                              actual: "(a \(artifact) result)"))
            case (nil, nil): break
            }
        }
        // A format without a baseline beside others that match (a format newly given one) is new, not changed.
        if !unrecorded.isEmpty && differences.count == unrecorded.count {
            var v = NoticeVerdict(file: file, status: .new, detail: refusal, seconds: seconds)
            v.unrecorded = unrecorded
            return v
        }
        return NoticeVerdict(file: file, status: differences.isEmpty ? .ok : .changed, differences: differences,
                             detail: refusal, seconds: seconds)
    }

    /// The comparison for an artifact: its format's, or JSON's for `error.json`.
    static func comparator(_ artifact: String, _ formats: [CorpusFormat]) -> @Sendable (Data, Data) -> [Difference] {
        if let compare = formats.first(where: { $0.fileExtension == artifact })?.compare { return compare }
        return { JSONComparison.compare($0, $1, artifact: artifact) }
    }

    static func describe(_ outcome: ExtractionOutcome) -> String {
        switch outcome {
        case .extracted: return "the notice now extracts"
        case .refused(let e): return "the notice is now refused: \(e.code)"
        case .failed(let why): return why
        }
    }
}
