/// 比对结论: what `gongwen corpus` found for one notice.
public struct NoticeVerdict: Sendable {
    /// ok: same as the baseline; changed: differs; new: no baseline yet (or none for one of its formats, the
    /// others matching); error: the extraction failed.
    public enum Status: String, Sendable, CaseIterable {
        case ok, changed, new, error
    }

    public let file: NoticeFile
    public let status: Status
    /// Every difference from the baseline (changed only).
    public let differences: [Difference]
    /// Why the extraction failed (error), or the refusal code when the notice was refused as expected.
    public let detail: String?
    /// Wall-clock seconds the extraction took (for the JUnit report; never printed on standard output).
    public let seconds: Double
    /// The artifacts (`xml`, …) of a new notice that have no baseline file while its others match theirs.
    public var unrecorded: [String] = []
    /// Whether `--update` rewrote this notice's baseline.
    public var updated = false
    /// Files this notice's run could not write (`--out`, `--update`).
    public var writeErrors: [String] = []

    public init(file: NoticeFile, status: Status, differences: [Difference] = [], detail: String? = nil, seconds: Double = 0) {
        self.file = file
        self.status = status
        self.differences = differences
        self.detail = detail
        self.seconds = seconds
    }
}
