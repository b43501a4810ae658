/// CSV 记录: a notice a crawler saved as one record of a CSV file, its fields around the quoted text:
/// `标题,2022-10-24,"正文…",栏目,https://…`. The fields before the opening quote and after the
/// closing one are the crawler's. The title field stays as a line of its own, unless the text
/// repeats it at its start (then that copy is cut from the line it runs into); the other fields and
/// the quotes are excluded. Nothing else changes.
enum CSVRecord {
    /// The first line of a record is at most this long (a title and a few short fields).
    static let maxHeadLength = 300
    /// How far from the end the closing quote may be (a category and a few addresses).
    static let maxTailLength = 1_000

    /// The lines with the record's fields cut out, and the spans of what was cut.
    static func unwrap(_ s: some ScalarCollection, _ lines: [Normalizer.Line]) -> (lines: [Normalizer.Line], head: [Span], tail: [Span]) {
        guard let first = lines.firstIndex(where: { !Normalizer.isBlank(s, $0.content) }),
              let (titleEnd, open) = head(s, lines[first].content),
              let (closeLine, close) = tail(s, lines, after: first) else { return (lines, [], []) }
        let line = lines[first].content
        var title = line.lowerBound..<titleEnd
        while title.lowerBound < title.upperBound, CharClass.isSpace(s[title.lowerBound]) { title = (title.lowerBound + 1)..<title.upperBound }
        var out = Array(lines[..<first])
        var head = [Span(titleEnd, open + 1)]
        var body = Array(lines[(first + 1)..<closeLine])
        let last = lines[closeLine]
        body.append(Normalizer.Line(content: last.content.lowerBound..<close, terminator: close))
        if open + 1 < line.upperBound {
            body.insert(Normalizer.Line(content: (open + 1)..<line.upperBound, terminator: lines[first].terminator), at: 0)
        }
        // The text repeats the title and runs on (`…的通知各市人民政府，…：`): cut after the copy, drop the field.
        if let k = body.firstIndex(where: { !Normalizer.isBlank(s, $0.content) }), let end = repeats(s, title, at: body[k].content) {
            head.insert(Span(title.lowerBound, title.upperBound), at: 0)
            let r = body[k].content
            if end < r.upperBound { body[k...k] = [Normalizer.Line(content: r.lowerBound..<end, terminator: end), Normalizer.Line(content: end..<r.upperBound, terminator: body[k].terminator)] }
        } else {
            out.append(Normalizer.Line(content: title, terminator: titleEnd))
        }
        let tail = [Span(close, lines.last!.terminator)]
        return (out + body, head, tail)
    }

    /// `标题,2022-10-24,有效,"`: where the title field ends and where the opening quote is. The fields
    /// after the title must include a date; the quote may be followed by the text's first line.
    static func head(_ s: some ScalarCollection, _ r: Range<Int>) -> (Int, Int)? {
        let reach = r.lowerBound..<min(r.upperBound, r.lowerBound + maxHeadLength)
        guard let comma = s[reach].firstIndex(of: ","), comma > r.lowerBound,
              let open = s[comma..<reach.upperBound].firstIndex(of: "\""), open > comma + 1, s[open - 1] == "," else { return nil }
        let fields = s[(comma + 1)..<(open - 1)].split(separator: ",")
        guard !fields.isEmpty, fields.count <= 4, fields.contains(where: isDateField) else { return nil }
        return (comma, open)
    }

    /// `2022-10-24`, `2024/8/1`, `2024年08月01日`: a field that is a date and nothing else.
    static func isDateField(_ f: some ScalarCollection) -> Bool {
        let t = f.filter { !CharClass.isSpace($0) }
        guard t.count >= 8, t.count <= 11, t.prefix(4).allSatisfy(CharClass.isDigit) else { return false }
        return t.allSatisfy { CharClass.isDigit($0) || "-/.年月日".unicodeScalars.contains($0) }
    }

    /// The closing quote: the last `"` followed by `,` or the end, after which only the crawler's
    /// fields follow (no sentence of the text). Returns its line and offset.
    static func tail(_ s: some ScalarCollection, _ lines: [Normalizer.Line], after first: Int) -> (Int, Int)? {
        let end = lines.last!.content.upperBound
        var k = lines.count - 1
        while k > first {
            let r = lines[k].content
            if let q = s[r].lastIndex(of: "\""), q + 1 == r.upperBound || s[q + 1] == ",",
               end - q <= maxTailLength, !s[(q + 1)..<end].contains("。") {
                return (k, q)
            }
            if r.upperBound < end - maxTailLength { return nil }
            k -= 1
        }
        return nil
    }

    /// Where the text's copy of the title ends, when line `r` starts with it (white space aside).
    static func repeats(_ s: some ScalarCollection, _ title: Range<Int>, at r: Range<Int>) -> Int? {
        var i = r.lowerBound
        while i < r.upperBound, CharClass.isSpace(s[i]) { i += 1 }
        guard title.count >= 4, i + title.count <= r.upperBound, s[i..<(i + title.count)].elementsEqual(s[title]) else { return nil }
        return i + title.count
    }
}
