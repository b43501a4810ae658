/// 流水线: decode → normalize → tokenize → parse → extract → model → validate → emit.
/// Each stage is one call; this file is the table of contents.
public enum Pipeline {
    /// The stages of `process`, in order (named for `gongwen-bench`'s per-stage figures).
    public enum Stage: String, CaseIterable, Sendable {
        case normalize, lex, parse, extract, model
    }

    /// Reads, decodes and processes one file (`-` for standard input).
    public static func run(path: String, maxBytes: Int = Decoder.defaultMaxBytes) throws -> Notice {
        process(try Decoder.read(path: path, maxBytes: maxBytes))
    }

    /// The semantic rules run on a notice read elsewhere (`gongwen validate`), against the source it
    /// was extracted from.
    public static func diagnose(_ notice: Notice, source: SourceText) -> [Diagnostic] {
        let context = ParseContext(source: source, lexed: Lexer.lex(Normalizer.normalize(source)))
        return SemanticRules.check(notice, context)
    }

    /// Processes decoded text; `lap` is called as each stage ends (for timing). The original text
    /// is not kept past normalization: a caller that hands it over (`process(consume source)`) lets
    /// a large notice's text go before the rest is built.
    public static func process(_ source: consuming SourceText, lap: (Stage) -> Void = { _ in }) -> Notice {
        let normalized = Normalizer.normalize(source)
        let known = source.withoutText()
        _ = consume source
        lap(.normalize)
        let lexed = Lexer.lex(normalized)
        lap(.lex)
        let context = ParseContext(source: known, lexed: lexed)
        let parsed = NoticeParser.parse(context)
        lap(.parse)
        let citations = CitationScanner.scan(context)
        let extracted = Extractor.extract(context, parsed, citations: citations)
        lap(.extract)
        var notice = NoticeBuilder.build(context, parsed, extracted, citations)
        notice.diagnostics += SemanticRules.check(notice, context)
        notice.diagnostics.sort { ($0.span?.start ?? -1, $0.code) < ($1.span?.start ?? -1, $1.code) }
        lap(.model)
        return notice
    }
}
