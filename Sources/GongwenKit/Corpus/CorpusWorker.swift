import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 语料工作单元: the work done for one notice, wherever it runs (in a thread of this process or in a
/// child process): read, extract, render each format; every problem becomes an outcome, nothing throws.
public enum CorpusWorker {
    /// Extracts `file`, naming it by its file name relative to the corpus folder so baselines do not
    /// depend on where the corpus was run from.
    public static func outcome(_ file: NoticeFile, formats: [CorpusFormat], maxBytes: Int = Decoder.defaultMaxBytes) -> ExtractionOutcome {
        let notice: Notice
        do {
            let bytes = try Decoder.readBytes(path: file.path, maxBytes: maxBytes)
            notice = Pipeline.process(try Decoder.decode(bytes, name: file.fileName, maxBytes: maxBytes))
        } catch let error as InputError {
            return .refused(ExpectedError(error, name: file.fileName))
        } catch {
            return .failed("unexpected error: \(error)")
        }
        var rendered: [String: Data] = [:]
        for format in formats {
            do { rendered[format.name] = try format.render(notice) } catch {
                return .failed("\(format.name) output could not be made: \(error)")
            }
        }
        return .extracted(rendered)
    }

    /// The child-process side (`gongwen corpus-worker`): extracts and leaves the outcome as files in
    /// `resultDir`: one file per format named by the format, or `error.json` for a refused input.
    /// Returns the exit code: 0 when the outcome was written (a refusal included), 70 when extraction
    /// itself failed, 73 when the files could not be written.
    public static func runChild(_ file: NoticeFile, formats: [CorpusFormat], maxBytes: Int, resultDir: String) -> (code: Int32, message: String?) {
        exitWhenOrphaned()
        do {
            switch outcome(file, formats: formats, maxBytes: maxBytes) {
            case .extracted(let rendered):
                for format in formats { try AtomicFile.write(rendered[format.name] ?? Data(), to: resultDir + "/" + format.name) }
                return (ExitCode.ok, nil)
            case .refused(let error):
                try AtomicFile.write(try error.encoded(), to: resultDir + "/" + ExpectedError.artifact)
                return (ExitCode.ok, nil)
            case .failed(let why):
                return (ExitCode.internalError, "\(file.fileName): \(why)")
            }
        } catch {
            return (ExitCode.cannotWrite, "\(error)")
        }
    }

    /// The parent side: reads what a child left in `resultDir` after it exited with status 0.
    public static func readChildResult(resultDir: String, formats: [CorpusFormat]) -> ExtractionOutcome {
        let errorPath = resultDir + "/" + ExpectedError.artifact
        if let data = FileManager.default.contents(atPath: errorPath) {
            guard let error = try? JSONDecoder().decode(ExpectedError.self, from: data) else {
                return .failed("the worker left an unreadable error.json")
            }
            return .refused(error)
        }
        var rendered: [String: Data] = [:]
        for format in formats {
            guard let data = FileManager.default.contents(atPath: resultDir + "/" + format.name) else {
                return .failed("the worker exited without writing its \(format.name) output")
            }
            rendered[format.name] = data
        }
        return .extracted(rendered)
    }

    /// A worker runs in a process group of its own, so a Ctrl-C at the terminal reaches only the parent,
    /// which then cannot stop it. So the worker watches its parent and ends itself when it is gone.
    static func exitWhenOrphaned() {
        let parent = getppid()
        let watcher = Thread {
            while getppid() == parent { usleep(200_000) }
            _exit(ExitCode.internalError)
        }
        watcher.stackSize = 1 << 16
        watcher.start()
    }
}
