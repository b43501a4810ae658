/// 公文: everything gongwen reads off one notice; the root of the JSON and XML output.
public struct Notice: Codable, Hashable, Sendable {
    /// The version of the output contract (see `gongwen schema`).
    public static let currentSchemaVersion = "1.0"

    public var schemaVersion: String
    public var source: SourceInfo
    public var header: Header
    public var documents: [Document]
    public var citations: [Citation]
    public var units: [UnitEntry]
    public var diagnostics: [Diagnostic]
}

/// 来源: the input file.
public struct SourceInfo: Codable, Hashable, Sendable {
    public var name: String
    public var sha256: String
    public var encoding: String
    /// Unicode scalars in the decoded text; spans index into it.
    public var characters: Int
    /// Lines marked as website or converter noise, outside the document.
    public var excluded: [SourceSpan]
}
