import XCTest
@testable import GongwenKit

/// The title of an issued document over several lines.
final class DocumentTitleTests: XCTestCase {
    func testALineOpeningWithAConjunctionGoesOnTheTitle() {
        let text = """
        某省人民政府关于印发《2023年省〈政府工作报告〉任务分解和责任分工方案》的通知
        各市人民政府：
        现将《2023年省〈政府工作报告〉任务分解和责任分工方案》印发给你们，请认真贯彻执行。
        某省人民政府
        2023年1月19日
        2023年省《政府工作报告》任务分解
        和责任分工方案
        一、加快建设现代化产业体系
        （一）推进工业振兴。（牵头单位：省工业和信息化厅）
        """
        XCTAssertEqual(TestSupport.notice(text).documents.map(\.title.text), ["2023年省《政府工作报告》任务分解和责任分工方案"])
    }
}
