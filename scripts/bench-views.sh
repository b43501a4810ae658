#!/usr/bin/env bash
# Times `gongwen extract` (release build) for JSON, CSV and HTML on the example notice and on
# synthetic notices of about 1 MB and 10 MB (the example's plans repeated under its own header),
# and prints wall time, peak memory and output size. The HTML cost is the difference to JSON.
#
#   scripts/bench-views.sh [NOTICE]     (NOTICE defaults to ../shared/corpus/xiangning-2023-46.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
notice="${1:-../shared/corpus/xiangning-2023-46.txt}"
swift build -c release >/dev/null
gongwen=.build/release/gongwen
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
python3 - "$notice" "$work" <<'PY'
import sys
text = open(sys.argv[1], encoding="utf-8").read()
body_at = text.find("\n", text.find("(此件公开发布)") + 1) if "(此件公开发布)" in text else 0
head, body = text[:body_at], text[body_at:]
for name, size in (("1mb", 1 << 20), ("10mb", 10 << 20)):
    parts, n = [head], len(head.encode())
    while n < size:
        parts.append(body); n += len(body.encode())
    open(f"{sys.argv[2]}/{name}.txt", "w", encoding="utf-8").write("".join(parts))
PY
cp "$notice" "$work/example.txt"
printf '%-12s %-6s %10s %10s %12s %12s\n' input format bytes "best s" "peak RSS KB" "output bytes"
for input in example 1mb 10mb; do
  for format in json csv html; do
    best=""; rss=0
    for run in 1 2 3; do
      /usr/bin/time -f "%e %M" -o "$work/t" "$gongwen" extract "$work/$input.txt" --format "$format" -o "$work/out" 2>/dev/null
      read -r s kb < "$work/t"
      if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; fi
      [ "$kb" -gt "$rss" ] && rss=$kb
    done
    printf '%-12s %-6s %10s %10s %12s %12s\n' "$input" "$format" "$(stat -c %s "$work/$input.txt")" "$best" "$rss" "$(stat -c %s "$work/out")"
  done
done
