import Foundation

/// 合成输入: large inputs made from the notices we have.
///
/// A large notice is one covering notice (written here) that issues as many plans as fit in the
/// size asked for; the plans are the corpus notices taken in turn, each under its own attachment
/// label `附件k` (k = 1, 2, …), so the extractor sees many documents, outlines, units and dates of
/// real variety. The folder of notices is the corpus notices copied round-robin under numbered names.
enum Synthetic {
    /// Writes a notice of at least `bytes` bytes to `path`; returns how many plans it holds.
    static func notice(from pool: [String], bytes: Int, to path: String) throws -> Int {
        let texts = try pool.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }
        guard !texts.isEmpty else { throw BenchError("no notices to build a synthetic notice from") }
        var plans = 0, size = 0
        while size < bytes { size += texts[plans % texts.count].count + 16; plans += 1 }
        guard FileManager.default.createFile(atPath: path, contents: nil) else { throw BenchError("cannot write \(path)") }
        guard let out = FileHandle(forWritingAtPath: path) else { throw BenchError("cannot write \(path)") }
        defer { try? out.close() }
        out.write(Data(covering(plans: plans).utf8))
        for k in 0..<plans {
            out.write(Data("\n附件\(k + 1)\n\n".utf8))
            out.write(texts[k % texts.count])
        }
        return plans
    }

    /// The covering notice: issuer, number, title, recipients, one sentence, signature and date.
    static func covering(plans: Int) -> String {
        """
        某某县人民政府办公室文件

        某政办发〔2024〕99号

        某某县人民政府办公室关于印发重点工作方案等\(plans)个文件的通知

        各乡镇人民政府，县直各有关单位：

        现将重点工作方案等\(plans)个文件印发给你们，请结合实际认真贯彻落实。

        某某县人民政府办公室
        2024年3月1日

        """
    }

    /// Copies the pool into `dir` as `count` numbered notices; returns their paths.
    static func folder(from pool: [String], count: Int, in dir: String) throws -> [String] {
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return try (0..<count).map { k in
            let source = pool[k % pool.count]
            let path = String(format: "%@/%04d_%@", dir, k + 1, (source as NSString).lastPathComponent)
            if !FileManager.default.fileExists(atPath: path) { try FileManager.default.copyItem(atPath: source, toPath: path) }
            return path
        }
    }
}
