/// 流水线: decode → normalize → tokenize → parse → extract → model → validate → emit.
/// Each stage is one call; this file is the table of contents.
public enum Pipeline {
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

    /// Processes decoded text.
    public static func process(_ source: SourceText) -> Notice {
        let normalized = Normalizer.normalize(source)
        let lexed = Lexer.lex(normalized)
        let context = ParseContext(source: source, lexed: lexed)
        let parsed = NoticeParser.parse(context)
        let citations = CitationScanner.scan(context)
        let extracted = Extractor.extract(context, parsed, citations: citations)
        var notice = NoticeBuilder.build(context, parsed, extracted, citations)
        notice.diagnostics += SemanticRules.check(notice, context)
        notice.diagnostics.sort { ($0.span?.start ?? -1, $0.code) < ($1.span?.start ?? -1, $1.code) }
        return notice
    }
}
