/// JSON Schema 文本: the JSON Schema (draft 2020-12) of gongwen's output, version 1.0, carried in the binary
/// so `gongwen schema` and `gongwen validate` work wherever gongwen is installed. The file
/// schemas/gongwen-1.0.schema.json holds the same text (a test compares them; RECORD_GOLDEN=1 rewrites it).
public enum JSONSchemaDocument {
    /// The file name under schemas/.
    public static let fileName = "gongwen-1.0.schema.json"

    /// The schema, byte for byte.
    public static let text = #"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "$id": "urn:gongwen:1.0",
  "title": "gongwen output 1.0",
  "description": "公文: what gongwen reads off one Chinese government notice (GB/T 9704-2012): the header elements, the documents it issues or attaches with their outline and tasks, the citations, the unit index and the diagnostics. Every extracted value carries its source span.",
  "type": "object",
  "properties": {
    "schemaVersion": { "description": "版本: the version of this output contract; always \"1.0\" for this schema.", "const": "1.0" },
    "source": { "$ref": "#/$defs/SourceInfo", "description": "来源: the input file." },
    "header": { "$ref": "#/$defs/Header", "description": "版头、主体与版记: the GB/T 9704 elements of the notice." },
    "documents": { "description": "文件: the plans the notice issues or attaches (or the notice itself when it carries its own tasks).", "type": "array", "items": { "$ref": "#/$defs/Document" } },
    "citations": { "description": "引用文件: the documents, laws, standards and plans named in 《…》, once per distinct title.", "type": "array", "items": { "$ref": "#/$defs/Citation" } },
    "units": { "description": "单位索引: every unit named by a task, sorted by name, with the tasks it holds by role.", "type": "array", "items": { "$ref": "#/$defs/UnitEntry" } },
    "diagnostics": { "description": "问题: what a clerk should look at, sorted by position.", "type": "array", "items": { "$ref": "#/$defs/Diagnostic" } }
  },
  "required": ["schemaVersion", "source", "header", "documents", "citations", "units", "diagnostics"],
  "additionalProperties": false,
  "$defs": {
    "Span": {
      "title": "source span",
      "description": "出处: where a value sits in the decoded original.",
      "type": "object",
      "properties": {
        "start": { "description": "起始位置: offset of the first character, in Unicode scalars from the start of the decoded text.", "type": "integer", "minimum": 0 },
        "end": { "description": "结束位置: offset just after the last character (exclusive), in Unicode scalars; never before start, never past source.characters.", "type": "integer", "minimum": 0 },
        "line": { "description": "行号: the 1-based line of the original on which the value starts.", "type": "integer", "minimum": 1 }
      },
      "required": ["start", "end", "line"],
      "additionalProperties": false
    },
    "Located": {
      "title": "located text",
      "description": "A piece of extracted text with its source span.",
      "type": "object",
      "properties": {
        "text": { "description": "文字: the text (normalized: joined across line breaks, full-width digits and letters folded).", "type": "string" },
        "span": { "$ref": "#/$defs/Span", "description": "出处: where the text sits in the original." }
      },
      "required": ["text", "span"],
      "additionalProperties": false
    },
    "Named": {
      "title": "named entity",
      "description": "A named unit, organ or recipient with its source span.",
      "type": "object",
      "properties": {
        "name": { "description": "名称: the name as written (normalized).", "type": "string" },
        "span": { "$ref": "#/$defs/Span", "description": "出处: where the name sits in the original." }
      },
      "required": ["name", "span"],
      "additionalProperties": false
    },
    "IsoDate": {
      "title": "ISO date (YYYY-MM-DD)",
      "description": "日期: a calendar date as YYYY-MM-DD.",
      "type": "string",
      "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    },
    "DocNumberText": {
      "title": "发文字号 (机关代字〔年份〕序号号)",
      "description": "发文字号 as written: 机关代字 (up to 12 Chinese characters), the year in brackets (GB/T 9704 asks for 〔〕; converters substitute [] ［］ () （） 【】 ﹝﹞), an optional 第 and the serial followed by 号.",
      "type": "string",
      "pattern": "^[〇㐀-䶿一-鿿𠀀-𯿿]{1,12}[〔\\[［(（【﹝][0-9]{4}[〕\\]］)）】﹞》〉”」]第?[0-9]{1,6}号$"
    },
    "DocumentId": {
      "title": "document id (d1, d2, …)",
      "description": "文件编号: d followed by the document's position from 1.",
      "type": "string",
      "pattern": "^d[1-9][0-9]*$"
    },
    "TaskId": {
      "title": "task id (d1.t1, …)",
      "description": "任务编号: the document id, .t and the task's position in it from 1.",
      "type": "string",
      "pattern": "^d[1-9][0-9]*\\.t[1-9][0-9]*$"
    },
    "CitationId": {
      "title": "citation id (c1, c2, …)",
      "description": "引用编号: c followed by the citation's position from 1.",
      "type": "string",
      "pattern": "^c[1-9][0-9]*$"
    },
    "SourceInfo": {
      "description": "来源: the input file.",
      "type": "object",
      "properties": {
        "name": { "description": "文件名: the path as given on the command line (- for standard input).", "type": "string" },
        "sha256": { "description": "校验值: SHA-256 of the file's bytes, lower-case hex.", "type": "string", "pattern": "^[0-9a-f]{64}$" },
        "encoding": { "description": "编码: the encoding the file was decoded from, e.g. UTF-8, UTF-8 (BOM), UTF-16LE (BOM), GB18030.", "type": "string" },
        "characters": { "description": "字符数: Unicode scalars in the decoded text; every span lies within 0…characters.", "type": "integer", "minimum": 0 },
        "excluded": { "description": "排除内容: lines marked as website or converter noise (front matter, breadcrumbs, 原文链接), outside the document.", "type": "array", "items": { "$ref": "#/$defs/Span" } }
      },
      "required": ["name", "sha256", "encoding", "characters", "excluded"],
      "additionalProperties": false
    },
    "DocNumber": {
      "description": "发文字号: a document number such as 乡政办发〔2023〕46号.",
      "type": "object",
      "properties": {
        "text": { "$ref": "#/$defs/DocNumberText", "description": "发文字号: the number as written (normalized)." },
        "agency": { "description": "机关代字: the issuing organ's code, e.g. 乡政办发.", "type": "string" },
        "year": { "description": "年份: the year in the brackets, e.g. 2023.", "type": "integer", "minimum": 0 },
        "serial": { "description": "发文顺序号: the serial number, e.g. 46.", "type": "integer", "minimum": 0 },
        "span": { "$ref": "#/$defs/Span", "description": "出处: where the number sits in the original." }
      },
      "required": ["text", "agency", "year", "serial", "span"],
      "additionalProperties": false
    },
    "Header": {
      "description": "版头、主体与版记: the GB/T 9704-2012 elements of the notice; each field is present only where the notice has the element.",
      "type": "object",
      "properties": {
        "copyNumber": { "$ref": "#/$defs/Located", "description": "份号: the copy number." },
        "secrecy": { "$ref": "#/$defs/Located", "description": "密级和保密期限: the security classification and its period." },
        "urgency": { "$ref": "#/$defs/Located", "description": "紧急程度: the urgency (特急, 加急)." },
        "issuerMark": { "$ref": "#/$defs/Located", "description": "发文机关标志: the issuer mark, e.g. 乡宁县人民政府办公室文件." },
        "issuer": { "$ref": "#/$defs/Located", "description": "发文机关: the issuing organ (the first one, for joint issuance)." },
        "issuers": { "description": "联合发文机关: every issuing organ, when several issue jointly.", "type": "array", "items": { "$ref": "#/$defs/Named" } },
        "docNumber": { "$ref": "#/$defs/DocNumber", "description": "发文字号: the document number." },
        "signatory": { "$ref": "#/$defs/Signatory", "description": "签发人: the signatory of an upward document (上行文)." },
        "title": { "$ref": "#/$defs/Located", "description": "标题: the title." },
        "recipients": { "description": "主送机关: the recipients.", "type": "array", "items": { "$ref": "#/$defs/Named" } },
        "signedBy": { "$ref": "#/$defs/SignedBy", "description": "发文机关署名: the signing organ(s)." },
        "date": { "$ref": "#/$defs/IsoDate", "description": "成文日期: the date of the document as an ISO date (absent when the written date is not a real date)." },
        "dateSource": { "$ref": "#/$defs/Located", "description": "成文日期: the date as written." },
        "disclosure": { "$ref": "#/$defs/Located", "description": "附注: the note, e.g. 此件公开发布." },
        "cc": { "description": "抄送机关: the organs copied.", "type": "array", "items": { "$ref": "#/$defs/Named" } },
        "printedBy": { "$ref": "#/$defs/Located", "description": "印发机关: the organ that printed and sent the document." },
        "printDate": { "$ref": "#/$defs/IsoDate", "description": "印发日期: the print date as an ISO date." },
        "printDateSource": { "$ref": "#/$defs/Located", "description": "印发日期: the print date as written." }
      },
      "additionalProperties": false
    },
    "Signatory": {
      "description": "签发人: an object for one signatory, a list when several sign (a joint 上行文).",
      "oneOf": [
        { "$ref": "#/$defs/Located", "description": "签发人: the one signatory." },
        { "description": "签发人: the signatories of a joint 上行文.", "type": "array", "items": { "$ref": "#/$defs/Named" } }
      ]
    },
    "SignedBy": {
      "description": "发文机关署名: an object for one signing organ, a list for joint issuance.",
      "oneOf": [
        { "$ref": "#/$defs/Located", "description": "署名: the one signing organ." },
        { "description": "联合署名: the signing organs of a joint issuance.", "type": "array", "items": { "$ref": "#/$defs/Named" } }
      ]
    },
    "Document": {
      "description": "文件: one issued or attached plan (or the notice itself when it carries its own tasks).",
      "type": "object",
      "properties": {
        "id": { "$ref": "#/$defs/DocumentId", "description": "文件编号: d1, d2, … in order of appearance." },
        "title": { "$ref": "#/$defs/Located", "description": "标题: the plan's title." },
        "year": { "description": "年度: the plan's own year (from its title, else the notice's date), used to resolve dates without a year.", "type": "integer", "minimum": 0 },
        "span": { "$ref": "#/$defs/Span", "description": "出处: from the title to the document's last paragraph." },
        "outline": { "description": "层次结构: the numbered outline, top level first.", "type": "array", "items": { "$ref": "#/$defs/OutlineItem" } },
        "tasks": { "description": "任务: the numbered work items, in order.", "type": "array", "items": { "$ref": "#/$defs/Task" } }
      },
      "required": ["id", "title", "span", "outline", "tasks"],
      "additionalProperties": false
    },
    "OutlineItem": {
      "description": "结构层次: one numbered item of the outline (一、 （一） 1. （1） …) with the items below it.",
      "type": "object",
      "properties": {
        "marker": { "description": "序号: the marker as written, e.g. （一）.", "type": "string" },
        "number": { "description": "序号值: the marker's value (（十二） is 12).", "type": "integer", "minimum": 0 },
        "level": { "description": "层级: 1 for the top level.", "type": "integer", "minimum": 1 },
        "title": { "description": "标题: the item's title or lead sentence.", "type": "string" },
        "span": { "$ref": "#/$defs/Span", "description": "出处: the item's paragraph." },
        "task": { "$ref": "#/$defs/TaskId", "description": "任务编号: the id of the task this item is, if it is one." },
        "children": { "description": "下级层次: the items below this one.", "type": "array", "items": { "$ref": "#/$defs/OutlineItem" } }
      },
      "required": ["marker", "number", "level", "title", "span", "children"],
      "additionalProperties": false
    },
    "Task": {
      "description": "任务: a numbered work item (a leaf of the outline in the part of a plan that sets out work).",
      "type": "object",
      "properties": {
        "id": { "$ref": "#/$defs/TaskId", "description": "任务编号: stable within the notice, e.g. d1.t3." },
        "number": { "description": "序号值: the value of the item's own marker (（十二） is 12).", "type": "integer", "minimum": 0 },
        "marker": { "description": "序号: the marker as written, e.g. 3、.", "type": "string" },
        "path": { "description": "层次路径: the markers of the outline items above the task and its own, e.g. [\"三、\", \"（一）\", \"3、\"].", "type": "array", "items": { "type": "string", "description": "序号: one marker as written." } },
        "heading": { "$ref": "#/$defs/Located", "description": "任务标题: the lead sentence, up to the first 。." },
        "text": { "description": "任务内容: the whole task text (normalized), marker excluded.", "type": "string" },
        "span": { "$ref": "#/$defs/Span", "description": "出处: the task's paragraphs." },
        "units": { "$ref": "#/$defs/Units", "description": "责任分工: the units named by the task's assignment, by role." },
        "deadlines": { "description": "完成时限: due-by expressions.", "type": "array", "items": { "$ref": "#/$defs/TimePoint" } },
        "starts": { "description": "起始时间: start expressions (8月起).", "type": "array", "items": { "$ref": "#/$defs/TimePoint" } },
        "recurring": { "description": "周期: recurring schedules (每季度).", "type": "array", "items": { "$ref": "#/$defs/Recurrence" } },
        "citations": { "description": "引用: ids of the citations the task makes.", "type": "array", "items": { "$ref": "#/$defs/CitationId", "description": "引用编号: a citation's id." } }
      },
      "required": ["id", "number", "marker", "path", "heading", "text", "span", "units", "deadlines", "starts", "recurring", "citations"],
      "additionalProperties": false
    },
    "Units": {
      "description": "责任分工: the units named by an assignment, by role; the roles are exactly lead, support and responsible.",
      "type": "object",
      "properties": {
        "lead": { "description": "牵头单位: lead units (role lead).", "type": "array", "items": { "$ref": "#/$defs/Named" } },
        "support": { "description": "配合单位 / 参加单位 / 协办单位: supporting units (role support).", "type": "array", "items": { "$ref": "#/$defs/Named" } },
        "responsible": { "description": "责任单位: responsible units (role responsible).", "type": "array", "items": { "$ref": "#/$defs/Named" } }
      },
      "required": ["lead", "support", "responsible"],
      "additionalProperties": false
    },
    "TimePoint": {
      "description": "时间: a deadline or start, with the resolved date when the words give a real date.",
      "type": "object",
      "properties": {
        "text": { "description": "原文: the words as written, e.g. 2023年9月底前.", "type": "string" },
        "date": { "$ref": "#/$defs/IsoDate", "description": "日期: the resolved ISO date (absent when the text gives no real date)." },
        "span": { "$ref": "#/$defs/Span", "description": "出处: where the words sit in the original." }
      },
      "required": ["text", "span"],
      "additionalProperties": false
    },
    "Recurrence": {
      "description": "周期: a recurring schedule such as 每季度.",
      "type": "object",
      "properties": {
        "text": { "description": "原文: the words as written, e.g. 每季度.", "type": "string" },
        "frequency": {
          "description": "频次: daily 每日, weekly 每周, tenDays 每旬, semimonthly 每半月, monthly 每月, bimonthly 每两月, quarterly 每季度, termly 每学期, halfYearly 每半年, yearly 每年, biennial 每两年.",
          "enum": ["daily", "weekly", "tenDays", "semimonthly", "monthly", "bimonthly", "quarterly", "termly", "halfYearly", "yearly", "biennial"]
        },
        "span": { "$ref": "#/$defs/Span", "description": "出处: where the words sit in the original." }
      },
      "required": ["text", "frequency", "span"],
      "additionalProperties": false
    },
    "Citation": {
      "description": "引用文件: a document, law, standard or plan named in 《…》, once per distinct title.",
      "type": "object",
      "properties": {
        "id": { "$ref": "#/$defs/CitationId", "description": "引用编号: c1, c2, … in order of first appearance." },
        "title": { "description": "标题: the title inside 《》 as first written.", "type": "string" },
        "docNumber": { "$ref": "#/$defs/DocNumber", "description": "发文字号: the number in the bracket after the title, when given." },
        "standard": { "$ref": "#/$defs/Located", "description": "标准编号: the standard's code, e.g. HJ2026, GB/T 9704-2012, when given." },
        "spans": { "description": "出处: every occurrence of the title.", "type": "array", "items": { "$ref": "#/$defs/Span" } },
        "aliases": { "description": "简称: occurrences of an abbreviation defined for it (以下简称《条例》).", "type": "array", "items": { "$ref": "#/$defs/Located" } }
      },
      "required": ["id", "title", "spans", "aliases"],
      "additionalProperties": false
    },
    "UnitEntry": {
      "description": "单位索引: a unit and the tasks it holds by role.",
      "type": "object",
      "properties": {
        "name": { "description": "单位名称: the unit's name as written in the tasks.", "type": "string" },
        "tasks": { "$ref": "#/$defs/RoleTasks", "description": "任务: the task ids by role." }
      },
      "required": ["name", "tasks"],
      "additionalProperties": false
    },
    "RoleTasks": {
      "description": "分工: task ids by role; the roles are exactly lead, support and responsible.",
      "type": "object",
      "properties": {
        "lead": { "description": "牵头: tasks the unit leads.", "type": "array", "items": { "$ref": "#/$defs/TaskId" } },
        "support": { "description": "配合: tasks the unit supports.", "type": "array", "items": { "$ref": "#/$defs/TaskId" } },
        "responsible": { "description": "负责: tasks the unit is responsible for.", "type": "array", "items": { "$ref": "#/$defs/TaskId" } }
      },
      "required": ["lead", "support", "responsible"],
      "additionalProperties": false
    },
    "Diagnostic": {
      "description": "问题: something in the notice a clerk should look at.",
      "type": "object",
      "properties": {
        "severity": { "description": "严重程度: error (cannot be right), warning (check it), note.", "enum": ["error", "warning", "note"] },
        "code": { "description": "代码: a stable code such as outline.gap; codes are never renamed or reused.", "type": "string", "pattern": "^[a-z][a-z0-9-]*(\\.[a-z0-9-]+)+$" },
        "message": { "description": "说明: what is wrong, in Chinese.", "type": "string" },
        "span": { "$ref": "#/$defs/Span", "description": "出处: the text it concerns (absent when it concerns the whole notice)." },
        "labels": { "description": "相关位置: related spans with what each shows.", "type": "array", "items": { "$ref": "#/$defs/Label" } },
        "notes": { "description": "提示: further notes, e.g. what to do.", "type": "array", "items": { "type": "string", "description": "提示: one note." } }
      },
      "required": ["severity", "code", "message", "labels", "notes"],
      "additionalProperties": false
    },
    "Label": {
      "description": "相关位置: a related span with what it shows.",
      "type": "object",
      "properties": {
        "message": { "description": "说明: what this span shows.", "type": "string" },
        "span": { "$ref": "#/$defs/Span", "description": "出处: the related text." }
      },
      "required": ["message", "span"],
      "additionalProperties": false
    }
  }
}

"""#
}
