import Foundation

/// 一篇的评测: one notice's scores, what did not match, and why it could not be extracted (if so).
public struct EvalNotice: Sendable {
    /// The gold file's name without `.gold.json`.
    public let name: String
    public let scores: EvalScores
    public let mismatches: [String]
    /// Why there was no prediction; the notice is then scored against an empty one, as score.py does.
    public let broken: String?
}

/// 语料评测: every `NAME.gold.json` of a folder against gongwen's output for `NAME.txt`.
public struct EvalResult: Sendable {
    public let notices: [EvalNotice]
    public let strict: Bool
    /// Gold files that could not be read or are not JSON; they are left out of the figures.
    public let badGold: [String]

    /// Micro totals over the corpus.
    public var totals: EvalScores {
        var t = EvalScores()
        for n in notices { t.merge(n.scores) }
        return t
    }

    public var broken: [String] { notices.compactMap { n in n.broken.map { "\(n.name): \($0)" } } }

    /// The fields (with anything to find or found) whose F1 is below `floor`.
    public func fieldsBelow(_ floor: Double) -> [EvalField] {
        let t = totals
        return EvalField.allCases.filter { t[$0].isLive && t[$0].f1 < floor }
    }

    /// 0 when the overall F1 reaches `min` and no field is below `minField`; 1 when not, or when a
    /// notice could not be extracted; 65 for a bad gold file.
    public func exitCode(min: Double, minField: Double = 0) -> Int32 {
        if !badGold.isEmpty { return ExitCode.refused }
        return broken.isEmpty && totals.overallF1 >= min && fieldsBelow(minField).isEmpty ? ExitCode.ok : ExitCode.checkFailed
    }
}

/// Why a folder could not be evaluated at all.
public enum EvalError: Error, Equatable, CustomStringConvertible {
    case noFolder(String)
    case noGold(String)
    case unreadable(FolderUnreadable)

    public var description: String {
        switch self {
        case .noFolder(let p): return "\(p): no such folder"
        case .noGold(let p): return "\(p): no gold annotations (*.gold.json) in this folder"
        case .unreadable(let u): return u.description
        }
    }
}

/// 评测: runs the scoring over a folder, in the sorted order of the gold files' names, as score.py does.
public enum EvalRun {
    /// Gives gongwen's JSON for a notice file, or why there is none.
    public typealias Predictor = @Sendable (_ path: String) -> Result<JSONValue, EvalPredictionError>

    public static func run(dir: String, strict: Bool = false, predict: Predictor) throws -> EvalResult {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else { throw EvalError.noFolder(dir) }
        let listed: [FolderEntry]
        switch FolderListing.names(in: dir) {
        case .success(let found): listed = found
        case .failure(let why): throw EvalError.unreadable(why)
        }
        let gold = listed.filter { $0.name.hasSuffix(".gold.json") }
        guard !gold.isEmpty else { throw EvalError.noGold(dir) }
        var notices: [EvalNotice] = [], bad: [String] = []
        for entry in gold where !entry.isUTF8 { bad.append(FileName.notUTF8((dir as NSString).appendingPathComponent(entry.name))) }
        let names = gold.filter(\.isUTF8).map(\.name).sorted { $0.unicodeScalars.lexicographicallyPrecedes($1.unicodeScalars) }
        for file in names {
            let stem = String(file.dropLast(".gold.json".count))
            let goldPath = (dir as NSString).appendingPathComponent(file)
            guard let data = FileManager.default.contents(atPath: goldPath), let gold = try? JSONValue.parse(data) else {
                bad.append("\(goldPath): cannot be read as JSON")
                continue
            }
            var predicted = JSONValue.object([:]), broken: String?
            switch predict((dir as NSString).appendingPathComponent(stem + ".txt")) {
            case .success(let p): predicted = p
            case .failure(let e): broken = e.message
            }
            let (scores, mismatches) = EvalScorer.score(gold: gold, predicted: predicted, strict: strict)
            notices.append(EvalNotice(name: stem, scores: scores, mismatches: mismatches, broken: broken))
        }
        return EvalResult(notices: notices, strict: strict, badGold: bad)
    }

    /// The predictor that runs gongwen's pipeline in this process and reads back its JSON output.
    public static func pipeline(maxBytes: Int = Decoder.defaultMaxBytes) -> Predictor {
        return { path in
            do {
                let json = try JSONEmitter.encode(try Pipeline.run(path: path, maxBytes: maxBytes))
                return .success(try JSONValue.parse(json))
            } catch let e as InputError {
                return .failure(EvalPredictionError(message: e.description))
            } catch {
                return .failure(EvalPredictionError(message: "\(error)"))
            }
        }
    }
}

/// Why a notice gave no prediction.
public struct EvalPredictionError: Error, Sendable {
    public let message: String
    public init(message: String) { self.message = message }
}
