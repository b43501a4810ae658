/// XSD 文本: the XML Schema (XSD 1.0) of gongwen's XML output, version 1.0, carried in the binary
/// so `gongwen schema`, `gongwen extract --format xml` and `gongwen validate` work wherever gongwen is
/// installed. The file schemas/gongwen-1.0.xsd holds the same text (a test compares them; RECORD_GOLDEN=1 rewrites it).
public enum XSDDocument {
    /// The file name under schemas/.
    public static let fileName = "gongwen-1.0.xsd"

    /// The schema, byte for byte.
    public static let text = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- gongwen output 1.0: the same model as gongwen-1.0.schema.json, as XML. -->
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema"
           xmlns:g="urn:gongwen:1.0"
           targetNamespace="urn:gongwen:1.0"
           elementFormDefault="qualified"
           attributeFormDefault="unqualified"
           version="1.0">

  <xs:annotation>
    <xs:documentation>公文: what gongwen reads off one Chinese government notice (GB/T 9704-2012): the header elements, the documents it issues or attaches with their outline and tasks, the citations, the unit index and the diagnostics. Every extracted value carries its source span as the attributes start, end and line.</xs:documentation>
  </xs:annotation>

  <xs:element name="notice" type="g:Notice">
    <xs:annotation><xs:documentation>公文: the root element, one notice.</xs:documentation></xs:annotation>
    <xs:key name="documentId">
      <xs:selector xpath="g:documents/g:document"/>
      <xs:field xpath="@id"/>
    </xs:key>
    <xs:key name="taskId">
      <xs:selector xpath="g:documents/g:document/g:tasks/g:task"/>
      <xs:field xpath="@id"/>
    </xs:key>
    <xs:key name="citationId">
      <xs:selector xpath="g:citations/g:citation"/>
      <xs:field xpath="@id"/>
    </xs:key>
    <xs:keyref name="outlineTask" refer="g:taskId">
      <xs:selector xpath=".//g:item"/>
      <xs:field xpath="@task"/>
    </xs:keyref>
    <xs:keyref name="unitTask" refer="g:taskId">
      <xs:selector xpath="g:units/g:unit/g:task"/>
      <xs:field xpath="@ref"/>
    </xs:keyref>
    <xs:keyref name="taskCitation" refer="g:citationId">
      <xs:selector xpath="g:documents/g:document/g:tasks/g:task/g:citations/g:cite"/>
      <xs:field xpath="@ref"/>
    </xs:keyref>
  </xs:element>

  <!-- Simple types -->

