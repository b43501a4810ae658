import XCTest
@testable import GongwenKit

/// A task table exported from a web page as Markdown, its merged cells left out of the rows:
/// group rows within group rows, the time column before the unit columns, 牵头部门 and 主责单位
/// merged into one cell, sub-rows under one number, and names one per line (`<br>`) in a cell.
final class MergedTableTests: XCTestCase {
    let text = """
    某某区2026年污染防治行动计划

    | 序号 | 重点任务 | 工作措施 | 完成时限 | 牵头部门 | 主责单位 | 协办单位 |
    | --- | --- | --- | --- | --- | --- | --- |
    | 一、共筑美丽蓝天 |
    | （一）空气质量目标 |
    | 1 | 空气质量目标 | 巩固空气质量改善成效，全力推进美丽蓝天建设。 | 年底前 | 区生态环境局<br>各街镇 | 区城市管理委<br>区住房城乡建设委<br>等部门 |
    | 2 | 推动机动<br>车结构<br>优化升级 | 推动全区新能源车保有量进一步提升。 | 年底前 | 区发展改革委 | 市规划自然资源委<br>丰台分局<br>区商务局 | —— |
    | 推动货车新能源化。加快老旧货车淘汰更新。 | 11月底前 | 区城市管理委<br>丰台运管分局 | 区农业农村局 |
    | （二）推动工程减排 |
    | 3 | 施工扬尘治理 | 严格落实施工扬尘管控要求。 | 10月底前 | 区住房城乡建设委 | 各街镇 | 区生态环境局 |
    """

    var tasks: [Task] { TestSupport.notice(text).documents.first?.tasks ?? [] }

    func testRowsUnderNestedGroupsAreTheTasks() {
        XCTAssertEqual(tasks.map(\.number), [1, 2, 3])
        XCTAssertEqual(tasks.map(\.heading.text), ["巩固空气质量改善成效，全力推进美丽蓝天建设", "推动全区新能源车保有量进一步提升", "严格落实施工扬尘管控要求"])
        XCTAssertEqual(tasks.map { $0.deadlines.map(\.date) }, [["2026-12-31"], ["2026-12-31", "2026-11-30"], ["2026-10-31"]])
    }

    func testAMergedFirstUnitCellHoldsTheColumnsItSpans() {
        let first = tasks.first?.units
        XCTAssertEqual(first?.lead.map(\.name), ["区生态环境局", "各街镇"])
        XCTAssertEqual(first?.responsible.map(\.name), ["区生态环境局", "各街镇"])
        // A line that only says `等部门` under the names is none.
        XCTAssertEqual(first?.support.map(\.name), ["区城市管理委", "区住房城乡建设委"])
        // A row with a cell for every unit column reads them in order; 主责单位 is responsible.
        let third = tasks.last?.units
        XCTAssertEqual(third?.lead.map(\.name), ["区住房城乡建设委"])
        XCTAssertEqual(third?.responsible.map(\.name), ["各街镇"])
        XCTAssertEqual(third?.support.map(\.name), ["区生态环境局"])
    }

    func testNamesOnePerLineInACellAndABranchUnderItsOrgan() {
        let second = tasks.dropFirst().first?.units
        XCTAssertEqual(second?.lead.map(\.name), ["区发展改革委", "区城市管理委", "丰台运管分局"])
        XCTAssertEqual(second?.responsible.map(\.name), ["市规划自然资源委丰台分局", "区商务局", "区城市管理委", "丰台运管分局"])
        XCTAssertEqual(second?.support.map(\.name), ["区农业农村局"])
    }
}
