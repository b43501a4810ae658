import Foundation

/// 审阅页面: one self-contained HTML page to check a notice's extraction by eye: the decoded
/// original on the left with every extracted value marked by kind, the header card, diagnostics,
/// task ledger, unit index and citations on the right. Built in one pass over the text.
public enum HTMLEmitter {
    /// The page for `notice`, extracted from `source` (its spans index `source.scalars`).
    public static func page(_ notice: Notice, source: SourceText) -> Data {
        var w = HTMLWriter(capacity: source.scalars.count * 4 + 65_536)
        let highlights = Highlight.collect(notice)
        let title = notice.header.title?.text ?? notice.documents.first?.title.text ?? source.name
        w.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        w.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        w.raw("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n")
        w.raw("<meta name=\"generator\" content=\"gongwen \(notice.schemaVersion)\">\n<title>")
        w.text(title)
        w.raw("</title>\n<style>\n\(HTMLAssets.css)\n</style>\n</head>\n<body>\n<header class=\"top\"><h1>")
        w.text(title)
        w.raw("</h1>")
        legend(&w, highlights)
        w.raw("</header>\n<main>\n")
        sourcePane(&w, source, highlights)
        HTMLLedger.side(&w, notice)
        w.raw("</main>\n<script>\n\(HTMLAssets.js)\n</script>\n</body>\n</html>\n")
        return w.data
    }

    /// One checkbox per kind present, with its colour and count, to show or hide those marks.
    static func legend(_ w: inout HTMLWriter, _ highlights: [Highlight]) {
        var counts: [Highlight.Kind: Int] = [:]
        for h in highlights { counts[h.kind, default: 0] += 1 }
        w.raw("<span class=\"legend\">")
        for kind in Highlight.Kind.allCases {
            guard let n = counts[kind] else { continue }
            w.raw("<label><input type=\"checkbox\" checked value=\"\(kind.rawValue)\"> ")
            if kind == .unit {
                for role in Ledger.Role.allCases where highlights.contains(where: { $0.kind == .unit && $0.detail == role.key }) {
                    w.raw("<span class=\"sw k-unit d-\(role.key)\">\(role.label)</span>")
                }
                w.raw("单位")
            } else {
                w.raw("<span class=\"sw k-\(kind.rawValue)\">")
                w.text(kind.title)
                w.raw("</span>")
            }
            w.raw(" \(n)</label> ")
        }
        w.raw("</span>")
    }

    /// The decoded original, every highlight one `<mark>` with `data-kind` and `data-id`; where two
    /// values cross, the rest of one continues in `<mark class="cont" data-of=ID>` without `data-kind`.
    /// The text is cut into blocks of about `blockScalars` at line starts, which the browser lays out
    /// only when they scroll into view (`content-visibility: auto`), so a 1 MB notice opens quickly.
    static func sourcePane(_ w: inout HTMLWriter, _ source: SourceText, _ highlights: [Highlight]) {
        let intervals = highlights.map { SpanNesting.Interval(start: $0.span.start, end: $0.span.end, rank: $0.kind.rank) }
        let scalars = source.scalars
        let lineStarts = source.lineStarts
        let cuts = blockCuts(lineStarts, blockScalars, scalars.count)
        var nextLine = 0, nextCut = 0, pos = 0
        /// Line numbers for the lines starting at or before `k`, on lines with text only.
        func lineNumbers(upTo k: Int) {
            while nextLine < lineStarts.count, lineStarts[nextLine] <= k {
                let at = Int(lineStarts[nextLine])
                if at == k, at < scalars.count, scalars[at] != "\n", scalars[at] != "\r" {
                    w.raw("<span class=\"ln\" data-n=\"\(nextLine + 1)\"></span>")
                }
                nextLine += 1
            }
        }
        w.raw("<div class=\"src\" id=\"src\" lang=\"zh-CN\">")
        block(&w, 0, cuts.first ?? scalars.count, source)
        for event in SpanNesting.events(intervals, length: scalars.count, cuts: cuts) {
            switch event {
            case .open(let i, let continuation):
                lineNumbers(upTo: pos) // a mark opening at a line start goes after the line's number
                open(&w, highlights[i], continuation: continuation)
            case .close:
                w.raw("</mark>")
            case .cut(let at):
                while nextCut < cuts.count, cuts[nextCut] <= at { nextCut += 1 }
                w.raw("</div>")
                block(&w, at, nextCut < cuts.count ? cuts[nextCut] : scalars.count, source)
            case .text(let range):
                for k in range {
                    lineNumbers(upTo: k)
                    w.scalar(scalars[k])
                }
                pos = range.upperBound
            }
        }
        w.raw("</div></div>\n")
    }

    /// Scalars per block of the text pane.
    static let blockScalars = 6_000

    /// Line starts about every `size` scalars (inside the text), where the text pane starts a new block.
    static func blockCuts(_ lineStarts: [Int32], _ size: Int, _ length: Int) -> [Int] {
        var cuts: [Int] = []
        var last = 0
        for s in lineStarts.lazy.map(Int.init) where s - last >= size && s < length {
            cuts.append(s)
            last = s
        }
        return cuts
    }

    /// Opens a block of the text pane, with a height estimate (lines of 40 characters, 28 px) that
    /// the browser uses until it has laid the block out.
    static func block(_ w: inout HTMLWriter, _ start: Int, _ end: Int, _ source: SourceText) {
        let lines = source.line(of: max(start, end - 1)) - source.line(of: start) + 1
        let estimate = (lines + (end - start) / 40) * 28
        w.raw("<div class=\"block\" style=\"contain-intrinsic-size:auto \(estimate)px\">")
    }

    static func open(_ w: inout HTMLWriter, _ h: Highlight, continuation: Bool) {
        w.raw("<mark class=\"hl k-\(h.kind.rawValue)")
        if let d = h.detail { w.raw(" d-"); w.text(d) }
        if continuation {
            w.raw(" cont\"")
            w.attr("data-of", h.id)
        } else {
            w.raw("\" data-kind=\"\(h.kind.rawValue)\"")
            w.attr("data-id", h.id)
            w.attr("id", "v-" + h.id)
            w.raw(" data-span=\"\(h.span.start)-\(h.span.end)\"")
            if let d = h.detail, let name = detailAttribute[h.kind] { w.attr(name, d) }
        }
        w.attr("title", h.note)
        w.raw(">")
    }

    /// The attribute that names a highlight's detail, by kind.
    static let detailAttribute: [Highlight.Kind: String] = [
        .unit: "data-role", .header: "data-field", .diagnostic: "data-severity", .label: "data-severity",
        .citation: "data-part", .recurring: "data-frequency",
    ]
}
