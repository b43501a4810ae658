import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// 语料工作单元: the work done for one notice, wherever it runs (in a thread of this process or in a
/// worker process): read, extract, render each format; every problem becomes an outcome, nothing throws.
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
    /// extracts each notice and answers on standard output with one JSON line (`WorkerReply`) followed
    /// by the bytes of each rendering it announces. Ends at the end of its input, or when its parent is gone.
    public static func serve(formats: [CorpusFormat], maxBytes: Int) -> Int32 {
        exitWhenOrphaned()
        while let line = readLine(strippingNewline: true) {
            var reply = WorkerReply(ok: false, message: "unreadable request")
            var payload = Data()
            if let request = try? JSONDecoder().decode(WorkerRequest.self, from: Data(line.utf8)) {
                (reply, payload) = answer(outcome(NoticeFile(name: request.name, path: request.path), formats: formats, maxBytes: maxBytes), formats)
            }
            guard var message = try? JSONEncoder().encode(reply) else { return ExitCode.internalError }
            message.append(0x0A)
            message.append(payload)
            do { try AtomicFile.writeAll(1, message, path: "standard output") } catch { return ExitCode.cannotWrite }
        }
        return ExitCode.ok
    }

    /// An outcome as an answer line and the bytes that follow it.
    static func answer(_ outcome: ExtractionOutcome, _ formats: [CorpusFormat]) -> (WorkerReply, Data) {
        switch outcome {
        case .extracted(let rendered):
            var parts: [WorkerPart] = [], payload = Data()
            for format in formats {
                let data = rendered[format.fileExtension] ?? Data()
                parts.append(WorkerPart(format: format.fileExtension, size: data.count))
                payload.append(data)
            }
            return (WorkerReply(ok: true, parts: parts), payload)
        case .refused(let error):
            return (WorkerReply(ok: true, refused: error), Data())
        case .failed(let why):
            return (WorkerReply(ok: false, message: why), Data())
        }
    }

    /// The parent side: the outcome an answer and its bytes stand for.
    static func outcome(of reply: WorkerReply, _ payload: Data, formats: [CorpusFormat]) -> ExtractionOutcome {
        guard reply.ok else { return .failed(reply.message ?? "the worker failed") }
        if let refused = reply.refused { return .refused(refused) }
        var rendered: [String: Data] = [:], offset = payload.startIndex
        for part in reply.parts ?? [] {
            rendered[part.format] = payload.subdata(in: offset..<offset + part.size)
            offset += part.size
        }
        for format in formats where rendered[format.fileExtension] == nil {
            return .failed("the worker answered without its \(format.name) output")
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