  <xs:simpleType name="IsoDate">
    <xs:annotation><xs:documentation>日期: a calendar date as YYYY-MM-DD.</xs:documentation></xs:annotation>
    <xs:restriction base="xs:string">
      <xs:pattern value="[0-9]{4}-[0-9]{2}-[0-9]{2}"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="DocNumberText">
    <xs:annotation><xs:documentation>发文字号 as written: 机关代字 (up to 12 Chinese characters), the year in brackets (GB/T 9704 asks for 〔〕; converters substitute [] ［］ () （） 【】 ﹝﹞), an optional 第 and the serial followed by 号.</xs:documentation></xs:annotation>
    <xs:restriction base="xs:string">
      <xs:pattern value="[〇㐀-䶿一-鿿𠀀-𯿿]{1,12}[〔\[［(（【﹝][0-9]{4}[〕\]］)）】﹞》〉”」]第?[0-9]{1,6}号"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="DocumentId">
    <xs:annotation><xs:documentation>文件编号: d followed by the document's position from 1.</xs:documentation></xs:annotation>
    <xs:restriction base="xs:string">
      <xs:pattern value="d[1-9][0-9]*"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="TaskId">
    <xs:annotation><xs:documentation>任务编号: the document id, .t and the task's position in it from 1.</xs:documentation></xs:annotation>
    <xs:restriction base="xs:string">
      <xs:pattern value="d[1-9][0-9]*\.t[1-9][0-9]*"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="CitationId">
    <xs:annotation><xs:documentation>引用编号: c followed by the citation's position from 1.</xs:documentation></xs:annotation>
    <xs:restriction base="xs:string">
      <xs:pattern value="c[1-9][0-9]*"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Sha256">
    <xs:annotation><xs:documentation>校验值: SHA-256 as 64 lower-case hex digits.</xs:documentation></xs:annotation>
    <xs:restriction base="xs:string">
      <xs:pattern value="[0-9a-f]{64}"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Role">
    <xs:annotation><xs:documentation>分工角色: lead 牵头单位, support 配合单位 (参加、协办), responsible 责任单位.</xs:documentation></xs:annotation>
    <xs:restriction base="xs:string">
      <xs:enumeration value="lead"/>
      <xs:enumeration value="support"/>
      <xs:enumeration value="responsible"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Frequency">
    <xs:annotation><xs:documentation>频次: daily 每日, weekly 每周, tenDays 每旬, semimonthly 每半月, monthly 每月, bimonthly 每两月, quarterly 每季度, termly 每学期, halfYearly 每半年, yearly 每年, biennial 每两年.</xs:documentation></xs:annotation>
    <xs:restriction base="xs:string">
      <xs:enumeration value="daily"/>
      <xs:enumeration value="weekly"/>
      <xs:enumeration value="tenDays"/>
      <xs:enumeration value="semimonthly"/>
      <xs:enumeration value="monthly"/>
      <xs:enumeration value="bimonthly"/>
      <xs:enumeration value="quarterly"/>
      <xs:enumeration value="termly"/>
      <xs:enumeration value="halfYearly"/>
      <xs:enumeration value="yearly"/>
      <xs:enumeration value="biennial"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="Severity">
    <xs:annotation><xs:documentation>严重程度: error (cannot be right), warning (check it), note.</xs:documentation></xs:annotation>
    <xs:restriction base="xs:string">
      <xs:enumeration value="error"/>
      <xs:enumeration value="warning"/>
      <xs:enumeration value="note"/>
    </xs:restriction>
  </xs:simpleType>

  <xs:simpleType name="DiagnosticCode">
    <xs:annotation><xs:documentation>代码: a stable code such as outline.gap; codes are never renamed or reused.</xs:documentation></xs:annotation>
    <xs:restriction base="xs:string">
      <xs:pattern value="[a-z][a-z0-9\-]*(\.[a-z0-9\-]+)+"/>
    </xs:restriction>
  </xs:simpleType>

  <!-- Spans -->

  <xs:attributeGroup name="Span">
    <xs:annotation><xs:documentation>出处: where a value sits in the decoded original.</xs:documentation></xs:annotation>
    <xs:attribute name="start" type="xs:nonNegativeInteger" use="required">
      <xs:annotation><xs:documentation>起始位置: offset of the first character, in Unicode scalars from the start of the decoded text.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="end" type="xs:nonNegativeInteger" use="required">
      <xs:annotation><xs:documentation>结束位置: offset just after the last character (exclusive), in Unicode scalars; never before start, never past the source's characters.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="line" type="xs:positiveInteger" use="required">
      <xs:annotation><xs:documentation>行号: the 1-based line of the original on which the value starts.</xs:documentation></xs:annotation>
    </xs:attribute>
  </xs:attributeGroup>

  <xs:attributeGroup name="OptionalSpan">
    <xs:annotation><xs:documentation>出处, when there is one: all three attributes or none.</xs:documentation></xs:annotation>
    <xs:attribute name="start" type="xs:nonNegativeInteger">
      <xs:annotation><xs:documentation>起始位置: offset of the first character, in Unicode scalars.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="end" type="xs:nonNegativeInteger">
      <xs:annotation><xs:documentation>结束位置: offset just after the last character (exclusive), in Unicode scalars.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="line" type="xs:positiveInteger">
      <xs:annotation><xs:documentation>行号: the 1-based line of the original.</xs:documentation></xs:annotation>
    </xs:attribute>
  </xs:attributeGroup>

  <xs:complexType name="Span">
    <xs:annotation><xs:documentation>出处: an empty element that is only a span.</xs:documentation></xs:annotation>
    <xs:attributeGroup ref="g:Span"/>
  </xs:complexType>

