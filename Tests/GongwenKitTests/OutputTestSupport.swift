import Foundation
import XCTest
@testable import GongwenKit

/// Helpers for the output-contract tests: every notice we have, external tools, the built binary.
enum OutputTestSupport {
    /// Every decodable notice of ../shared/corpus and Corpus/ (either may be absent), with its notice.
    static func allNotices() -> [(name: String, source: SourceText, notice: Notice)] {
        let dirs = [TestSupport.sharedCorpus, TestSupport.corpus].compactMap { $0 }
        return dirs.flatMap(TestSupport.notices(in:)).compactMap { url in
            guard let source = try? Decoder.read(path: url.path) else { return nil }
            return (url.deletingLastPathComponent().lastPathComponent + "/" + url.lastPathComponent, source, Pipeline.process(source))
        }
    }

    /// A program on PATH, if installed.
    static func program(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs a program; returns its exit status, standard output and standard error.
    @discardableResult
    static func run(_ executable: String, _ arguments: [String], stdin: Data? = nil) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = arguments
        let out = Pipe(), err = Pipe(), input = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = input
        try p.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes while the program runs, so a full pipe cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        DispatchQueue.global().async(group: group) { errData = err.fileHandleForReading.readDataToEndOfFile() }
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }

    /// The `gongwen` executable built beside the test bundle.
    static func gongwen() throws -> String {
        #if os(macOS)
        let dir = Bundle(for: BundleMarker.self).bundleURL.deletingLastPathComponent()
        #else
        let dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        #endif
        let path = dir.appendingPathComponent("gongwen").path
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw XCTSkip("the gongwen executable is not built next to the tests (\(path)); run `swift build` first")
        }
        return path
    }

    /// A fresh temporary folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("gongwen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }
}

/// Marks the test bundle, to find it on macOS.
final class BundleMarker {}
