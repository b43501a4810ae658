import XCTest
@testable import GongwenKit

final class DecoderTests: XCTestCase {
    let text = "关于做好工作的通知\n各乡镇人民政府：\n"

    func testUTF8WithAndWithoutBOM() throws {
        XCTAssertEqual(try Decoder.decode(Array(text.utf8), name: "a").encoding, "UTF-8")
        let bom = try Decoder.decode([0xEF, 0xBB, 0xBF] + Array(text.utf8), name: "a")
        XCTAssertEqual(bom.encoding, "UTF-8 (BOM)")
        XCTAssertEqual(bom.scalars.first, "关")
    }

    func testUTF16WithBOM() throws {
        var le: [UInt8] = [0xFF, 0xFE]
        var be: [UInt8] = [0xFE, 0xFF]
        for u in text.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)]; be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        XCTAssertEqual(String(String.UnicodeScalarView(try Decoder.decode(le, name: "a").scalars)), text)
        XCTAssertEqual(String(String.UnicodeScalarView(try Decoder.decode(be, name: "a").scalars)), text)
    }

    func testUTF16WithoutBOMIsRecognisedByItsNULs() throws {
        var le: [UInt8] = []
        for u in "1.通知\n2.方案\n".utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        XCTAssertEqual(try Decoder.decode(le, name: "a").encoding, "UTF-16LE")
    }

    func testGB18030() throws {
        let data = text.data(using: String.Encoding(rawValue: 0x8000_0632))!
        let source = try Decoder.decode([UInt8](data), name: "a")
        XCTAssertEqual(source.encoding, "GB18030")
        XCTAssertEqual(String(String.UnicodeScalarView(source.scalars)), text)
    }

    func testTruncatedGB18030IsRefusedWithItsOffset() {
        var bytes = [UInt8]("各乡镇人民政府通知".data(using: String.Encoding(rawValue: 0x8000_0632))!)
        bytes.removeLast()
        XCTAssertThrowsError(try Decoder.decode(bytes, name: "cut.txt")) { error in
            guard case InputError.undecodable(let path, let offset, let reason) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(path, "cut.txt")
            XCTAssertEqual(offset, bytes.count - 1)
            XCTAssertTrue(reason.contains("truncated"), reason)
        }
    }

    func testLineEndsAreCounted() throws {
        let source = try Decoder.decode(Array("一\r\n二\r三\n四".utf8), name: "a")
        XCTAssertEqual(source.lineStarts.count, 4)
        XCTAssertEqual(source.line(of: 7), 4)
        XCTAssertEqual(source.line(of: 6), 3)
    }

    func testRefusals() {
        XCTAssertThrowsError(try Decoder.decode([], name: "e.txt")) { XCTAssertEqual($0 as? InputError, .empty(path: "e.txt")) }
        XCTAssertThrowsError(try Decoder.decode(Array(" \n\t\u{3000}\n".utf8), name: "w.txt")) {
            XCTAssertEqual($0 as? InputError, .whitespaceOnly(path: "w.txt"))
        }
        XCTAssertThrowsError(try Decoder.decode([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], name: "p.txt")) {
            XCTAssertEqual(($0 as? InputError)?.code, "input.binary")
            XCTAssertTrue("\($0)".contains("PNG"))
        }
        XCTAssertThrowsError(try Decoder.decode([0x41, 0x00, 0x42, 0x43, 0x00, 0x00, 0x44], name: "n.txt")) {
            XCTAssertEqual(($0 as? InputError)?.code, "input.binary")
        }
        XCTAssertEqual(InputError.empty(path: "x").exitCode, 65)
        XCTAssertEqual(InputError.notFound(path: "x").exitCode, 66)
    }
}
