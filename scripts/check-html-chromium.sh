#!/usr/bin/env bash
# Loads gongwen's HTML review page of a notice in headless Chromium and checks the DOM Chromium
# built against the JSON of the same notice.
#
#   scripts/check-html-chromium.sh [NOTICE] [--screenshot PNG [--focus ID]]
#
# --screenshot also saves a 1600x1200 picture of the page; --focus opens it at the value with
# that highlight id (e.g. d1.t20, a task), as if a clerk had chosen it.
# NOTICE defaults to ../shared/corpus/xiangning-2023-46.txt. GONGWEN names the binary
# (default .build/debug/gongwen, built if absent). Needs Debian's chromium and python3 (stdlib only).
#
# What "a value" is, precisely: every JSON object that has a `span` object and a `text`, `name` or
# `message` string, plus every entry of a citation's `spans` list. That is: each header element
# (and each item of a list element such as 主送机关), each document title, each task (its whole
# span) and its heading, each unit mention by role, each deadline, start and recurring schedule,
# each occurrence of a citation and its 发文字号, standard code and alias occurrences, each
# diagnostic with a span and each of its labels. Not values: outline items (their `title` repeats a
# paragraph or a task), a document's own extent, and `source.excluded` (noise, not a value).
#
# A highlight is an element with a `data-kind` attribute. The check passes when:
#   1. the number of highlights equals the number of values;
#   2. the multiset of highlight spans (data-span) equals the multiset of value spans;
#   3. each highlight id is unique;
#   4. the text under each highlight (its element plus its continuation pieces, data-of=id)
#      equals the decoded original between its offsets (CRLF seen as LF, as HTML parsing does);
#   5. the page's script works: opened at #v-ID of the first task, the task's mark carries the class
#      `focus` and its ledger row the class `sel` (the path a click on a ledger row takes).
set -euo pipefail
cd "$(dirname "$0")/.."
notice=../shared/corpus/xiangning-2023-46.txt
shot=""
focus=""
while [ $# -gt 0 ]; do
  case "$1" in
    --screenshot) shot="$2"; shift 2 ;;
    --focus) focus="$2"; shift 2 ;;
    *) notice="$1"; shift ;;
  esac
