import XCTest
@testable import GongwenKit

final class MarkerLexerTests: XCTestCase {
    func marker(_ text: String) -> Marker? { MarkerLexer.marker(Array(text.unicodeScalars)[...]) }

    func testEveryMarkerForm() {
        let cases: [(String, Marker.Kind, Int)] = [
            ("一、总体要求", .hanComma, 1), ("十二、其他", .hanComma, 12), ("（一）加快", .hanParen, 1), ("(三)推进", .hanParen, 3),
            ("（十二）强化", .hanParen, 12), ("（一)混合", .hanParen, 1), ("1.扩大", .arabicDot, 1), ("12、开展", .arabicDot, 12),
            ("3．推进", .arabicDot, 3), ("（1）建立", .arabicParen, 1), ("(2)完善", .arabicParen, 2), ("①加强", .circled, 1),
            ("⑩加强", .circled, 10), ("⑴建立", .parenthesized, 1), ("2）落实", .arabicHalfParen, 2), ("⒉推进", .arabicDot, 2),
        ]
        for (text, kind, value) in cases {
            let m = marker(text)
            XCTAssertEqual(m?.kind, kind, text)
            XCTAssertEqual(m?.value, value, text)
        }
    }

    func testNumbersAndWordsAreNotMarkers() {
        for text in ["3.5万吨", "2023年", "三线一单", "一住两公", "两高项目", "(2021—2023年)", "（以下简称）", "一是加强", "2023.", "1。"] {
            XCTAssertNil(marker(text), text)
        }
    }

    func testAMarkerBeforeDigitsWhenItContinuesTheRun() {
        XCTAssertNil(marker("11.121人才梯队项目"))
        XCTAssertEqual(MarkerLexer.marker(Array("11.121人才梯队项目".unicodeScalars)[...], sequel: 11)?.value, 11)
        XCTAssertNil(MarkerLexer.marker(Array("3.5万吨".unicodeScalars)[...], sequel: 4))
        let tasks = TestSupport.tasks("某市人才工程实施方案\n一、重点项目\n10.羊城学者项目。（牵头单位：市委组织部）\n11.121人才梯队项目。（牵头单位：市人社局）\n")
        XCTAssertEqual(tasks.map(\.number), [10, 11])
        XCTAssertEqual(tasks.last?.units.lead.map(\.name), ["市人社局"])
    }

    func testAnItemNumberBeforeAMonth() {
        XCTAssertEqual(marker("1.9月30日前完成排查")?.value, 1)
        XCTAssertNil(marker("1.9万人次参加"))
    }
}
