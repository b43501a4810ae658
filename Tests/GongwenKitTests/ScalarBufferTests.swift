import XCTest
@testable import GongwenKit

/// The two-byte text store must give back every scalar at its offset, those past U+FFFF included.
final class ScalarBufferTests: XCTestCase {
    let text = "县𠀀局，A😀。\u{FFFF}\u{E000}\u{10FFFF}末"

    func testEveryScalarComesBackAtItsOffset() {
        let scalars = Array(text.unicodeScalars)
        var appended = ScalarBuffer()
        for c in scalars { appended.append(c) }
        for buffer in [ScalarBuffer(scalars), ScalarBuffer(text.unicodeScalars), appended] {
            XCTAssertEqual(buffer.count, scalars.count)
            XCTAssertEqual(Array(buffer), scalars)
            XCTAssertEqual(buffer[1], "𠀀")
            XCTAssertEqual(Array(buffer[5..<7]), ["😀", "。"])
            XCTAssertEqual(ScalarString.make(buffer[0..<3]), "县𠀀局")
        }
    }

    func testSpansOverTextPastTheBMPLeadBackToTheOriginal() {
        let source = SourceText(name: "t.txt", text: "关于𠀀𠀀工作的通知\n\n各乡镇：\n\n一、请𪚥县交通局牵头，2023年9月底前完成。\n")
        let notice = Pipeline.process(source)
        let json = String(decoding: try! JSONEmitter.encode(notice), as: UTF8.self)
        XCTAssertTrue(json.contains("𪚥县交通局"), json)
        for doc in notice.documents {
            for t in doc.tasks {
                for u in t.units.lead { XCTAssertEqual(source.text(u.span.span), u.name) }
                for d in t.deadlines { XCTAssertEqual(source.text(d.span.span), d.text) }
            }
        }
    }
}
