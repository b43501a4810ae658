@testable import GongwenKit

/// A notice with every field of the model present, optional ones included, to check that both
/// schemas describe all of it and that the XML carries every value the JSON does.
enum FullNotice {
    static func span(_ start: Int, _ length: Int = 4) -> SourceSpan { SourceSpan(start: start, end: start + length, line: 1 + start / 50) }
    static func located(_ text: String, _ start: Int) -> Located { Located(text: text, span: span(start, text.unicodeScalars.count)) }
    static func named(_ name: String, _ start: Int) -> Named { Named(name: name, span: span(start, name.unicodeScalars.count)) }

    static func make(jointSigners: Bool = false) -> Notice {
        var h = Header()
        h.copyNumber = located("000123", 0)
        h.secrecy = located("秘密★1年", 10)
        h.urgency = located("特急", 20)
        h.issuerMark = located("某某县人民政府文件", 30)
        h.issuer = located("某某县人民政府", 30)
        h.issuers = [named("某某县人民政府", 30), named("某某县财政局", 40)]
        h.docNumber = DocNumber(text: "某政发〔2024〕7号", agency: "某政发", year: 2024, serial: 7, span: span(50, 10))
        h.signatory = .one(located("张三", 62))
        h.title = located("某某县人民政府关于印发《某某县2024年重点工作实施方案》的通知", 70)
        h.recipients = [named("各乡镇人民政府", 110)]
        h.signedBy = jointSigners ? .several([named("某某县人民政府", 900), named("某某县财政局", 910)]) : .one(located("某某县人民政府", 900))
        h.date = "2024-03-05"
        h.dateSource = located("2024年3月5日", 920)
        h.disclosure = located("此件公开发布", 935)
        h.cc = [named("县委办", 950)]
        h.printedBy = located("某某县人民政府办公室", 960)
        h.printDate = "2024-03-06"
        h.printDateSource = located("2024年3月6日印发", 975)

        var units = Units()
        units.lead = [named("县发展和改革局", 300)]
        units.support = [named("县财政局", 310)]
        units.responsible = [named("各乡镇人民政府", 320)]
        let task = Task(id: "d1.t1", number: 1, marker: "1、", path: ["一、", "1、"], heading: located("严格项目准入", 250),
                        text: "严格项目准入。由县发展和改革局牵头，县财政局配合，2024年9月底前完成，每季度报送进展。",
                        span: span(248, 90), units: units,
                        deadlines: [TimePoint(text: "2024年9月底前", date: "2024-09-30", span: span(330, 9)), TimePoint(text: "年内", date: nil, span: span(345, 2))],
                        starts: [TimePoint(text: "4月起", date: "2024-04-01", span: span(350, 3))],
                        recurring: [Recurrence(text: "每季度", frequency: "quarterly", span: span(340, 3))], citations: ["c1"])
        let leaf = OutlineItem(marker: "1、", number: 1, level: 2, title: "严格项目准入", span: span(248, 90), task: "d1.t1", children: [])
        let top = OutlineItem(marker: "一、", number: 1, level: 1, title: "重点任务", span: span(240, 6), task: nil, children: [leaf])
        let document = Document(id: "d1", title: located("某某县2024年重点工作实施方案", 200), year: 2024, span: span(200, 700),
                                outline: [top], tasks: [task])
        let citation = Citation(id: "c1", title: "某某市2024年重点工作方案",
                                docNumber: DocNumber(text: "某市政办发[2024]第08号", agency: "某市政办发", year: 2024, serial: 8, span: span(400, 14)),
                                standard: located("GB/T 9704-2012", 420), spans: [span(380, 12), span(500, 12)], aliases: [located("方案", 600)])
        let diagnostic = Diagnostic(.warning, "unit.variant", "同一单位在本文中有两种写法", span: span(310),
                                    labels: [Diagnostic.Label(message: "较完整的写法", span: span(300))], notes: ["请统一写法"])
        let spanless = Diagnostic(.note, "outline.gap", "整篇提示", span: nil)
        return Notice(schemaVersion: Notice.currentSchemaVersion,
                      source: SourceInfo(name: "notice.txt", sha256: String(repeating: "ab", count: 32), encoding: "UTF-8", characters: 1000,
                                         excluded: [span(990, 10)]),
                      header: h, documents: [document], citations: [citation],
                      units: [UnitEntry(name: "县发展和改革局", tasks: RoleTasks(lead: ["d1.t1"], support: [], responsible: [])),
                              UnitEntry(name: "县财政局", tasks: RoleTasks(lead: [], support: ["d1.t1"], responsible: ["d1.t1"]))],
                      diagnostics: [diagnostic, spanless])
    }
}
