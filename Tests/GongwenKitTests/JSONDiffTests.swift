import XCTest
@testable import GongwenKit

/// The structural comparison behind `gongwen corpus`: pointers, values, array alignment.
final class JSONDiffTests: XCTestCase {
    func parse(_ s: String) throws -> JSONValue { try JSONValue.parse(Data(s.utf8)) }

    func testAChangedValueIsReportedAtItsPointer() throws {
        let e = try parse(#"{"documents":[{"tasks":[{"units":{"lead":[{"name":"县发改局"}]}}]}]}"#)
        let a = try parse(#"{"documents":[{"tasks":[{"units":{"lead":[{"name":"县发展改革局"}]}}]}]}"#)
        XCTAssertEqual(JSONDiff.diff(e, a), [Difference(artifact: "json", location: "/documents/0/tasks/0/units/lead/0/name",
                                                        expected: "\"县发改局\"", actual: "\"县发展改革局\"")])
    }

    func testEqualDocumentsInAnotherKeyOrderHaveNoDifference() throws {
        XCTAssertEqual(JSONDiff.diff(try parse(#"{"a":1,"b":[true,null,"x"]}"#), try parse(#"{"b":[true,null,"x"],"a":1}"#)), [])
    }

    func testMissingAndExtraMembersAndTypeChanges() throws {
        let d = JSONDiff.diff(try parse(#"{"a":1,"b":"x","c":[1]}"#), try parse(#"{"b":2,"c":[1],"d":null}"#))
        XCTAssertEqual(d.map(\.location), ["/a", "/b", "/d"])
        XCTAssertEqual(d[0].actual, nil)
        XCTAssertEqual(d[1].expected, "\"x\"")
        XCTAssertEqual(d[1].actual, "2")
        XCTAssertEqual(d[2].expected, nil)
        XCTAssertEqual(d[2].actual, "null")
    }

    func testPointerTokensAreEscaped() throws {
        let d = JSONDiff.diff(try parse(#"{"a/b":{"c~d":1}}"#), try parse(#"{"a/b":{"c~d":2}}"#))
        XCTAssertEqual(d.map(\.location), ["/a~1b/c~0d"])
    }

    func testOneInsertedTaskIsOneAdditionNotAChangeToEveryLaterTask() throws {
        let e = try parse(#"{"tasks":[{"n":1},{"n":2},{"n":3},{"n":4}]}"#)
        let a = try parse(#"{"tasks":[{"n":1},{"n":9},{"n":2},{"n":3},{"n":4}]}"#)
        let d = JSONDiff.diff(e, a)
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(d.first?.location, "/tasks/1")
        XCTAssertNil(d.first?.expected)
        XCTAssertEqual(d.first?.actual, #"{"n":9}"#)
    }

    func testARemovedElementIsReportedAtItsExpectedIndex() throws {
        let d = JSONDiff.diff(try parse(#"[1,2,3]"#), try parse(#"[1,3]"#))
        XCTAssertEqual(d, [Difference(artifact: "json", location: "/1", expected: "2", actual: nil)])
    }

    func testChangedElementsBetweenMatchesAreComparedPairwise() throws {
        let d = JSONDiff.diff(try parse(#"[{"a":1},{"b":2},"same"]"#), try parse(#"[{"a":5},{"b":2},"same"]"#))
        XCTAssertEqual(d.map(\.location), ["/0/a"])
    }

    func testAnUnparsableExpectedFileIsOneDifference() {
        let d = JSONComparison.compare(Data("{".utf8), Data("{}".utf8), artifact: "json")
        XCTAssertEqual(d.count, 1)
        XCTAssertEqual(d.first?.location, "")
    }

    func testLongValuesAreShortenedForTheReport() {
        let long = JSONValue.string(String(repeating: "长", count: 500))
        XCTAssertEqual(JSONText.compact(long, limit: 10), "\"长长长长长长长长长…")
    }
}
