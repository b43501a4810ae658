import XCTest
@testable import GongwenKit

/// The semantic diagnostics on the real notices of ../shared/corpus: the example notice's findings
/// with their spans, and, for every notice, exactly the findings a reviewer read and judged
/// actionable. A new finding fails here until someone has read it and either tuned a rule or
/// added it to `reviewed`.
final class CorpusDiagnosticsTests: XCTestCase {
    /// Semantic findings per notice, each read in context and judged worth a clerk's time.
    static let reviewed: [String: [String: Int]] = [
        "02_anhui-gongye-hulianwang-2021.txt": ["unit.variant": 1],   // 地方金融监管局 among 省… units
        "03_anhui-rcep-shishi-yijian-2022.txt": [:],
        "07_huangpu-kezaisheng-nengyuan-xingdong-fangan-2025.txt": [:],
        "10_shandong-fuwuye-shuzihua-zhuanxing-2021.txt": ["date.impossible-year": 20],   // the source scrambled its digits: 0403年
        "16_guobanfa-yibao-jijin-changtaihua-jianguan-2023.txt": [:],
        "21_baoshan-shenghuo-laji-fenlei-shishi-fangan-2019.txt": ["deadline.before-notice": 6],   // Q1 2019 milestones in a May 2019 plan
        "xiangning-2023-46.txt": ["unit.garbled": 1, "unit.variant": 1],
    ]

    func corpus() throws -> URL {
        guard let dir = TestSupport.sharedCorpus else { throw XCTSkip("../shared/corpus is absent") }
        return dir
    }

    func testExampleNoticeGarbledAndVariantUnits() throws {
        let source = try Decoder.read(path: try corpus().appendingPathComponent("xiangning-2023-46.txt").path)
        let d = Pipeline.process(source).diagnostics
        func text(_ s: SourceSpan?) -> String { s.map { source.text($0.span).filter { !$0.isWhitespace } } ?? "" }

        let garbled = d.filter { $0.code == "unit.garbled" }
        XCTAssertEqual(garbled.count, 1)
        XCTAssertEqual(text(garbled.first?.span), "县农业农村农村局")
        XCTAssertEqual(garbled.first?.labels.map { text($0.span) }, ["县农业农村局"])

        let variant = d.filter { $0.code == "unit.variant" }
        XCTAssertEqual(variant.count, 1)
        XCTAssertEqual(text(variant.first?.span), "市生态环境局乡宁分局")
        XCTAssertEqual(variant.first?.labels.map(\.message), ["较短的写法", "较完整的写法"])
        XCTAssertEqual(variant.first?.labels.map { text($0.span) }, ["市生态环境局乡宁分局", "临汾市生态环境局乡宁分局"])
    }

    /// Findings on the project's own Corpus/ notices; a notice not listed has none.
    static let reviewedOwn: [String: [String: Int]] = [
        "29_county-plan-paren-circled-subitems.txt": ["task.no-unit": 1],   // （三）总结提升 names no unit while 9 of 12 tasks do
        "30_pdf-city-plan-parts-chinese-date.txt": ["date.format": 1],      // 二〇二五年三月十日 against GB/T 9704 7.3.5.3
        "35_two-organ-mark-joint-notice.txt": ["task.no-unit": 1],          // （二）加强财务信息公开 names no unit
        "39_ocr-joint-notice-report-templates.txt": ["docnumber.format": 1], // 澜发改能源〔2025】18号: OCR closed the year with 】
        "43_web-page-duties-list-relief-period.txt": ["task.no-unit": 1],   // （四）区供电公司 names its unit but no role verb
    ]

    func testEveryNoticeHasOnlyTheReviewedFindings() throws {
        // Notices added to the shared corpus later have not been reviewed: only the listed ones are pinned.
        let files = TestSupport.notices(in: try corpus()).filter { Self.reviewed[$0.lastPathComponent] != nil }
        XCTAssertEqual(files.count, Self.reviewed.count, "a reviewed notice is missing")
        try check(files, Self.reviewed)
    }

    func testOwnCorpusHasOnlyTheReviewedFindings() throws {
        let files = TestSupport.notices(in: TestSupport.corpus)
        try XCTSkipIf(files.isEmpty, "Corpus/ has no notices")
        try check(files, Self.reviewedOwn)
    }

    func check(_ files: [URL], _ reviewed: [String: [String: Int]]) throws {
        let codes = Set(DiagnosticCode.allCases.map(\.rawValue))
        for url in files {
            guard let source = try? Decoder.read(path: url.path) else { continue }
            let found = Pipeline.process(source).diagnostics.filter { codes.contains($0.code) }
            let counts = Dictionary(grouping: found, by: \.code).mapValues(\.count)
            XCTAssertEqual(counts, reviewed[url.lastPathComponent] ?? [:],
                           "\(url.lastPathComponent): read these and tune a rule or update `reviewed`:\n" + DiagnosticRenderer.render(found, source))
            for d in found {
                for s in [d.span].compactMap({ $0 }) + d.labels.map(\.span) {
                    XCTAssertLessThan(s.start, s.end, d.message)
                    XCTAssertLessThanOrEqual(s.end, source.characterCount, d.message)
                }
            }
        }
    }
}
