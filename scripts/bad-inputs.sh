#!/usr/bin/env bash
# The big bad inputs on a release build, with their time and peak memory, checked against generous
# bounds: each must extract (exit 0) or be refused with its documented code, and grow linearly.
# The unit tests run the same shapes smaller (10 MB, not 100 MB); speed is shown here, never there.
#
#   scripts/bad-inputs.sh            # builds release, runs every case, prints a table
#   KEEP=1 scripts/bad-inputs.sh     # keep the generated inputs (in a temp folder, printed)
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -c release >/dev/null
bin="$(swift build -c release --show-bin-path)/gongwen"
work=$(mktemp -d /tmp/gongwen-bad-inputs.XXXXXX)
[[ ${KEEP:-0} == 1 ]] && echo "inputs in $work" || trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'EOF'
import sys, os
w = sys.argv[1]
def write(name, data): open(os.path.join(w, name), "wb").write(data if isinstance(data, bytes) else data.encode())
unit = "各单位要加强组织领导，落实工作责任，确保各项任务按时完成。".encode()
for mb in (10, 100):
    write(f"line-{mb}mb.txt", unit * (mb * 2**20 // len(unit)))
title = "某某县2024年重点工作实施方案\n"
task = "1.加强大气污染防治。2024年6月底前完成。（牵头单位：县生态环境局）\n"
write("empty-lines-1m.txt", title + "\n" * 1_000_000 + "一、重点任务\n" + task)
write("empty-lines-4m.txt", title + "\n" * 4_000_000 + "一、重点任务\n" + task)
def nested(n): return title + "一、重点任务\n1.落实" + "（" * n + "细则" + "）" * n + "。\n2.编制" + "《" * n + "规划\n3.完善" + "（" * n + "制度\n"
write("nested-10k.txt", nested(10_000)); write("nested-40k.txt", nested(40_000))
d = "零一二三四五六七八九"
def han(k): return "一百" if k == 100 else d[k] if k < 10 else ("" if k // 10 == 1 else d[k // 10]) + "十" + ("" if k % 10 == 0 else d[k % 10])
def tasks(sections):
    out = [title]
    for s in range(1, sections + 1):
        out.append(f"{han(s % 100 or 100)}、第{s}部分任务\n")
        out += [f"{i}.加强第{s}-{i}项工作。（牵头单位：县发展改革局；配合单位：县财政局）\n" for i in range(1, 101)]
    return "".join(out)
write("tasks-10k.txt", tasks(100)); write("tasks-40k.txt", tasks(400))
names = lambda n: title + "一、重点任务\n1.加强工作。（牵头单位：" + "、".join(f"县第{i}局" for i in range(n)) + "）\n"
write("unit-names-8k.txt", names(8_000)); write("unit-names-32k.txt", names(32_000))
cites = lambda n: title + "一、重点任务\n1.落实" + "、".join(f"《某某县第{i}号规划》" for i in range(n)) + "要求。\n"
write("citations-8k.txt", cites(8_000)); write("citations-32k.txt", cites(32_000))
write("prose-1mb.txt", "今天天气很好，我们去公园散步。\n" * (2**20 // 46))
EOF

# name, expected exit code, then pairs that must grow linearly: small big ratio
printf '%-22s %6s %9s %10s %5s\n' input MB seconds peak-MB exit
fail=0
declare -A secs
run() {  # file expected-exit max-seconds max-peak-MB
    local f=$1 want=$2 max_s=$3 max_mb=$4
    local out=$work/$f.json
    /usr/bin/time -f '%e %M' -o "$work/time" "$bin" extract "$work/$f" -o "$out" 2>"$work/err" && code=0 || code=$?
    read -r s kb < <(tail -1 "$work/time")
    local mb=$(( kb / 1024 ))
    secs[$f]=$s
    printf '%-22s %6.1f %9s %10s %5s\n' "$f" "$(echo "$(stat -c %s "$work/$f") / 1048576" | bc -l)" "$s" "$mb" "$code"
    if [[ $code != "$want" ]]; then echo "  FAIL: exit $code, expected $want: $(cat "$work/err")"; fail=1; fi
    if (( $(echo "$s > $max_s" | bc -l) )); then echo "  FAIL: over $max_s s"; fail=1; fi
    if (( mb > max_mb )); then echo "  FAIL: over $max_mb MB"; fail=1; fi
    rm -f "$out"
}
linear() {  # small big factor: the big one may take at most 1.5 x factor x the small one (+0.2 s)
    local a=${secs[$1]} b=${secs[$2]} k=$3
    if (( $(echo "$b > 1.5 * $k * $a + 0.2" | bc -l) )); then echo "  FAIL: $2 took $b s, over 1.5 x $k x $a s ($1)"; fail=1; fi
}
run line-10mb.txt 0 10 400
run line-100mb.txt 0 60 2500
linear line-10mb.txt line-100mb.txt 10
run empty-lines-1m.txt 0 10 300
run empty-lines-4m.txt 0 30 1000
linear empty-lines-1m.txt empty-lines-4m.txt 4
run nested-10k.txt 0 10 300
run nested-40k.txt 0 20 600
linear nested-10k.txt nested-40k.txt 4
run tasks-10k.txt 0 20 600
run tasks-40k.txt 0 60 2000
linear tasks-10k.txt tasks-40k.txt 4
run unit-names-8k.txt 0 10 300
run unit-names-32k.txt 0 30 600
linear unit-names-8k.txt unit-names-32k.txt 4
run citations-8k.txt 0 10 300
run citations-32k.txt 0 30 600
linear citations-8k.txt citations-32k.txt 4
run prose-1mb.txt 0 10 300
# Refused quickly however big: the first bytes decide.
head -c $((200 * 1048576)) /dev/zero > "$work/zeros-200mb.bin"
run zeros-200mb.bin 65 10 1200
exit $fail
