/// 回归结果: every verdict of a corpus run, what `--update` removed, and the exit code it earns.
public struct CorpusSummary: Sendable {
    public let verdicts: [NoticeVerdict]
    public let update: Bool
    /// Baseline files whose notice is gone from the corpus (found without `--update`, which removes them).
    public let stale: [String]
    /// Stale baseline files removed by `--update`.
    public let removedStale: [String]
    /// Files that could not be written or removed, outside any one notice.
    public let problems: [String]
    public let seconds: Double

    public func count(_ status: NoticeVerdict.Status) -> Int { verdicts.filter { $0.status == status }.count }

    /// Every file that could not be written, for any notice or for the run.
    public var writeErrors: [String] { verdicts.flatMap(\.writeErrors) + problems }

    /// 0 when every notice matches its baseline and no baseline is stale (with `--update`: when every
    /// baseline was recorded); 1 when a notice changed, is new or failed, or a baseline is stale;
    /// 73 when a file could not be written.
    public var exitCode: Int32 {
        if !writeErrors.isEmpty { return ExitCode.cannotWrite }
        if count(.error) > 0 { return ExitCode.checkFailed }
        if update { return ExitCode.ok }
        return count(.ok) == verdicts.count && stale.isEmpty ? ExitCode.ok : ExitCode.checkFailed
    }
}

/// Why a corpus could not be run at all.
public enum CorpusError: Error, Equatable, CustomStringConvertible {
    case noFolder(String)
    case noNotices(String)
    case cannotWrite(String, String)
    case unreadable(FolderUnreadable)

    public var description: String {
        switch self {
        case .noFolder(let p): return "\(p): no such folder"
        case .noNotices(let p): return "\(p): no notices (*.txt) in this folder"
        case .cannotWrite(let p, let why): return "\(p): cannot write: \(why)"
        case .unreadable(let u): return u.description
        }
    }

    public var exitCode: Int32 {
        switch self {
        case .noFolder, .noNotices, .unreadable: return ExitCode.cannotOpen
        case .cannotWrite: return ExitCode.cannotWrite
        }
    }
}
