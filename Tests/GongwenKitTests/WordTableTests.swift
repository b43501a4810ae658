import XCTest
@testable import GongwenKit

/// Word lists and word tables: longest match first, matches at the very edges of the text, the
/// value that goes with each word, and an exact match that must cover the whole range.
final class WordTableTests: XCTestCase {
    let table = WordTable([("负责", 1), ("牵头负责", 2), ("牵头", 3), ("负责", 9)])

    func scalars(_ s: String) -> [Unicode.Scalar] { Array(s.unicodeScalars) }

    func testLongestWordWinsAndCarriesItsValue() throws {
        let s = scalars("县发改局牵头负责")
        let m = try XCTUnwrap(table.match(s, at: 4))
        XCTAssertEqual(String(String.UnicodeScalarView(m.word)), "牵头负责")
        XCTAssertEqual(m.value, 2)
        XCTAssertNil(table.match(s, at: 3))
        XCTAssertNil(table.match(s, at: s.count))
        XCTAssertNil(table.match(s, at: -1))
    }

    /// A slice keeps the offsets of the text it comes from: a match is looked for at those offsets,
    /// and never before the slice or past it.
    func testSlicesAreSearchedAtTheirOwnOffsets() {
        let text = ScalarBuffer("各乡镇人民政府，县发改局牵头负责".unicodeScalars)
        let slice = text[8..<16]
        XCTAssertEqual(table.match(slice, at: 12)?.value, 2)
        XCTAssertEqual(table.suffix(slice, endingAt: 16)?.value, 2)
        XCTAssertEqual(table.suffix(slice, endingAt: 16, from: 14)?.value, 1)
        XCTAssertNil(table.match(slice, at: 3))
        XCTAssertNil(table.match(slice, at: 16))
        XCTAssertNil(table.suffix(slice, endingAt: 8))
    }

    func testAWordGivenTwiceKeepsItsFirstValue() {
        XCTAssertEqual(table.match(scalars("负责"), at: 0)?.value, 1)
    }

    func testSuffixEndsExactlyAtTheOffsetAndStaysAfterTheStart() {
        let s = scalars("县发改局牵头负责")
        XCTAssertEqual(table.suffix(s, endingAt: s.count)?.value, 2)
        XCTAssertEqual(table.suffix(s, endingAt: s.count, from: 5)?.value, 1)
        XCTAssertEqual(table.suffix(s, endingAt: 6)?.value, 3)
        XCTAssertNil(table.suffix(s, endingAt: 5))
    }

    func testExactNeedsTheWholeRange() {
        let s = scalars("牵头负责单位")
        XCTAssertEqual(table.exact(s, 0..<4), 2)
        XCTAssertEqual(table.exact(s, 0..<2), 3)
        XCTAssertNil(table.exact(s, 0..<3))
        XCTAssertNil(table.exact(s, 0..<6))
        XCTAssertNil(table.exact(s, 2..<2))
    }

    func testTheRoleTablesGiveTheRolesTheirRulesList() {
        for (word, role) in RoleRules.labels + RoleRules.verbs {
            XCTAssertEqual(RoleRules.labelTable.exact(scalars(word), 0..<word.unicodeScalars.count)
                           ?? RoleRules.verbTable.exact(scalars(word), 0..<word.unicodeScalars.count), role, word)
        }
    }

    func testDigitsReadWithoutAString() {
        XCTAssertEqual(scalars("2023").decimalValue, 2023)
        XCTAssertEqual(scalars("07")[...].decimalValue, 7)
        XCTAssertEqual(scalars("").decimalValue, 0)
    }

    func testContainsScalars() {
        XCTAssertTrue("关于转发省政府文件的通知".containsScalars("转发"))
        XCTAssertFalse("关于转文件的通知".containsScalars("转发"))
        XCTAssertFalse("转".containsScalars("转发"))
    }
}
