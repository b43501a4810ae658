import Foundation

/// 基线: the expected outputs of a corpus (`--expected`): `NAME.json`, `NAME.xml`, … and `NAME.error.json`
/// for refused inputs. Reads them, rewrites them atomically (`--update`) and finds stale ones.
public struct BaselineStore: Sendable {
    public let dir: String
    public let formats: [CorpusFormat]

    public init(dir: String, formats: [CorpusFormat]) {
        self.dir = dir
        self.formats = formats
    }

    /// Artifact names a baseline may hold, longest first so `error.json` is tried before `json`.
    public var artifactNames: [String] {
        (formats.filter(\.hasBaseline).map(\.fileExtension) + [ExpectedError.artifact]).sorted { $0.count > $1.count }
    }

    public func path(_ name: String, _ artifact: String) -> String { (dir as NSString).appendingPathComponent("\(name).\(artifact)") }

    /// The baseline files of one notice that exist, by artifact name.
    public func read(_ name: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for artifact in artifactNames {
            if let data = FileManager.default.contents(atPath: path(name, artifact)) { out[artifact] = data }
        }
        return out
    }

    /// Makes the baseline of `name` exactly `artifacts`: each written atomically, other baseline files of it removed.
    /// Returns the paths that could not be written or removed, with the reason.
    public func replace(_ name: String, with artifacts: [String: Data]) -> [String] {
        var problems: [String] = []
        do { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) } catch {
            return ["\(dir): cannot create the folder: \(error.localizedDescription)"]
        }
        // All of a notice's baseline or none: Ctrl-C waits for the set.
        AtomicFile.together {
            for (artifact, data) in artifacts.sorted(by: { $0.key < $1.key }) {
                do { try AtomicFile.write(data, to: path(name, artifact)) } catch { problems.append("\(error)") }
            }
            for artifact in artifactNames where artifacts[artifact] == nil {
                let p = path(name, artifact)
                guard FileManager.default.fileExists(atPath: p) else { continue }
                do { try FileManager.default.removeItem(atPath: p) } catch { problems.append("\(p): cannot remove: \(error.localizedDescription)") }
            }
        }
        return problems
    }

    /// Baseline files whose notice is no longer in the corpus (gold annotations, `*.gold.json`, are never counted).
    /// A name that is not UTF-8 is left out: no notice can have it, and it cannot be removed by its text.
    public func stale(notices: Set<String>) -> [String] {
        guard case .success(let entries) = FolderListing.names(in: dir) else { return [] }
        let names = entries.filter(\.isUTF8).map(\.name)
        var out: [String] = []
        for file in names.sorted() where !file.hasPrefix(".") && !file.hasSuffix(".gold.json") {
            guard let artifact = artifactNames.first(where: { file.hasSuffix("." + $0) }) else { continue }
            let name = String(file.dropLast(artifact.count + 1))
            if !notices.contains(name) { out.append((dir as NSString).appendingPathComponent(file)) }
        }
        return out
    }
}
