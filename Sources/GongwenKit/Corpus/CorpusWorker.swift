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
        let source: SourceText
        do {
            source = try Decoder.decode(try Decoder.readBytes(path: file.path, maxBytes: maxBytes), name: file.fileName, maxBytes: maxBytes)
        } catch let error as InputError {
            return .refused(ExpectedError(error, name: file.fileName))
        } catch {
            return .failed("unexpected error: \(error)")
        }
        let notice = Pipeline.process(source)
        var rendered: [String: Data] = [:]
        for format in formats {
            do { rendered[format.fileExtension] = try format.render(notice, source) } catch {
                return .failed("\(format.name) output could not be made: \(error)")
            }
        }
        return .extracted(rendered)
    }

    /// The worker side (`gongwen corpus-worker`): reads requests from standard input, one JSON line each,
    /// extracts each notice and leaves its outcome as files in the request's folder (one file per format
    /// named by the format, or `error.json` for a refused input), then answers with one JSON line.
    /// Ends at the end of its input, or when its parent is gone.
    public static func serve(formats: [CorpusFormat], maxBytes: Int) -> Int32 {
        exitWhenOrphaned()
        while let line = readLine(strippingNewline: true) {
            var reply = WorkerReply(ok: false, message: "unreadable request")
            if let request = try? JSONDecoder().decode(WorkerRequest.self, from: Data(line.utf8)) {
                reply = handle(NoticeFile(name: request.name, path: request.path), formats: formats, maxBytes: maxBytes, resultDir: request.result)
            }
            guard var answer = try? JSONEncoder().encode(reply) else { return ExitCode.internalError }
            answer.append(0x0A)
            do { try AtomicFile.writeAll(1, answer, path: "standard output") } catch { return ExitCode.cannotWrite }
        }
        return ExitCode.ok
    }

    /// One request. The files are plain writes, not `AtomicFile` (no fsync): the parent reads them only
    /// after the answer that they are complete, and throws the folder away right after.
    static func handle(_ file: NoticeFile, formats: [CorpusFormat], maxBytes: Int, resultDir: String) -> WorkerReply {
        do {
            switch outcome(file, formats: formats, maxBytes: maxBytes) {
            case .extracted(let rendered):
                for format in formats { try (rendered[format.fileExtension] ?? Data()).write(to: URL(fileURLWithPath: resultDir + "/" + format.fileExtension)) }
            case .refused(let error):
                try error.encoded().write(to: URL(fileURLWithPath: resultDir + "/" + ExpectedError.artifact))
            case .failed(let why):
                return WorkerReply(ok: false, message: why)
            }
            return WorkerReply(ok: true, message: nil)
        } catch {
            return WorkerReply(ok: false, message: "cannot write the results: \(error.localizedDescription)")
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
            guard let data = FileManager.default.contents(atPath: resultDir + "/" + format.fileExtension) else {
                return .failed("the worker exited without writing its \(format.name) output")
            }
            rendered[format.fileExtension] = data
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
