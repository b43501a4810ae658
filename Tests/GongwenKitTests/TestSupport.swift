import Foundation
import XCTest
@testable import GongwenKit

/// Shared helpers: run the pipeline on a literal text, find the repository and the shared corpus.
enum TestSupport {
    /// The package root (this file is Tests/GongwenKitTests/TestSupport.swift).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `../shared/corpus` beside the repository, when it exists.
    static var sharedCorpus: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/corpus")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    static var corpus: URL { root.appendingPathComponent("Corpus") }

    static func notice(_ text: String) -> Notice { Pipeline.process(SourceText(name: "test.txt", text: text)) }

    /// The tasks of the first document.
    static func tasks(_ text: String) -> [Task] { notice(text).documents.first?.tasks ?? [] }

    /// The `.txt` notices of a folder that decode (refused files are tested elsewhere).
    static func notices(in dir: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map { dir.appendingPathComponent($0) }
    }
}

/// A plan body to wrap a task in, so tests can state only the part they are about.
func plan(_ body: String, title: String = "某某县2024年重点工作实施方案") -> String {
    "\(title)\n\n一、重点任务\n\n\(body)\n"
}
