import XCTest
@testable import GongwenKit

/// The span checks no schema can express, on small documents.
final class SpanSanityTests: XCTestCase {
    func testJSONSpansAreCheckedAnywhereAndListedInPointerOrder() throws {
        let json = try JSONParser.parse(Array(#"""
        {"source": {"characters": 100},
         "zeta": {"start": 5, "end": 4},
         "items": [{"span": {"start": 1, "end": 2}}, {"span": {"start": 90, "end": 101}}],
         "alpha": {"inner": {"start": 9, "end": 3}}, "ok": {"start": 0, "end": 100}}
        """#.utf8))
        XCTAssertEqual(SpanSanity.check(json: json).map(\.description), [
            "/alpha/inner: the span ends (3) before it starts (9)",
            "/items/1/span: the span ends at 101, past the end of the source (100 characters)",
            "/zeta: the span ends (4) before it starts (5)",
        ])
    }

    func testXMLSpansNeedAllThreeAttributes() {
        let root = XMLTree("notice", children: [
            XMLTree("source", ["characters": "50"]),
            XMLTree("title", ["start": "3", "end": "9"]),
            XMLTree("task", ["start": "40", "end": "60", "line": "2"]),
        ])
        XCTAssertEqual(SpanSanity.check(xml: root).map(\.description), [
            "element title: a span needs start, end and line together",
            "element task: the span ends at 60, past the end of the source (50 characters)",
        ])
    }

    /// The integers of the XSD, read as bytes: white space, a plus sign, digits; nothing else.
    func testXSDIntegers() {
        XCTAssertEqual(XSDInteger.int(" +42\n"), 42)
        XCTAssertEqual(XSDInteger.int("9223372036854775807"), Int.max)
        XCTAssertNil(XSDInteger.int("9223372036854775808"))
        XCTAssertEqual(XSDInteger.value("99999999999999999999"), 1e20)
        for bad in ["", " ", "+", "-1", "4 2", "1.0", "１２", nil] as [String?] { XCTAssertNil(XSDInteger.int(bad), bad ?? "nil") }
    }

    /// The XSD lets a number have white space around it, a plus sign and any length; such a span
    /// was skipped, so a backward one passed.
    func testXMLNumbersAreReadAsTheXSDReadsThem() {
        let root = XMLTree("notice", children: [
            XMLTree("source", ["characters": "3705 "]),
            XMLTree("title", ["start": " 104", "end": "31", "line": "1"]),
            XMLTree("task", ["start": "+1", "end": "99999999999999999999", "line": "2"]),
        ])
        XCTAssertEqual(SpanSanity.check(xml: root).map(\.description), [
            "element title: the span ends (31) before it starts (104)",
            "element task: the span ends at 1e+20, past the end of the source (3705 characters)",
        ])
    }
}