  <xs:complexType name="Located">
    <xs:annotation><xs:documentation>A piece of extracted text (normalized: joined across line breaks, full-width digits and letters folded) with its source span.</xs:documentation></xs:annotation>
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attributeGroup ref="g:Span"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <xs:complexType name="Named">
    <xs:annotation><xs:documentation>A named unit, organ or recipient (the element's text) with its source span.</xs:documentation></xs:annotation>
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attributeGroup ref="g:Span"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <xs:complexType name="Organs">
    <xs:annotation><xs:documentation>A list of organs.</xs:documentation></xs:annotation>
    <xs:sequence>
      <xs:element name="organ" type="g:Named" minOccurs="0" maxOccurs="unbounded">
        <xs:annotation><xs:documentation>机关: one organ, its name as the text.</xs:documentation></xs:annotation>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <!-- Notice -->

  <xs:complexType name="Notice">
    <xs:annotation><xs:documentation>公文: everything gongwen reads off one notice.</xs:documentation></xs:annotation>
    <xs:sequence>
      <xs:element name="source" type="g:Source">
        <xs:annotation><xs:documentation>来源: the input file.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="header" type="g:Header">
        <xs:annotation><xs:documentation>版头、主体与版记: the GB/T 9704 elements of the notice.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="documents">
        <xs:annotation><xs:documentation>文件: the plans the notice issues or attaches (or the notice itself when it carries its own tasks).</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:sequence>
            <xs:element name="document" type="g:Document" minOccurs="0" maxOccurs="unbounded">
              <xs:annotation><xs:documentation>文件: one plan.</xs:documentation></xs:annotation>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
      <xs:element name="citations">
        <xs:annotation><xs:documentation>引用文件: the documents, laws, standards and plans named in 《…》, once per distinct title.</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:sequence>
            <xs:element name="citation" type="g:Citation" minOccurs="0" maxOccurs="unbounded">
              <xs:annotation><xs:documentation>引用文件: one cited title.</xs:documentation></xs:annotation>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
      <xs:element name="units">
        <xs:annotation><xs:documentation>单位索引: every unit named by a task, sorted by name, with the tasks it holds by role.</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:sequence>
            <xs:element name="unit" type="g:UnitEntry" minOccurs="0" maxOccurs="unbounded">
              <xs:annotation><xs:documentation>单位: one unit and its tasks.</xs:documentation></xs:annotation>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
      <xs:element name="diagnostics">
        <xs:annotation><xs:documentation>问题: what a clerk should look at, sorted by position.</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:sequence>
            <xs:element name="diagnostic" type="g:Diagnostic" minOccurs="0" maxOccurs="unbounded">
              <xs:annotation><xs:documentation>问题: one finding.</xs:documentation></xs:annotation>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="schemaVersion" type="xs:string" use="required" fixed="1.0">
      <xs:annotation><xs:documentation>版本: the version of this output contract; always 1.0 for this schema.</xs:documentation></xs:annotation>
    </xs:attribute>
  </xs:complexType>

  <xs:complexType name="Source">
    <xs:annotation><xs:documentation>来源: the input file.</xs:documentation></xs:annotation>
    <xs:sequence>
      <xs:element name="excluded" type="g:Span" minOccurs="0" maxOccurs="unbounded">
        <xs:annotation><xs:documentation>排除内容: a line marked as website or converter noise (front matter, breadcrumbs, 原文链接), outside the document.</xs:documentation></xs:annotation>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="name" type="xs:string" use="required">
      <xs:annotation><xs:documentation>文件名: the path as given on the command line (- for standard input).</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="sha256" type="g:Sha256" use="required">
      <xs:annotation><xs:documentation>校验值: SHA-256 of the file's bytes, lower-case hex.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="encoding" type="xs:string" use="required">
      <xs:annotation><xs:documentation>编码: the encoding the file was decoded from, e.g. UTF-8, UTF-8 (BOM), UTF-16LE (BOM), GB18030.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="characters" type="xs:nonNegativeInteger" use="required">
      <xs:annotation><xs:documentation>字符数: Unicode scalars in the decoded text; every span lies within 0…characters.</xs:documentation></xs:annotation>
    </xs:attribute>
  </xs:complexType>

  <xs:complexType name="DocNumber">
    <xs:annotation><xs:documentation>发文字号: a document number such as 乡政办发〔2023〕46号, as written (normalized).</xs:documentation></xs:annotation>
    <xs:simpleContent>
      <xs:extension base="g:DocNumberText">
        <xs:attribute name="agency" type="xs:string" use="required">
          <xs:annotation><xs:documentation>机关代字: the issuing organ's code, e.g. 乡政办发.</xs:documentation></xs:annotation>
        </xs:attribute>
        <xs:attribute name="year" type="xs:nonNegativeInteger" use="required">
          <xs:annotation><xs:documentation>年份: the year in the brackets, e.g. 2023.</xs:documentation></xs:annotation>
        </xs:attribute>
        <xs:attribute name="serial" type="xs:nonNegativeInteger" use="required">
          <xs:annotation><xs:documentation>发文顺序号: the serial number, e.g. 46.</xs:documentation></xs:annotation>
        </xs:attribute>
        <xs:attributeGroup ref="g:Span"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <xs:complexType name="Header">
    <xs:annotation><xs:documentation>版头、主体与版记: the GB/T 9704-2012 elements of the notice; each element is present only where the notice has it.</xs:documentation></xs:annotation>
    <xs:sequence>
      <xs:element name="copyNumber" type="g:Located" minOccurs="0">
        <xs:annotation><xs:documentation>份号: the copy number.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="secrecy" type="g:Located" minOccurs="0">
        <xs:annotation><xs:documentation>密级和保密期限: the security classification and its period.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="urgency" type="g:Located" minOccurs="0">
        <xs:annotation><xs:documentation>紧急程度: the urgency (特急, 加急).</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="issuerMark" type="g:Located" minOccurs="0">
        <xs:annotation><xs:documentation>发文机关标志: the issuer mark, e.g. 乡宁县人民政府办公室文件.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="issuer" type="g:Located" minOccurs="0">
        <xs:annotation><xs:documentation>发文机关: the issuing organ (the first one, for joint issuance).</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="issuers" type="g:Organs" minOccurs="0">
        <xs:annotation><xs:documentation>联合发文机关: every issuing organ, when several issue jointly.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="docNumber" type="g:DocNumber" minOccurs="0">
        <xs:annotation><xs:documentation>发文字号: the document number.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="signatory" type="g:Signatory" minOccurs="0">
        <xs:annotation><xs:documentation>签发人: the signatory of an upward document (上行文).</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="title" type="g:Located" minOccurs="0">
        <xs:annotation><xs:documentation>标题: the title.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="recipients" type="g:Organs" minOccurs="0">
        <xs:annotation><xs:documentation>主送机关: the recipients.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="signedBy" type="g:SignedBy" minOccurs="0">
        <xs:annotation><xs:documentation>发文机关署名: the signing organ(s).</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="date" type="g:IsoDate" minOccurs="0">
        <xs:annotation><xs:documentation>成文日期: the date of the document as an ISO date (absent when the written date is not a real date).</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="dateSource" type="g:Located" minOccurs="0">
        <xs:annotation><xs:documentation>成文日期: the date as written.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="disclosure" type="g:Located" minOccurs="0">
        <xs:annotation><xs:documentation>附注: the note, e.g. 此件公开发布.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="cc" type="g:Organs" minOccurs="0">
        <xs:annotation><xs:documentation>抄送机关: the organs copied.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="printedBy" type="g:Located" minOccurs="0">
        <xs:annotation><xs:documentation>印发机关: the organ that printed and sent the document.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="printDate" type="g:IsoDate" minOccurs="0">
        <xs:annotation><xs:documentation>印发日期: the print date as an ISO date.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="printDateSource" type="g:Located" minOccurs="0">
        <xs:annotation><xs:documentation>印发日期: the print date as written.</xs:documentation></xs:annotation>
      </xs:element>
    </xs:sequence>
  </xs:complexType>

  <xs:complexType name="Signatory">
    <xs:annotation><xs:documentation>签发人: one signer element for one signatory, person elements when several sign (a joint 上行文).</xs:documentation></xs:annotation>
    <xs:choice>
      <xs:element name="signer" type="g:Located">
        <xs:annotation><xs:documentation>签发人: the one signatory.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="person" type="g:Named" minOccurs="0" maxOccurs="unbounded">
        <xs:annotation><xs:documentation>签发人: one of the signatories of a joint 上行文.</xs:documentation></xs:annotation>
      </xs:element>
    </xs:choice>
  </xs:complexType>

  <xs:complexType name="SignedBy">
    <xs:annotation><xs:documentation>发文机关署名: one signer element for one signing organ, organ elements for joint issuance.</xs:documentation></xs:annotation>
    <xs:choice>
      <xs:element name="signer" type="g:Located">
        <xs:annotation><xs:documentation>署名: the one signing organ.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="organ" type="g:Named" minOccurs="0" maxOccurs="unbounded">
        <xs:annotation><xs:documentation>联合署名: one of the signing organs of a joint issuance.</xs:documentation></xs:annotation>
      </xs:element>
    </xs:choice>
  </xs:complexType>

  <!-- Documents, outline and tasks -->

  <xs:complexType name="Document">
    <xs:annotation><xs:documentation>文件: one issued or attached plan (or the notice itself when it carries its own tasks); its span runs from the title to the last paragraph.</xs:documentation></xs:annotation>
    <xs:sequence>
      <xs:element name="title" type="g:Located">
        <xs:annotation><xs:documentation>标题: the plan's title.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="outline">
        <xs:annotation><xs:documentation>层次结构: the numbered outline, top level first.</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:sequence>
            <xs:element name="item" type="g:OutlineItem" minOccurs="0" maxOccurs="unbounded">
              <xs:annotation><xs:documentation>结构层次: one top-level item.</xs:documentation></xs:annotation>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
      <xs:element name="tasks">
        <xs:annotation><xs:documentation>任务: the numbered work items, in order.</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:sequence>
            <xs:element name="task" type="g:Task" minOccurs="0" maxOccurs="unbounded">
              <xs:annotation><xs:documentation>任务: one work item.</xs:documentation></xs:annotation>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="id" type="g:DocumentId" use="required">
      <xs:annotation><xs:documentation>文件编号: d1, d2, … in order of appearance.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="year" type="xs:nonNegativeInteger">
      <xs:annotation><xs:documentation>年度: the plan's own year (from its title, else the notice's date), used to resolve dates without a year.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attributeGroup ref="g:Span"/>
  </xs:complexType>

