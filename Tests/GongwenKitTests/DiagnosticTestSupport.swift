import XCTest
@testable import GongwenKit

/// Helpers for the rule tests: run a text through the pipeline and pick diagnostics by code.
enum DiagnosticTestSupport {
    /// A covering notice dated `date`, numbered `docNumber`, issuing a plan with `body` under `一、重点任务`.
    static func notice(date: String = "2023年7月25日", docNumber: String = "某政办发〔2023〕12号", body: String) -> String {
        """
        某某县人民政府办公室文件
        \(docNumber)
        某某县人民政府办公室关于印发某某县2023年重点工作实施方案的通知
        各乡镇人民政府，县直有关部门：
        现将《某某县2023年重点工作实施方案》印发给你们，请认真贯彻落实。
        某某县人民政府办公室
        \(date)
        某某县2023年重点工作实施方案
        一、重点任务
        \(body)
        """
    }

    /// The diagnostics with `code` that the pipeline reports for `text`, and the source.
    static func found(_ code: DiagnosticCode, _ text: String) -> ([Diagnostic], SourceText) {
        let source = SourceText(name: "test.txt", text: text)
        return (Pipeline.process(source).diagnostics.filter { $0.code == code.rawValue }, source)
    }

    static func diagnostics(_ code: DiagnosticCode, _ text: String) -> [Diagnostic] { found(code, text).0 }

    /// The source text under a span.
    static func text(_ span: SourceSpan?, _ source: SourceText) -> String { span.map { source.text($0.span) } ?? "" }
}
