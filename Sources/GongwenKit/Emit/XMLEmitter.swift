import Foundation

/// XML 输出: the model as XML in the namespace urn:gongwen:1.0, built and serialized by libxml2
/// and validated against the embedded XSD before anyone sees it. Element and attribute names follow
/// the JSON fields; a value's span is the attributes start, end and line on the element holding it.
public enum XMLEmitter {
    /// The XML gongwen built fails its own schema: a bug in gongwen.
    public struct InvalidOutput: Error, CustomStringConvertible {
        public var problems: [String]
        public var description: String {
            "the XML output fails gongwen's own schema (a bug in gongwen; please report it with the input): " + problems.joined(separator: "; ")
        }
    }

    /// The document built by libxml2, validated against the XSD (and its spans checked), then
    /// serialized; throws `InvalidOutput` if it is not valid.
    public static func encode(_ notice: Notice) throws -> Data {
        let root = tree(notice)
        let schema: LibXML.Schema
        switch OutputSchemas.xsd {
        case .success(let s): schema = s
        case .failure(let e): throw InvalidOutput(problems: [e.description])
        }
        guard let document = LibXML.build(root) else { throw InvalidOutput(problems: ["libxml2 could not allocate the document"]) }
        let invalid = schema.validate(document) + SpanSanity.check(xml: root)
        if !invalid.isEmpty { throw InvalidOutput(problems: invalid.map(\.description)) }
        return document.serialized()
    }

    /// The element tree of a notice.
    public static func tree(_ n: Notice) -> XMLTree {
        XMLTree("notice", ["schemaVersion": n.schemaVersion], children: [
            XMLTree("source", ["name": n.source.name, "sha256": n.source.sha256, "encoding": n.source.encoding,
                               "characters": String(n.source.characters)],
                    children: n.source.excluded.map { spanElement("excluded", $0) }),
            header(n.header),
            XMLTree("documents", children: n.documents.map(document)),
            XMLTree("citations", children: n.citations.map(citation)),
            XMLTree("units", children: n.units.map(unitEntry)),
            XMLTree("diagnostics", children: n.diagnostics.map(diagnostic)),
        ], namespace: OutputSchemas.namespace)
    }

    static func header(_ h: Header) -> XMLTree {
        var c: [XMLTree?] = [
            h.copyNumber.map { located("copyNumber", $0) }, h.secrecy.map { located("secrecy", $0) },
            h.urgency.map { located("urgency", $0) }, h.issuerMark.map { located("issuerMark", $0) },
            h.issuer.map { located("issuer", $0) }, h.issuers.map { organs("issuers", $0) },
            h.docNumber.map { docNumber("docNumber", $0) }, h.signatory.map { signers("signatory", $0, several: "person") },
            h.title.map { located("title", $0) }, h.recipients.map { organs("recipients", $0) },
        ]
        c.append(h.signedBy.map { signers("signedBy", $0, several: "organ") })
        c += [
            h.date.map { XMLTree("date", text: $0) }, h.dateSource.map { located("dateSource", $0) },
            h.disclosure.map { located("disclosure", $0) }, h.cc.map { organs("cc", $0) },
            h.printedBy.map { located("printedBy", $0) }, h.printDate.map { XMLTree("printDate", text: $0) },
            h.printDateSource.map { located("printDateSource", $0) },
        ]
        return XMLTree("header", children: c.compactMap { $0 })
    }

    static func document(_ d: Document) -> XMLTree {
        XMLTree("document", ["id": d.id, "year": d.year.map(String.init)], children: [
            located("title", d.title),
            XMLTree("outline", children: d.outline.map(outlineItem)),
            XMLTree("tasks", children: d.tasks.map(task)),
        ]).adding(spanAttributes(d.span))
    }

    static func outlineItem(_ o: OutlineItem) -> XMLTree {
        XMLTree("item", ["marker": o.marker, "number": String(o.number), "level": String(o.level), "task": o.task],
                children: [XMLTree("title", text: o.title)] + o.children.map(outlineItem)).adding(spanAttributes(o.span))
    }