  <xs:complexType name="OutlineItem">
    <xs:annotation><xs:documentation>结构层次: one numbered item of the outline (一、 （一） 1. （1） …) with the items below it; its span is the item's paragraph.</xs:documentation></xs:annotation>
    <xs:sequence>
      <xs:element name="title" type="xs:string">
        <xs:annotation><xs:documentation>标题: the item's title or lead sentence.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="item" type="g:OutlineItem" minOccurs="0" maxOccurs="unbounded">
        <xs:annotation><xs:documentation>下级层次: an item below this one.</xs:documentation></xs:annotation>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="marker" type="xs:string" use="required">
      <xs:annotation><xs:documentation>序号: the marker as written, e.g. （一）.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="number" type="xs:nonNegativeInteger" use="required">
      <xs:annotation><xs:documentation>序号值: the marker's value (（十二） is 12).</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="level" type="xs:positiveInteger" use="required">
      <xs:annotation><xs:documentation>层级: 1 for the top level.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="task" type="g:TaskId">
      <xs:annotation><xs:documentation>任务编号: the id of the task this item is, if it is one.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attributeGroup ref="g:Span"/>
  </xs:complexType>

  <xs:complexType name="Task">
    <xs:annotation><xs:documentation>任务: a numbered work item (a leaf of the outline in the part of a plan that sets out work); its span covers the task's paragraphs.</xs:documentation></xs:annotation>
    <xs:sequence>
      <xs:element name="path">
        <xs:annotation><xs:documentation>层次路径: the markers of the outline items above the task and its own.</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:sequence>
            <xs:element name="marker" type="xs:string" minOccurs="0" maxOccurs="unbounded">
              <xs:annotation><xs:documentation>序号: one marker as written, e.g. 三、.</xs:documentation></xs:annotation>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
      <xs:element name="heading" type="g:Located">
        <xs:annotation><xs:documentation>任务标题: the lead sentence, up to the first 。.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="text" type="xs:string">
        <xs:annotation><xs:documentation>任务内容: the whole task text (normalized), marker excluded.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="units">
        <xs:annotation><xs:documentation>责任分工: the units named by the task's assignment, lead units first, then supporting, then responsible.</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:sequence>
            <xs:element name="unit" minOccurs="0" maxOccurs="unbounded">
              <xs:annotation><xs:documentation>单位: one unit, its name as the text.</xs:documentation></xs:annotation>
              <xs:complexType>
                <xs:simpleContent>
                  <xs:extension base="g:Named">
                    <xs:attribute name="role" type="g:Role" use="required">
                      <xs:annotation><xs:documentation>分工角色: lead 牵头单位, support 配合单位, responsible 责任单位.</xs:documentation></xs:annotation>
                    </xs:attribute>
                  </xs:extension>
                </xs:simpleContent>
              </xs:complexType>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
      <xs:element name="deadlines">
        <xs:annotation><xs:documentation>完成时限: due-by expressions.</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:sequence>
            <xs:element name="deadline" type="g:TimePoint" minOccurs="0" maxOccurs="unbounded">
              <xs:annotation><xs:documentation>完成时限: one deadline, the words as the text.</xs:documentation></xs:annotation>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
      <xs:element name="starts">
        <xs:annotation><xs:documentation>起始时间: start expressions (8月起).</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:sequence>
            <xs:element name="startTime" type="g:TimePoint" minOccurs="0" maxOccurs="unbounded">
              <xs:annotation><xs:documentation>起始时间: one start, the words as the text.</xs:documentation></xs:annotation>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
      <xs:element name="recurring">
        <xs:annotation><xs:documentation>周期: recurring schedules (每季度).</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:sequence>
            <xs:element name="schedule" type="g:Recurrence" minOccurs="0" maxOccurs="unbounded">
              <xs:annotation><xs:documentation>周期: one schedule, the words as the text.</xs:documentation></xs:annotation>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
      <xs:element name="citations">
        <xs:annotation><xs:documentation>引用: the citations the task makes.</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:sequence>
            <xs:element name="cite" minOccurs="0" maxOccurs="unbounded">
              <xs:annotation><xs:documentation>引用: one citation the task makes.</xs:documentation></xs:annotation>
              <xs:complexType>
                <xs:attribute name="ref" type="g:CitationId" use="required">
                  <xs:annotation><xs:documentation>引用编号: the citation's id.</xs:documentation></xs:annotation>
                </xs:attribute>
              </xs:complexType>
            </xs:element>
          </xs:sequence>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="id" type="g:TaskId" use="required">
      <xs:annotation><xs:documentation>任务编号: stable within the notice, e.g. d1.t3.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="number" type="xs:nonNegativeInteger" use="required">
      <xs:annotation><xs:documentation>序号值: the value of the item's own marker (（十二） is 12).</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="marker" type="xs:string" use="required">
      <xs:annotation><xs:documentation>序号: the marker as written, e.g. 3、.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attributeGroup ref="g:Span"/>
  </xs:complexType>