done
gongwen="${GONGWEN:-.build/debug/gongwen}"
[ -x "$gongwen" ] || swift build
command -v chromium >/dev/null || { echo "chromium is not installed (apt-get install -y chromium)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$gongwen" extract "$notice" --format json -o "$work/notice.json"
"$gongwen" extract "$notice" --format html -o "$work/page.html"
flags=(--headless --no-sandbox --disable-gpu --no-first-run --disable-extensions --user-data-dir="$work/profile")
chromium "${flags[@]}" --dump-dom "file://$work/page.html" > "$work/dom.html" 2>"$work/chromium.log"
first_task="$(python3 -c 'import json,sys; print(next((t["id"] for d in json.load(open(sys.argv[1]))["documents"] for t in d["tasks"]), ""))' "$work/notice.json")"
if [ -n "$first_task" ]; then
  chromium "${flags[@]}" --dump-dom "file://$work/page.html#v-$first_task" > "$work/focused.html" 2>>"$work/chromium.log"
  python3 - "$work/focused.html" "$first_task" <<'PY'
import re, sys
dom, task = open(sys.argv[1], encoding="utf-8").read(), sys.argv[2]
mark = re.search(r'<mark class="([^"]*)"[^>]*data-id="%s"' % re.escape(task), dom)
row = re.search(r'<tr[^>]*id="row-%s"[^>]*>' % re.escape(task), dom)
ok = mark and "focus" in mark.group(1).split() and row and re.search(r'class="[^"]*\bsel\b', row.group(0))
print(f"choosing task {task}: mark focused and ledger row selected:", "yes" if ok else "NO")
sys.exit(0 if ok else 1)
PY
fi
if [ -n "$shot" ]; then
  chromium "${flags[@]}" --hide-scrollbars --window-size=1600,1200 --screenshot="$work/shot.png" \
    "file://$work/page.html${focus:+#v-$focus}" 2>>"$work/chromium.log"
  cp "$work/shot.png" "$shot"
  echo "screenshot: $shot"
fi

python3 - "$work/notice.json" "$work/dom.html" "$notice" <<'PY'
import collections, json, sys
from html.parser import HTMLParser

notice = json.load(open(sys.argv[1], encoding="utf-8"))
dom = open(sys.argv[2], encoding="utf-8").read()
raw = open(sys.argv[3], "rb").read()

def values(node):
    if isinstance(node, dict):
        span = node.get("span")
        if isinstance(span, dict) and any(isinstance(node.get(k), str) for k in ("text", "name", "message")):
            yield span
        if "title" in node and isinstance(node.get("spans"), list):
            yield from node["spans"]
        for k, v in node.items():
            if k not in ("span", "spans"):
                yield from values(v)
    elif isinstance(node, list):
        for v in node:
            yield from values(v)

expected = [(s["start"], s["end"]) for s in values(notice)]

class Marks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.kinds, self.spans, self.text = [], collections.Counter(), [], collections.defaultdict(list)
        self.ids = collections.Counter()
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        owner = None
        if "data-kind" in a:
            self.kinds[a["data-kind"]] += 1
            s, e = a["data-span"].split("-")
            self.spans.append((int(s), int(e)))
            owner = a["data-id"]
            self.ids[owner] += 1
        elif "data-of" in a:
            owner = a["data-of"]
        if tag not in ("br", "input", "meta", "img", "hr"):
            self.stack.append(owner)
    def handle_endtag(self, tag):
        if tag not in ("br", "input", "meta", "img", "hr"):
            self.stack.pop()
    def handle_data(self, data):
        for owner in self.stack:
            if owner is not None:
                self.text[owner].append(data)

p = Marks()
p.feed(dom)
# The decoded original, decoded the way gongwen reads it (BOM first, UTF-8, else GB18030).
def decode(b):
    if b[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return b.decode("utf-16")
    try:
        return b.decode("utf-8-sig")
    except UnicodeDecodeError:
        return b.decode("gb18030")
plain = decode(raw)
failures = []
total = sum(p.kinds.values())
if total != len(expected):
    failures.append(f"{total} highlights in the DOM, {len(expected)} values in the JSON")
if collections.Counter(p.spans) != collections.Counter(expected):
    missing = collections.Counter(expected) - collections.Counter(p.spans)
    extra = collections.Counter(p.spans) - collections.Counter(expected)
    failures.append(f"spans differ: missing {list(missing)[:5]}, extra {list(extra)[:5]}")
dups = [i for i, n in p.ids.items() if n > 1]
if dups:
    failures.append(f"duplicate ids: {dups[:5]}")
bad = 0
# Offsets index the decoded original; compare each mark's text with the original slice.
spans_by_id = {}
class Spans(HTMLParser):
    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-kind" in a:
            s, e = a["data-span"].split("-")
            spans_by_id[a["data-id"]] = (int(s), int(e))
Spans().feed(dom)
for ident, (s, e) in spans_by_id.items():
    want = plain[s:e].replace("\r\n", "\n").replace("\r", "\n")
    got = "".join(p.text.get(ident, []))
    if got != want:
        bad += 1
        if bad <= 5:
            failures.append(f"text of {ident} @{s}-{e}: page {got[:40]!r} != original {want[:40]!r}")
print("values in JSON:", len(expected))
print("highlights in DOM:", total, dict(sorted(p.kinds.items())))
print("highlight texts equal to the original:", len(spans_by_id) - bad, "of", len(spans_by_id))
if failures:
    print("FAIL"); [print(" -", f) for f in failures]; sys.exit(1)
print("OK")
PY