    static func task(_ t: Task) -> XMLTree {
        let units = t.units.lead.map { unit("lead", $0) } + t.units.support.map { unit("support", $0) }
            + t.units.responsible.map { unit("responsible", $0) }
        return XMLTree("task", ["id": t.id, "number": String(t.number), "marker": t.marker], children: [
            XMLTree("path", children: t.path.map { XMLTree("marker", text: $0) }),
            located("heading", t.heading),
            XMLTree("text", text: t.text),
            XMLTree("units", children: units),
            XMLTree("deadlines", children: t.deadlines.map { timePoint("deadline", $0) }),
            XMLTree("starts", children: t.starts.map { timePoint("startTime", $0) }),
            XMLTree("recurring", children: t.recurring.map {
                XMLTree("schedule", ["frequency": $0.frequency], text: $0.text).adding(spanAttributes($0.span))
            }),
            XMLTree("citations", children: t.citations.map { XMLTree("cite", ["ref": $0]) }),
        ]).adding(spanAttributes(t.span))
    }

    static func citation(_ c: Citation) -> XMLTree {
        let parts: [XMLTree?] = [XMLTree("title", text: c.title), c.docNumber.map { docNumber("docNumber", $0) },
                                 c.standard.map { located("standard", $0) }]
        return XMLTree("citation", ["id": c.id], children: parts.compactMap { $0 }
            + c.spans.map { spanElement("occurrence", $0) } + c.aliases.map { located("alias", $0) })
    }

    static func unitEntry(_ u: UnitEntry) -> XMLTree {
        let roles = [("lead", u.tasks.lead), ("support", u.tasks.support), ("responsible", u.tasks.responsible)]
        return XMLTree("unit", ["name": u.name], children: roles.flatMap { role, ids in ids.map { XMLTree("task", ["role": role, "ref": $0]) } })
    }

    static func diagnostic(_ d: Diagnostic) -> XMLTree {
        XMLTree("diagnostic", ["severity": d.severity.rawValue, "code": d.code], children:
            [XMLTree("message", text: d.message)]
            + d.labels.map { XMLTree("label", text: $0.message).adding(spanAttributes($0.span)) }
            + d.notes.map { XMLTree("note", text: $0) }
        ).adding(d.span.map(spanAttributes) ?? [])
    }

    static func spanAttributes(_ s: SourceSpan) -> [(name: String, value: String)] {
        [("start", String(s.start)), ("end", String(s.end)), ("line", String(s.line))]
    }

    static func spanElement(_ name: String, _ s: SourceSpan) -> XMLTree { XMLTree(name).adding(spanAttributes(s)) }
    static func located(_ name: String, _ v: Located) -> XMLTree { XMLTree(name, text: v.text).adding(spanAttributes(v.span)) }
    static func named(_ name: String, _ v: Named) -> XMLTree { XMLTree(name, text: v.name).adding(spanAttributes(v.span)) }
    /// One `signer` element, or one element per party (`organ`, `person`) when several sign.
    static func signers(_ name: String, _ v: OneOrSeveral, several: String) -> XMLTree {
        switch v {
        case .one(let one): return XMLTree(name, children: [located("signer", one)])
        case .several(let list): return XMLTree(name, children: list.map { named(several, $0) })
        }
    }
    static func organs(_ name: String, _ list: [Named]) -> XMLTree { XMLTree(name, children: list.map { named("organ", $0) }) }
    static func unit(_ role: String, _ v: Named) -> XMLTree { XMLTree("unit", ["role": role], text: v.name).adding(spanAttributes(v.span)) }

    static func timePoint(_ name: String, _ t: TimePoint) -> XMLTree {
        XMLTree(name, ["date": t.date], text: t.text).adding(spanAttributes(t.span))
    }

    static func docNumber(_ name: String, _ d: DocNumber) -> XMLTree {
        XMLTree(name, ["agency": d.agency, "year": String(d.year), "serial": String(d.serial)], text: d.text).adding(spanAttributes(d.span))
    }
}
