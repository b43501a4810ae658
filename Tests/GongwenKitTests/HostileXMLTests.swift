import Foundation
import XCTest
@testable import GongwenKit

/// Hostile files handed to `gongwen validate` (the built binary): nothing is fetched from the
/// network or the disk, an entity-expansion bomb is refused within a memory cap, and documents
/// nested 100,000 deep are refused without a crash.
final class HostileXMLTests: XCTestCase {
    /// Every way an XML file can ask for something from outside, all pointing at a port we listen on.
    static func fetchers(_ url: String, secret: String, notice: String) -> [String: String] {
        let root = #"<notice xmlns="urn:gongwen:1.0""#
        return [
            "entity.xml": "<?xml version=\"1.0\"?>\n<!DOCTYPE n [<!ENTITY x SYSTEM \"\(url)/entity\">]>\n<n>&x;</n>\n",
            "dtd.xml": "<?xml version=\"1.0\"?>\n<!DOCTYPE notice SYSTEM \"\(url)/gongwen.dtd\">\n\(root)/>\n",
            "public.xml": "<?xml version=\"1.0\"?>\n<!DOCTYPE notice PUBLIC \"-//x//y\" \"\(url)/public.dtd\">\n\(root)/>\n",
            "parameter.xml": "<?xml version=\"1.0\"?>\n<!DOCTYPE n [<!ENTITY % p SYSTEM \"\(url)/p.ent\"> %p;]>\n<n/>\n",
            "attribute.xml": "<?xml version=\"1.0\"?>\n<!DOCTYPE n [<!ENTITY x SYSTEM \"\(url)/a\">]>\n<n a=\"&x;\"/>\n",
            "file.xml": "<?xml version=\"1.0\"?>\n<!DOCTYPE n [<!ENTITY x SYSTEM \"file://\(secret)\">]>\n<n>&x;</n>\n",
            "schema-location.xml": notice.replacingOccurrences(of: root, with: root +
                " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"urn:gongwen:1.0 \(url)/evil.xsd\""),
            "no-namespace-location.xml": notice.replacingOccurrences(of: root, with: root +
                " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:noNamespaceSchemaLocation=\"\(url)/evil.xsd\""),
            "xinclude.xml": notice.replacingOccurrences(of: "<header>", with:
                "<xi:include xmlns:xi=\"http://www.w3.org/2001/XInclude\" href=\"\(url)/inc.xml\" parse=\"xml\"/><header>"),
        ]
    }

    func testNothingIsFetched() throws {
        let dir = try Scratch()
        let listener = try LoopbackListener()
        let secret = try dir.write("secret.txt", "TOP-SECRET-4711")
        let input = try dir.write("notice.txt", BadInput.notice)
        let xml = try GongwenRun.run(["extract", input, "--format", "xml"], in: dir)
        XCTAssertEqual(xml.status, 0, xml.stderr)
        let files = Self.fetchers("http://127.0.0.1:\(listener.port)", secret: secret, notice: xml.out)
        for (name, text) in files { try dir.write(name, text) }
        let r = try GongwenRun.run(["validate"] + files.keys.sorted().map(dir.file), limit: 120, in: dir)
        XCTAssertEqual(listener.connections(), 0, "gongwen validate connected to the network:\n\(r.out)")
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertFalse(r.out.contains("TOP-SECRET"), r.out)
        let doctype = "line 2: a DOCTYPE declaration is not allowed: gongwen XML has none, and its entities are not expanded"
        for name in ["entity.xml", "dtd.xml", "public.xml", "parameter.xml", "file.xml"] {
            XCTAssertTrue(r.out.contains("\(dir.file(name)): \(doctype)\n"), "\(name):\n\(r.out)")
        }
        XCTAssertTrue(r.out.contains("\(dir.file("attribute.xml")): line 3: not well-formed XML: Attribute references external entity 'x'\n"), r.out)
        // Schema locations are hints a validator may ignore, and ours does: the file is checked against our XSD.
        XCTAssertTrue(r.out.contains("\(dir.file("schema-location.xml")): valid XML\n"), r.out)
        XCTAssertTrue(r.out.contains("\(dir.file("no-namespace-location.xml")): valid XML\n"), r.out)
        XCTAssertTrue(r.out.contains("XInclude}include': This element is not expected."), r.out)
        XCTAssertTrue(r.out.hasSuffix("7 of 9 files invalid\n"), r.out)
    }

    /// The listener itself sees a connection, so the test above can fail.
    func testTheListenerNoticesAConnection() throws {
        let listener = try LoopbackListener()
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = LoopbackListener.address(port: listener.port)
        let rc = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        XCTAssertEqual(rc, 0)
        XCTAssertEqual(listener.connections(), 1)
    }

