import Foundation
import XCTest
@testable import GongwenKit

/// Bytes that are not clean text: binary files are refused; damaged, truncated or unusually
/// encoded text is read with a diagnostic at each damaged place, and extracts as the clean text does.
final class BadInputEncodingTests: XCTestCase {
    func testAnImageIsRefused() throws {
        let dir = try Scratch()
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52] + Array(repeating: 0, count: 64)
        let path = try dir.write("scan.txt", png)
        let r = try GongwenRun.run(["extract", path], in: dir)
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stderr, "gongwen: \(path): this is not text but a PNG image; convert it to text first\n")
    }

    func testAnExecutableIsRefused() throws {
        let dir = try Scratch()
        guard let binary = GongwenRun.binary else { throw XCTSkip("the gongwen binary is not built beside the tests") }
        let r = try GongwenRun.run(["extract", binary], in: dir)
        XCTAssertEqual(r.status, 65)
        XCTAssertEqual(r.stderr, "gongwen: \(binary): this is not text but an executable (ELF); convert it to text first\n")
    }

    func testBinaryDataWithoutASignatureIsRefused() throws {
        var bytes: [UInt8] = []
        var x: UInt32 = 12345
        for _ in 0..<4096 { x = x &* 1_103_515_245 &+ 12345; bytes.append(UInt8(truncatingIfNeeded: x >> 16)) }
        XCTAssertThrowsError(try Decoder.decode(bytes, name: "noise.bin")) {
            XCTAssertEqual(($0 as? InputError)?.code, "input.binary", "\($0)")
            XCTAssertTrue("\($0)".hasPrefix("noise.bin: this is not text but binary data"), "\($0)")
        }
    }

    func testInvalidUTF8InTheMiddleIsReadPastWithADiagnostic() throws {
        let bytes = Array(BadInput.notice.utf8)
        let cut = bytes.firstIndex(of: UInt8(ascii: "1"))!  // the start of the first task
        let damaged = Array(bytes[..<cut]) + [0xFF, 0xC3] + Array(bytes[cut...])
        let source = try Decoder.decode(damaged, name: "damaged.txt")
        XCTAssertEqual(source.encoding, "UTF-8")
        let notice = Pipeline.process(source)
        let found = notice.diagnostics.filter { $0.code == "input.damaged" }
        XCTAssertEqual(found.map(\.message), ["文件第\(cut)字节处的字节不是有效的UTF-8字符，此处按替换字符U+FFFD读入",
                                              "文件第\(cut + 1)字节处的字节不是有效的UTF-8字符，此处按替换字符U+FFFD读入"])
        XCTAssertEqual(found.compactMap(\.span).map { source.text($0.span) }, ["\u{FFFD}", "\u{FFFD}"])
        XCTAssertEqual(BadInput.headings(notice).dropFirst(), BadInput.cleanHeadings.dropFirst())
    }

    /// A surrogate encoded in UTF-8 (ED A0 80) used to end the decoded text there, silently.
    func testTextAfterAnEncodedSurrogateIsKept() throws {
        let bytes = Array(BadInput.notice.utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "2"))!
        let damaged = Array(bytes[..<at]) + [0xED, 0xA0, 0x80] + Array(bytes[at...])
        let notice = Pipeline.process(try Decoder.decode(damaged, name: "surrogate.txt"))
        XCTAssertEqual(BadInput.headings(notice), BadInput.cleanHeadings)
        XCTAssertEqual(notice.diagnostics.filter { $0.code == "input.damaged" }.count, 3)
    }

    func testHeavilyDamagedTextIsRefusedAtItsFirstBadByte() throws {
        let dir = try Scratch()
        var bytes = Array(BadInput.notice.utf8)
        // The first damaged sequence starts at the lead byte of the character byte 100 is in.
        let first = (0...100).last { bytes[$0] & 0xC0 != 0x80 }!
        for i in stride(from: 100, to: bytes.count, by: 40) { bytes[i] = 0xFF }
        let path = try dir.write("mangled.txt", bytes)
        let r = try GongwenRun.run(["extract", path], in: dir)
        XCTAssertEqual(r.status, 65)
        XCTAssertTrue(r.stderr.hasPrefix("gongwen: \(path): not readable as UTF-8, UTF-16 or GB18030 text: an invalid UTF-8 byte sequence (the first of "), r.stderr)
        XCTAssertTrue(r.stderr.hasSuffix(" damaged places) at byte \(first)\n"), r.stderr)
    }

    func testTruncatedGB18030IsReadUpToTheCut() throws {
        var bytes = BadInput.encode(BadInput.notice + "某某县人民政府办公室 2024年3月1日印发", BadInput.gb18030)
        bytes.removeLast()  // half of the last character, `发`
        let source = try Decoder.decode(bytes, name: "cut.txt")
        XCTAssertEqual(source.encoding, "GB18030")
        let notice = Pipeline.process(source)
        let found = notice.diagnostics.filter { $0.code == "input.damaged" }
        XCTAssertEqual(found.map(\.message), ["文件第\(bytes.count - 1)字节处文件在一个GB18030字符的中间结束，疑被截断，此处按替换字符U+FFFD读入"])
        XCTAssertEqual(found.first?.span?.start, source.scalars.count - 1)
        XCTAssertEqual(BadInput.headings(notice), BadInput.cleanHeadings)
    }

    func testUTF16WithoutBOMInBothByteOrders() throws {
        // `一` is U+4E00: its NUL byte falls on the side where ASCII has none.
        for little in [true, false] {
            let source = try Decoder.decode(BadInput.utf16(BadInput.notice, littleEndian: little), name: "u16.txt")
            XCTAssertEqual(source.encoding, little ? "UTF-16LE" : "UTF-16BE")
            XCTAssertEqual(BadInput.headings(Pipeline.process(source)), BadInput.cleanHeadings)
        }
    }

    /// A notice indented with 　 (U+3000) and full of 一 and 开 has as many NULs on the "Chinese"
    /// side as on the ASCII side; it was refused as binary data. The byte order that reads as text wins.
    func testUTF16WithoutBOMWhenChineseCharactersEndInNUL() throws {
        let text = "关于开展检查的通知\n各单位：\n" + String(repeating: "　　一、开展一次全面检查。\n", count: 12)
        for little in [true, false] {
            let source = try Decoder.decode(BadInput.utf16(text, littleEndian: little), name: "u16.txt")
            XCTAssertEqual(source.encoding, little ? "UTF-16LE" : "UTF-16BE")
            XCTAssertEqual(String(String.UnicodeScalarView(source.scalars)), text)
        }
    }

    func testStrayNULsAndControlsAreIgnoredWithADiagnostic() throws {
        var bytes = Array(BadInput.notice.utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "2"))!
        bytes.insert(contentsOf: [0x00, 0x1B, 0x00], at: at)
        let source = try Decoder.decode(bytes, name: "nul.txt")
        let notice = Pipeline.process(source)
        let found = notice.diagnostics.filter { $0.code == "input.control-characters" }
        XCTAssertEqual(found.map(\.message), ["文本中有3个不属于文字的控制字符（第一个是NUL），已忽略"])
        XCTAssertEqual(found.first.flatMap(\.span).map { source.text($0.span) }, "\u{0}")
        XCTAssertEqual(BadInput.headings(notice), BadInput.cleanHeadings)
    }

    func testManyNULsAreBinary() throws {
        let bytes = Array(BadInput.notice.utf8).flatMap { (b: UInt8) -> [UInt8] in [b, 0, 0] }
        XCTAssertThrowsError(try Decoder.decode(bytes, name: "zeros.txt")) {
            let nuls = bytes.count * 2 / 3
            XCTAssertEqual("\($0)", "zeros.txt: this is not text but binary data (\(nuls) control bytes such as NUL in its first \(bytes.count)); convert it to text first")
        }
    }

    /// Form feeds are a PDF converter's page breaks: a sentence broken by one is joined again, with no diagnostic.
    func testFormFeedsArePageBreaks() throws {
        let broken = BadInput.notice
            .replacingOccurrences(of: "推进燃煤锅炉整治，", with: "推进燃煤锅炉整治，\n\u{0C}— 2 —\n\u{0C}")
            .replacingOccurrences(of: "\n二、", with: "\n\u{0C}二、")
        let notice = TestSupport.notice(broken)
        XCTAssertEqual(BadInput.headings(notice), BadInput.cleanHeadings)
        XCTAssertEqual(notice.diagnostics.filter { $0.code.hasPrefix("input.") }.count, 0)
    }
}
