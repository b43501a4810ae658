#!/usr/bin/env bash
# Opens gongwen's CSV ledger of a notice in LibreOffice (headless), converts it to xlsx, and reads
# the xlsx back to check what a clerk opening the file would see:
#   - rows = tasks + 1 header row (tasks counted in the JSON of the same notice);
#   - every row has the 10 ledger columns (文件 … 原文行号), header cells as written;
#   - Chinese text intact: the 任务 cell of the first task equals its heading in the JSON, and the
#     文件 cell its document title; a cell of the last row too.
# The same for --by-unit (rows = unit mentions + 1, 6 columns).
#
#   scripts/check-csv-libreoffice.sh [NOTICE]
#
# NOTICE defaults to ../shared/corpus/xiangning-2023-46.txt. GONGWEN names the binary (default
# .build/debug/gongwen, built if absent). Needs Debian's libreoffice-calc and python3 (stdlib only).
# The CSV filter is told the encoding (UTF-8) and separator (comma), as a clerk confirms them in
# LibreOffice's import dialog: LibreOffice 7.4 converting headless with no filter options reads the
# file as Windows-1252 whatever its byte-order mark says (seen here). Excel and WPS go by the BOM.
set -euo pipefail
cd "$(dirname "$0")/.."
notice="${1:-../shared/corpus/xiangning-2023-46.txt}"
gongwen="${GONGWEN:-.build/debug/gongwen}"
[ -x "$gongwen" ] || swift build
command -v soffice >/dev/null || { echo "LibreOffice is not installed (apt-get install -y libreoffice-calc)" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$gongwen" extract "$notice" --format json -o "$work/notice.json"
"$gongwen" extract "$notice" --format csv -o "$work/ledger.csv"
"$gongwen" extract "$notice" --format csv --by-unit -o "$work/units.csv"
# Filter options: separator 44 (,), text delimiter 34 ("), character set 76 (UTF-8), start at row 1.
for f in ledger units; do
  soffice --headless -env:UserInstallation="file://$work/profile" \
    --infilter="CSV:44,34,76,1" --convert-to xlsx --outdir "$work" "$work/$f.csv" >"$work/soffice-$f.log" 2>&1 \
    || { cat "$work/soffice-$f.log" >&2; exit 1; }
  [ -s "$work/$f.xlsx" ] || { echo "LibreOffice wrote no $f.xlsx" >&2; cat "$work/soffice-$f.log" >&2; exit 1; }
done

python3 - "$work/notice.json" "$work/ledger.xlsx" "$work/units.xlsx" <<'PY'
import json, re, sys, zipfile
import xml.etree.ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}

def read_xlsx(path):
    """The first sheet as a list of rows of strings (shared strings and inline strings resolved)."""
    with zipfile.ZipFile(path) as z:
        shared = []
        if "xl/sharedStrings.xml" in z.namelist():
            for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", NS):
                shared.append("".join(t.text or "" for t in si.iter("{%s}t" % NS["m"])))
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
    rows = []
    for r in sheet.find("m:sheetData", NS).findall("m:row", NS):
        cells = {}
        for c in r.findall("m:c", NS):
            col = re.match(r"[A-Z]+", c.get("r")).group(0)
            index = 0
            for ch in col:
                index = index * 26 + ord(ch) - 64
            v = c.find("m:v", NS)
            if c.get("t") == "s":
                text = shared[int(v.text)]
            elif c.get("t") == "inlineStr":
                text = "".join(t.text or "" for t in c.iter("{%s}t" % NS["m"]))
            else:
                text = v.text if v is not None else ""
            cells[index] = text
        width = max(cells) if cells else 0
        rows.append([cells.get(i, "") for i in range(1, width + 1)])
    return rows

notice = json.load(open(sys.argv[1], encoding="utf-8"))
tasks = [(d, t) for d in notice["documents"] for t in d["tasks"]]
mentions = sum(len(t["units"][r]) for _, t in tasks for r in ("lead", "support", "responsible"))
failures = []

def check(name, rows, header, count, first, last):
    print(f"{name}: {len(rows)} rows, widest {max(len(r) for r in rows)} columns; header {rows[0]}")
    if len(rows) != count + 1:
        failures.append(f"{name}: {len(rows)} rows, expected {count} + 1 header")
    if rows[0] != header:
        failures.append(f"{name}: header {rows[0]} != {header}")
    # Trailing empty cells are not stored in xlsx, so a row may be shorter, never longer.
    wide = [i for i, r in enumerate(rows) if len(r) > len(header)]
    if wide:
        failures.append(f"{name}: rows {wide[:5]} have more than {len(header)} columns (a quoting error)")
    for row_index, col, want in first + last:
        got = rows[row_index][col] if row_index < len(rows) and col < len(rows[row_index]) else None
        print(f"  row {row_index + 1} column {col + 1}: {got!r}")
        if got != want:
            failures.append(f"{name}: row {row_index + 1} column {col + 1} is {got!r}, expected {want!r}")

ledger = read_xlsx(sys.argv[2])
d0, t0 = tasks[0]
dn, tn = tasks[-1]
check("ledger", ledger, ["文件", "编号", "任务", "牵头单位", "配合单位", "责任单位", "完成时限", "起始", "周期", "原文行号"], len(tasks),
      [(1, 0, d0["title"]["text"]), (1, 2, t0["heading"]["text"]), (1, 3, "、".join(u["name"] for u in t0["units"]["lead"]))],
      [(len(tasks), 2, tn["heading"]["text"]), (len(tasks), 9, str(tn["span"]["line"]))])
units = read_xlsx(sys.argv[3])
first_unit = min((u["name"] for _, t in tasks for r in ("lead", "support", "responsible") for u in t["units"][r]),
                 key=lambda s: [ord(c) for c in s])
check("by unit", units, ["单位", "角色", "文件", "编号", "任务", "完成时限"], mentions, [(1, 0, first_unit)], [])
if failures:
    print("FAIL"); [print(" -", f) for f in failures]; sys.exit(1)
print("OK")
PY