    /// Billion laughs (10¹² expansions) and a quadratic blow-up: refused, within 1 GB of address space.
    func testEntityBombsAreRefused() throws {
        let dir = try Scratch()
        var laughs = "<!ENTITY a0 \"lol\">"
        for k in 1...12 { laughs += "<!ENTITY a\(k) \"" + String(repeating: "&a\(k - 1);", count: 10) + "\">" }
        try dir.write("laughs.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE n [\(laughs)]>\n<n>&a12;</n>\n")
        let big = String(repeating: "x", count: 100_000)
        try dir.write("quadratic.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE n [<!ENTITY a \"\(big)\">]>\n<n>" + String(repeating: "&a;", count: 100_000) + "</n>\n")
        let r = try GongwenRun.run(["validate", dir.file("laughs.xml"), dir.file("quadratic.xml")],
                                   shell: #"ulimit -v 1048576; exec "$0" "$@""#, limit: 120, in: dir)
        XCTAssertFalse(r.timedOut, "gongwen validate hung on an entity bomb")
        XCTAssertFalse(r.signalled, "gongwen validate died on an entity bomb: \(r.stderr)")
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.out.contains("\(dir.file("laughs.xml")): line 1: not well-formed XML: Detected an entity reference loop"), r.out)
        XCTAssertTrue(r.out.contains("\(dir.file("quadratic.xml")): line 2: "), r.out)
        XCTAssertTrue(r.out.hasSuffix("2 of 2 files invalid\n"), r.out)
    }

    /// 100,000 levels of XML and of JSON: a message, not a stack overflow.
    func testDeepNestingIsRefusedWithoutACrash() throws {
        let dir = try Scratch()
        let n = 100_000
        try dir.write("deep.xml", String(repeating: "<a>", count: n) + String(repeating: "</a>", count: n))
        try dir.write("deep-notice.xml", "<notice xmlns=\"urn:gongwen:1.0\">" + String(repeating: "<item>", count: n) + String(repeating: "</item>", count: n) + "</notice>")
        try dir.write("deep.json", String(repeating: "[", count: n) + String(repeating: "]", count: n))
        try dir.write("deep-object.json", String(repeating: "{\"a\":", count: n) + "1" + String(repeating: "}", count: n))
        let names = ["deep.xml", "deep-notice.xml", "deep.json", "deep-object.json"]
        let r = try GongwenRun.run(["validate"] + names.map(dir.file), limit: 120, in: dir)
        XCTAssertFalse(r.signalled || r.timedOut, "gongwen validate crashed or hung on deep nesting: \(r.stderr)")
        XCTAssertEqual(r.status, 1, r.stderr)
        XCTAssertTrue(r.out.contains("\(dir.file("deep.xml")): line 1: not well-formed XML: Excessive depth in document: 256"), r.out)
        XCTAssertTrue(r.out.contains("\(dir.file("deep-notice.xml")): line 1: not well-formed XML: Excessive depth in document: 256"), r.out)
        XCTAssertTrue(r.out.contains("\(dir.file("deep.json")): line 1, column 513: not valid JSON: nested deeper than 512 levels"), r.out)
        XCTAssertTrue(r.out.contains("\(dir.file("deep-object.json")): line 1, column "), r.out)
        XCTAssertTrue(r.out.hasSuffix("4 of 4 files invalid\n"), r.out)
    }
}

/// A TCP socket listening on 127.0.0.1 at a free port, counting who connected.
final class LoopbackListener {
    let fd: Int32
    let port: UInt16

    init() throws {
        let s = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var addr = Self.address(port: 0)
        let bound = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(s, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) } }
        guard s >= 0, bound == 0, listen(s, 64) == 0 else { close(s); throw XCTSkip("cannot listen on 127.0.0.1") }
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(s, $0, &len) } }
        _ = fcntl(s, F_SETFL, fcntl(s, F_GETFL) | O_NONBLOCK)
        fd = s
        port = UInt16(bigEndian: addr.sin_port)
    }

    deinit { close(fd) }

    static func address(port: UInt16) -> sockaddr_in {
        var a = sockaddr_in()
        a.sin_family = sa_family_t(AF_INET)
        a.sin_port = port.bigEndian
        a.sin_addr.s_addr = UInt32(0x7F00_0001).bigEndian
        return a
    }

    /// How many connections wait to be accepted (each is accepted and closed).
    func connections() -> Int {
        var n = 0
        while true {
            let c = accept(fd, nil, nil)
            guard c >= 0 else { return n }
            close(c)
            n += 1
        }
    }
}