  <xs:complexType name="TimePoint">
    <xs:annotation><xs:documentation>时间: a deadline or start: the words as written (e.g. 2023年9月底前) as the text, with the resolved date when the words give a real date.</xs:documentation></xs:annotation>
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="date" type="g:IsoDate">
          <xs:annotation><xs:documentation>日期: the resolved ISO date (absent when the text gives no real date).</xs:documentation></xs:annotation>
        </xs:attribute>
        <xs:attributeGroup ref="g:Span"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <xs:complexType name="Recurrence">
    <xs:annotation><xs:documentation>周期: a recurring schedule such as 每季度, the words as written as the text.</xs:documentation></xs:annotation>
    <xs:simpleContent>
      <xs:extension base="xs:string">
        <xs:attribute name="frequency" type="g:Frequency" use="required">
          <xs:annotation><xs:documentation>频次: how often, e.g. quarterly for 每季度.</xs:documentation></xs:annotation>
        </xs:attribute>
        <xs:attributeGroup ref="g:Span"/>
      </xs:extension>
    </xs:simpleContent>
  </xs:complexType>

  <!-- Citations, unit index, diagnostics -->

  <xs:complexType name="Citation">
    <xs:annotation><xs:documentation>引用文件: a document, law, standard or plan named in 《…》, once per distinct title.</xs:documentation></xs:annotation>
    <xs:sequence>
      <xs:element name="title" type="xs:string">
        <xs:annotation><xs:documentation>标题: the title inside 《》 as first written.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="docNumber" type="g:DocNumber" minOccurs="0">
        <xs:annotation><xs:documentation>发文字号: the number in the bracket after the title, when given.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="standard" type="g:Located" minOccurs="0">
        <xs:annotation><xs:documentation>标准编号: the standard's code, e.g. HJ2026, GB/T 9704-2012, when given.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="occurrence" type="g:Span" minOccurs="0" maxOccurs="unbounded">
        <xs:annotation><xs:documentation>出处: one occurrence of the title.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="alias" type="g:Located" minOccurs="0" maxOccurs="unbounded">
        <xs:annotation><xs:documentation>简称: one occurrence of an abbreviation defined for it (以下简称《条例》).</xs:documentation></xs:annotation>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="id" type="g:CitationId" use="required">
      <xs:annotation><xs:documentation>引用编号: c1, c2, … in order of first appearance.</xs:documentation></xs:annotation>
    </xs:attribute>
  </xs:complexType>

