import Foundation
@testable import GongwenKit

/// Broken gongwen files for `gongwen validate`: each made from the full fixture by one edit, with
/// the problem line the command must print for it (location and message).
enum BrokenOutputs {
    /// One broken file and what `gongwen validate` must say about it.
    struct Case {
        var name: String
        var text: String
        /// A line of the command's output, without the leading `FILE: `.
        var expected: String
        /// True when a JSON Schema validator alone must reject it (not a span, reference or syntax problem).
        var schemaCatches = true
    }

    static func validJSON(_ notice: Notice = FullNotice.make()) -> String { String(decoding: try! JSONEmitter.encode(notice), as: UTF8.self) }
    static func validXML(_ notice: Notice = FullNotice.make()) -> String { String(decoding: LibXML.serialize(XMLEmitter.tree(notice)), as: UTF8.self) }

    /// The text with one exact piece replaced. When the piece is not there exactly once, the text
    /// is replaced by a note saying so, which no check can mistake for the expected problem.
    static func edit(_ text: String, _ old: String, _ new: String) -> String {
        guard text.components(separatedBy: old).count == 2 else { return "EDIT FAILED: expected exactly one \(old)" }
        return text.replacingOccurrences(of: old, with: new)
    }

    /// The 1-based line of the first occurrence of a piece.
    static func line(of piece: String, in text: String) -> Int {
        text.components(separatedBy: piece)[0].filter { $0 == "\n" }.count + 1
    }

    static func json() -> [Case] {
        let valid = validJSON()
        var badSpan = FullNotice.make()
        badSpan.header.title!.span.end = badSpan.header.title!.span.start - 1
        var pastEnd = FullNotice.make()
        pastEnd.documents[0].tasks[0].deadlines[0].span.end = 1200
        var dangling = FullNotice.make()
        dangling.documents[0].tasks[0].citations = ["c9"]
        return [
            Case(name: "wrong-type", text: edit(valid, "\"serial\" : 7,", "\"serial\" : \"7\","),
                 expected: "/header/docNumber/serial: expected an integer, found \"7\""),
            Case(name: "missing-required", text: edit(valid, ",\n    \"sha256\" : \"\(String(repeating: "ab", count: 32))\"", ""),
                 expected: "/source: missing required field \"sha256\" (校验值)"),
            Case(name: "malformed-date", text: edit(valid, "\"date\" : \"2024-03-05\"", "\"date\" : \"2024-3-5\""),
                 expected: "/header/date: \"2024-3-5\" is not a valid ISO date (YYYY-MM-DD) (pattern ^[0-9]{4}-[0-9]{2}-[0-9]{2}$)"),
            Case(name: "unknown-field", text: edit(valid, "\"schemaVersion\" : \"1.0\",", "\"schemaVersion\" : \"1.0\", \"remarks\" : \"x\","),
                 expected: "/remarks: unknown field \"remarks\""),
            Case(name: "wrong-version", text: edit(valid, "\"schemaVersion\" : \"1.0\",", "\"schemaVersion\" : \"2.0\","),
                 expected: "/schemaVersion: must be \"1.0\", found \"2.0\""),
            Case(name: "bad-docnumber", text: edit(valid, "\"text\" : \"某政发〔2024〕7号\"", "\"text\" : \"某政发2024-7\""),
                 expected: "/header/docNumber/text: \"某政发2024-7\" is not a valid 发文字号 (机关代字〔年份〕序号号)"),
            Case(name: "bad-frequency", text: edit(valid, "\"frequency\" : \"quarterly\"", "\"frequency\" : \"sometimes\""),
                 expected: "/documents/0/tasks/0/recurring/0/frequency: \"sometimes\" is not one of: daily, weekly, tenDays, semimonthly, monthly, bimonthly, quarterly, termly, halfYearly, yearly, biennial"),
            Case(name: "negative-offset", text: edit(valid, "\"characters\" : 1000,", "\"characters\" : -1,"),
                 expected: "/source/characters: -1 is less than the minimum 0"),
            Case(name: "bad-signer", text: edit(valid, "\"signedBy\" : {", "\"signedBy\" : \"某某县人民政府\", \"x\" : {"),
                 expected: "/header/signedBy: expected an object or an array, found \"某某县人民政府\""),
            Case(name: "span-reversed", text: validJSON(badSpan),
                 expected: "/header/title/span: the span ends (69) before it starts (70)", schemaCatches: false),
            Case(name: "span-past-end", text: validJSON(pastEnd),
                 expected: "/documents/0/tasks/0/deadlines/0/span: the span ends at 1200, past the end of the source (1000 characters)", schemaCatches: false),
            Case(name: "dangling-citation", text: validJSON(dangling),
                 expected: "/documents/0/tasks/0/citations/0: no citation has the id \"c9\"", schemaCatches: false),
            Case(name: "truncated", text: String(valid.prefix(200)),
                 expected: "line 7, column 21: not valid JSON: expected a comma or } in an object, found the end of the file", schemaCatches: false),
        ]
    }

    static func xml() -> [Case] {
        let valid = validXML()
        var badSpan = FullNotice.make()
        badSpan.header.title!.span.end = badSpan.header.title!.span.start - 1
        var dangling = FullNotice.make()
        dangling.documents[0].tasks[0].citations = ["c9"]
        let deadlines = "<deadlines>"
        let unknown = edit(valid, deadlines, deadlines + "<remarks>x</remarks>")
        return [
            Case(name: "unknown-element", text: unknown,
                 expected: "line \(line(of: "<remarks>", in: unknown)): Element 'remarks': This element is not expected. Expected is ( deadline )."),
            Case(name: "missing-attribute", text: edit(valid, " sha256=\"\(String(repeating: "ab", count: 32))\"", ""),
                 expected: "line 3: Element 'source': The attribute 'sha256' is required but missing."),
            Case(name: "malformed-date", text: edit(valid, "<date>2024-03-05</date>", "<date>2024-3-5</date>"),
                 expected: "line \(line(of: "<date>", in: valid)): Element 'date': [facet 'pattern'] The value '2024-3-5' is not accepted by the pattern '[0-9]{4}-[0-9]{2}-[0-9]{2}'."),
            Case(name: "wrong-type", text: edit(valid, "serial=\"7\"", "serial=\"seven\""),
                 expected: "line \(line(of: "serial=\"7\"", in: valid)): Element 'docNumber', attribute 'serial': 'seven' is not a valid value of the atomic type 'xs:nonNegativeInteger'."),
            Case(name: "bad-role", text: edit(valid, "role=\"responsible\" start", "role=\"boss\" start"),
                 expected: "line \(line(of: "role=\"responsible\"", in: valid)): Element 'unit', attribute 'role': [facet 'enumeration'] The value 'boss' is not an element of the set {'lead', 'support', 'responsible'}."),
            Case(name: "span-reversed", text: validXML(badSpan),
                 expected: "line \(line(of: "<title", in: valid)): element title: the span ends (69) before it starts (70)"),
            Case(name: "dangling-citation", text: validXML(dangling),
                 expected: "line \(line(of: "<cite ", in: valid)): Element 'cite': No match found for key-sequence ['c9'] of keyref 'taskCitation'."),
            Case(name: "doctype", text: edit(valid, "<notice ", "<!DOCTYPE notice [<!ENTITY x \"y\">]>\n<notice "),
                 expected: "line 2: a DOCTYPE declaration is not allowed: gongwen XML has none, and its entities are not expanded"),
            Case(name: "truncated", text: String(valid.prefix(120)),
                 expected: "line 3: not well-formed XML: "),
        ]
    }
}
