/// 发文字号: a document number such as `乡政办发〔2023〕46号`: agency code, year and serial.
public struct DocNumber: Codable, Hashable, Sendable {
    /// The number as written (normalized).
    public var text: String
    /// 机关代字, e.g. `乡政办发`.
    public var agency: String
    /// 年份, e.g. 2023.
    public var year: Int
    /// 发文顺序号, e.g. 46.
    public var serial: Int
    public var span: SourceSpan
}
