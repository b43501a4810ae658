import Foundation
import XCTest
@testable import GongwenKit

/// A throw-away folder for one test, readable by everyone (so a test may run gongwen as `nobody`).
final class Scratch {
    let path: String

    init() throws {
        let tmp = NSTemporaryDirectory().hasSuffix("/") ? String(NSTemporaryDirectory().dropLast()) : NSTemporaryDirectory()
        var template = Array((tmp + "/gongwen-bad.XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { throw CocoaError(.fileWriteUnknown) }
        path = String(cString: made)
        chmod(path, 0o755)
    }

    deinit {
        _ = chmod(path, 0o755)
        try? FileManager.default.removeItem(atPath: path)
    }

    func file(_ name: String) -> String { path + "/" + name }

    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        try Data(bytes).write(to: URL(fileURLWithPath: file(name)))
        return file(name)
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func read(_ name: String) -> String? { try? String(contentsOfFile: file(name), encoding: .utf8) }

    /// Every name in the folder, hidden ones (temporary files) included.
    var names: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }
}

/// Runs the built `gongwen` binary and collects what it wrote and how it ended.
struct GongwenRun {
    var status: Int32
    var stdout: Data
    var stderr: String
    /// Ended by a signal (a crash, or the time limit) rather than exiting.
    var signalled = false
    /// Killed for running past the time limit given to `run`.
    var timedOut = false

    var out: String { String(decoding: stdout, as: UTF8.self) }

    var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: stdout)) as? [String: Any] }

    /// The diagnostic codes in the JSON output.
    var codes: [String] { ((json?["diagnostics"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String } }

    /// The `gongwen` program beside the test runner (`.build/<configuration>/`).
    static var binary: String? {
        let runner = URL(fileURLWithPath: (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0])
        let candidates = [runner, Bundle(for: Scratch.self).bundleURL].map { $0.deletingLastPathComponent().appendingPathComponent("gongwen").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `gongwen arguments…`. `shell` wraps it in `/bin/sh -c` (`exec "$0" "$@"` runs gongwen)
    /// to close or redirect descriptors; `asNobody` drops to user 65534 through setpriv.
    /// `limit` is a guard against a hang (the process is killed and `timedOut` set), not a speed check.
    static func run(_ arguments: [String], shell: String? = nil, asNobody: Bool = false, stdin: Data? = nil,
                    limit: TimeInterval = 300, in scratch: Scratch) throws -> GongwenRun {
        guard let binary else { throw XCTSkip("the gongwen binary is not built beside the tests") }
        var argv = [binary] + arguments
        if let shell { argv = ["/bin/sh", "-c", shell] + argv }
        if asNobody { argv = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] + argv }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: argv[0])
        process.arguments = Array(argv.dropFirst())
        let out = scratch.file(".run.stdout"), err = scratch.file(".run.stderr"), inp = scratch.file(".run.stdin")
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        _ = FileManager.default.createFile(atPath: inp, contents: stdin ?? Data())
        defer { for f in [out, err, inp] { unlink(f) } }
        process.standardOutput = FileHandle(forWritingAtPath: out)
        process.standardError = FileHandle(forWritingAtPath: err)
        process.standardInput = FileHandle(forReadingAtPath: inp)
        try process.run()
        let deadline = Date().addingTimeInterval(limit)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline { timedOut = true; kill(process.processIdentifier, SIGKILL) }
            usleep(10_000)
        }
        process.waitUntilExit()
        return GongwenRun(status: process.terminationStatus, stdout: FileManager.default.contents(atPath: out) ?? Data(),
                          stderr: String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self),
                          signalled: process.terminationReason == .uncaughtSignal, timedOut: timedOut)
    }

    /// Whether tests can take away read or write permission: not as root (it reads anything)
    /// unless setpriv can drop to `nobody`, and the binary is reachable for it.
    static var permissionsBite: (asNobody: Bool, skip: String?) {
        if geteuid() != 0 { return (false, nil) }
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv") else {
            return (false, "running as root, where permission bits do not stop reads or writes, and setpriv is absent")
        }
        guard let binary, binaryReachableByEveryone(binary) else {
            return (false, "running as root, and the gongwen binary is not reachable by user nobody")
        }
        return (true, nil)
    }

    private static func binaryReachableByEveryone(_ path: String) -> Bool {
        var dir = URL(fileURLWithPath: path)
        while dir.path != "/" {
            dir.deleteLastPathComponent()
            var st = stat()
            guard stat(dir.path, &st) == 0, st.st_mode & 0o001 != 0 else { return false }
        }
        return true
    }
}

/// Inputs for the bad-input tests.
enum BadInput {
    /// A small but real plan: a title, two sections, three tasks with units and deadlines.
    static let notice = """
    某某县人民政府办公室关于印发某某县2024年重点工作实施方案的通知
    各乡镇人民政府，县直有关部门：
    为深入贯彻落实党中央、国务院和省委、省政府关于生态环境保护和安全生产工作的决策部署，进一步压实各级各部门责任，推动全县经济社会高质量发展，经县人民政府同意，现将《某某县2024年重点工作实施方案》印发给你们，请结合实际，认真贯彻落实。各乡镇、各部门要加强组织领导，明确责任分工，细化工作措施，确保各项任务按时保质完成。工作中遇到的重大问题，请及时向县人民政府报告。
    某某县人民政府办公室
    2024年3月1日
    某某县2024年重点工作实施方案
    一、重点任务
    1.加强大气污染防治，推进燃煤锅炉整治，确保空气质量持续改善。2024年6月底前完成。（牵头单位：县生态环境局；配合单位：县发展改革局）
    2.推进河道综合整治，落实河长制各项工作，巩固水环境治理成效。（责任单位：县水利局）
    二、保障措施
    3.开展安全生产大检查，排查整治各类隐患，每季度开展一次。（县应急管理局负责）

    """

    /// The notice's task headings, as the pipeline reads them from clean text.
    static var cleanHeadings: [String] { headings(TestSupport.notice(notice)) }

    static func headings(_ n: Notice) -> [String] { n.documents.flatMap(\.tasks).map(\.heading.text) }

    static func encode(_ text: String, _ encoding: UInt) -> [UInt8] { [UInt8](text.data(using: String.Encoding(rawValue: encoding))!) }

    static let gb18030: UInt = 0x8000_0632

    static func utf16(_ text: String, littleEndian: Bool) -> [UInt8] {
        text.utf16.flatMap { u in littleEndian ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] }
    }
}
