import XCTest
@testable import GongwenKit

/// `TextKey` and the byte-level decoding paths that the speed work changed.
final class TextKeyTests: XCTestCase {
    func testKeysAreEqualExactlyWhenTheBytesAre() {
        XCTAssertEqual(TextKey("县发展和改革局"), TextKey(ScalarString.make(Array("县发展和改革局".unicodeScalars)[...])))
        XCTAssertNotEqual(TextKey("县发展和改革局"), TextKey("县发展和改革委"))
        XCTAssertNotEqual(TextKey("县"), TextKey("县县"))
        // Canonically equivalent but spelled differently: two keys (String would call them equal).
        XCTAssertEqual("e\u{301}", "\u{E9}")
        XCTAssertNotEqual(TextKey("e\u{301}"), TextKey("\u{E9}"))
        XCTAssertEqual(Set([TextKey("县公安局"), TextKey("县公安局"), TextKey("县财政局")]).count, 2)
    }

    func testKeyOrderIsStringOrderForNormalizedText() {
        let names = ["县财政局", "县公安局", "乡镇人民政府", "县农业农村局", "Z公司", "A单位", "县公安局交警大队", "县公安", ""]
        XCTAssertEqual(names.map(TextKey.init).sorted().map(\.text), names.sorted())
    }

    func testStrayContinuationBytesNeedMoreRoomThanTheLeadBytesCount() {
        // Three continuation bytes count as no scalar start, yet each becomes a U+FFFD of its own.
        let r = LenientDecoding.utf8([0x80, 0x80, 0x80, 0x41, 0xE5, 0x8E, 0xBF][...])
        XCTAssertEqual(Array(r.scalars), ["\u{FFFD}", "\u{FFFD}", "\u{FFFD}", "A", "县"])
        XCTAssertEqual(r.damage.map(\.scalar), [0, 1, 2])
        XCTAssertEqual(Array(LenientDecoding.utf8(Array("县A".utf8)[...]).scalars), ["县", "A"])
        // A scalar past U+FFFF is kept aside from the two-byte storage and comes back whole.
        XCTAssertEqual(Array(LenientDecoding.utf8(Array("𠀀县😀".utf8)[...]).scalars), ["𠀀", "县", "😀"])
    }
}
