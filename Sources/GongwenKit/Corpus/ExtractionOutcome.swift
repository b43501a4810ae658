import Foundation

/// 提取结果: what extracting one notice gave: its renderings, the refusal it earned, or a failure.
public enum ExtractionOutcome: Hashable, Sendable {
    /// The notice was read; its rendering in each format, by the format's file extension.
    case extracted([String: Data])
    /// The input was refused (empty, binary, …): the expected kind of result for such files.
    case refused(ExpectedError)
    /// Something went wrong that is never right: a time-out, a crash, an output that could not be made.
    case failed(String)

    /// The files this outcome is compared as, by artifact name (`json`, `error.json`); empty for a failure.
    public func artifacts(_ formats: [CorpusFormat]) -> [String: Data] {
        switch self {
        case .extracted(let byFormat):
            var out: [String: Data] = [:]
            for format in formats where format.hasBaseline { out[format.fileExtension] = byFormat[format.fileExtension] }
            return out
        case .refused(let error):
            return (try? error.encoded()).map { [ExpectedError.artifact: $0] } ?? [:]
        case .failed:
            return [:]
        }
    }
}
