/// 诊断代码: every code the semantic rules emit, with its severity and what it means. Codes are
/// stable: a code is never renamed or reused, so other systems may filter on it.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    case outlineGap = "outline.gap"
    case outlineRepeat = "outline.repeat"
    case outlineOrder = "outline.order"
    case taskNoUnit = "task.no-unit"
    case deadlineBeforeNotice = "deadline.before-notice"
    case dateImpossible = "date.impossible"
    case dateImpossibleYear = "date.impossible-year"
    case dateFormat = "date.format"
    case dateGarbled = "date.garbled"
    case docNumberFormat = "docnumber.format"
    case unitGarbled = "unit.garbled"
    case unitVariant = "unit.variant"
    case bracketUnclosed = "bracket.unclosed"
    case outlineEmptyItem = "outline.empty-item"
    case inputDamaged = "input.damaged"
    case inputControlCharacters = "input.control-characters"
    case noticeNotRecognised = "notice.not-recognised"

    /// How serious it is: `error` for what cannot be right, `warning` for what a clerk should check.
    public var severity: Diagnostic.Severity {
        switch self {
        case .dateImpossible: return .error
        default: return .warning
        }
    }

    /// What the code means, in one line (for documentation and `--help` texts).
    public var summary: String {
        switch self {
        case .outlineGap: return "层次序号跳号：同级编号缺了一个或几个"
        case .outlineRepeat: return "层次序号重号：同级编号重复"
        case .outlineOrder: return "层次序号顺序颠倒"
        case .taskNoUnit: return "任务未写明责任单位，而同一文件的多数任务都写明了"
        case .deadlineBeforeNotice: return "完成时限早于本文的成文日期（或印发日期）"
        case .dateImpossible: return "日期不存在（如2月30日、13月）"
        case .dateImpossibleYear: return "年份不可能（如0403年），疑为转换时数字错乱，未记录日期"
        case .dateFormat: return "成文日期或印发日期的写法不符合GB/T 9704-2012"
        case .dateGarbled: return "署名下的成文日期残缺（如“2022121日”缺少年、月，“202年6月9日”年份少一位），未记录成文日期"
        case .docNumberFormat: return "发文字号的写法不符合GB/T 9704-2012"
        case .unitGarbled: return "单位名称中有一段文字紧接着重复，疑为转换错误"
        case .unitVariant: return "同一单位在本文中有繁简两种写法"
        case .bracketUnclosed: return "书名号《或括号（没有闭合"
        case .outlineEmptyItem: return "编号后面没有文字（如单独一行的“三、”）"
        case .inputDamaged: return "文件有损坏的字节（或被截断），该处按替换字符U+FFFD读入"
        case .inputControlCharacters: return "文本中有不属于文字的控制字符（如NUL），已忽略"
        case .noticeNotRecognised: return "文本看起来不是公文：没有标题、版头要素或编号条目"
        }
    }

    /// A diagnostic with this code and its severity.
    func make(_ message: String, span: SourceSpan?, labels: [Diagnostic.Label] = [], notes: [String] = []) -> Diagnostic {
        Diagnostic(severity, rawValue, message, span: span, labels: labels, notes: notes)
    }
}
