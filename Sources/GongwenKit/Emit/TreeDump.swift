/// 树形转储: every tree dumps itself one node per line with its span, for tests and for people
/// who want to see what the parser saw (`gongwen dump`).
public enum TreeDump {
    /// The paragraphs after normalization, each with its marker and original span.
    public static func paragraphs(_ source: SourceText) -> String {
        let lexed = Lexer.lex(Normalizer.normalize(source))
        var out = ""
        for p in lexed.paragraphs {
            let span = lexed.text.span(p.range)
            let marker = p.marker.map { "[\($0.kind.rawValue) \($0.value)] " } ?? ""
            out += "\(p.index) @\(span.start)-\(span.end) L\(source.line(of: span.start)) \(marker)\(lexed.string(p))\n"
        }
        return out
    }

    /// The tokens of every paragraph, one per line with its kind and range.
    public static func tokens(_ source: SourceText) -> String {
        let lexed = Lexer.lex(Normalizer.normalize(source))
        var out = ""
        for p in lexed.paragraphs {
            for t in lexed.tokens(of: p.index) {
                let span = lexed.text.span(t.range)
                out += "\(p.index) \(describe(t.kind))\(t.wide ? " wide" : "") depth \(t.depth) @\(span.start)-\(span.end) \(lexed.string(t.range))\n"
            }
        }
        return out
    }

    static func describe(_ kind: Token.Kind) -> String {
        switch kind {
        case .marker(let k): return "marker.\(k.rawValue)"
        case .open(let b): return "open.\(b.rawValue)"
        case .close(let b): return "close.\(b.rawValue)"
        case .date: return "date"
        case .docNumber: return "docNumber"
        case .standard: return "standard"
        }
    }

    /// The documents of a notice with their outline, one item per line, tasks marked.
    public static func outline(_ notice: Notice) -> String {
        var out = ""
        for d in notice.documents {
            out += "document \(d.id) @\(d.span.start)-\(d.span.end) \(d.title.text) (year \(d.year.map(String.init) ?? "-"))\n"
            func walk(_ items: [OutlineItem], _ depth: Int) {
                for i in items {
                    let task = i.task.map { " => \($0)" } ?? ""
                    out += String(repeating: "  ", count: depth) + "\(i.marker) @\(i.span.start)-\(i.span.end) \(i.title)\(task)\n"
                    walk(i.children, depth + 1)
                }
            }
            walk(d.outline, 1)
        }
        return out
    }

    /// Every task with its extracted values, one value per line.
    public static func tasks(_ notice: Notice) -> String {
        var out = ""
        for d in notice.documents {
            for t in d.tasks {
                out += "\(t.id) \(t.path.joined(separator: "/")) @\(t.span.start)-\(t.span.end) \(t.heading.text)\n"
                for (role, units) in [("lead", t.units.lead), ("support", t.units.support), ("responsible", t.units.responsible)] {
                    for u in units { out += "  \(role) \(u.name) @\(u.span.start)-\(u.span.end)\n" }
                }
                for x in t.deadlines { out += "  deadline \(x.text) = \(x.date ?? "-") @\(x.span.start)-\(x.span.end)\n" }
                for x in t.starts { out += "  start \(x.text) = \(x.date ?? "-") @\(x.span.start)-\(x.span.end)\n" }
                for x in t.recurring { out += "  recurring \(x.text) (\(x.frequency)) @\(x.span.start)-\(x.span.end)\n" }
            }
        }
        return out
    }
}