  <xs:complexType name="UnitEntry">
    <xs:annotation><xs:documentation>单位索引: a unit and the tasks it holds, lead tasks first, then supporting, then responsible.</xs:documentation></xs:annotation>
    <xs:sequence>
      <xs:element name="task" minOccurs="0" maxOccurs="unbounded">
        <xs:annotation><xs:documentation>任务: one task the unit holds.</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:attribute name="role" type="g:Role" use="required">
            <xs:annotation><xs:documentation>分工角色: lead 牵头, support 配合, responsible 负责.</xs:documentation></xs:annotation>
          </xs:attribute>
          <xs:attribute name="ref" type="g:TaskId" use="required">
            <xs:annotation><xs:documentation>任务编号: the task's id.</xs:documentation></xs:annotation>
          </xs:attribute>
        </xs:complexType>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="name" type="xs:string" use="required">
      <xs:annotation><xs:documentation>单位名称: the unit's name as written in the tasks.</xs:documentation></xs:annotation>
    </xs:attribute>
  </xs:complexType>

  <xs:complexType name="Diagnostic">
    <xs:annotation><xs:documentation>问题: something in the notice a clerk should look at; its span (when it has one) is the text it concerns.</xs:documentation></xs:annotation>
    <xs:sequence>
      <xs:element name="message" type="xs:string">
        <xs:annotation><xs:documentation>说明: what is wrong, in Chinese.</xs:documentation></xs:annotation>
      </xs:element>
      <xs:element name="label" minOccurs="0" maxOccurs="unbounded">
        <xs:annotation><xs:documentation>相关位置: a related span, with what it shows as the text.</xs:documentation></xs:annotation>
        <xs:complexType>
          <xs:simpleContent>
            <xs:extension base="xs:string">
              <xs:attributeGroup ref="g:Span"/>
            </xs:extension>
          </xs:simpleContent>
        </xs:complexType>
      </xs:element>
      <xs:element name="note" type="xs:string" minOccurs="0" maxOccurs="unbounded">
        <xs:annotation><xs:documentation>提示: a further note, e.g. what to do.</xs:documentation></xs:annotation>
      </xs:element>
    </xs:sequence>
    <xs:attribute name="severity" type="g:Severity" use="required">
      <xs:annotation><xs:documentation>严重程度: error, warning or note.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attribute name="code" type="g:DiagnosticCode" use="required">
      <xs:annotation><xs:documentation>代码: a stable code such as outline.gap.</xs:documentation></xs:annotation>
    </xs:attribute>
    <xs:attributeGroup ref="g:OptionalSpan"/>
  </xs:complexType>
</xs:schema>

"""#
}
