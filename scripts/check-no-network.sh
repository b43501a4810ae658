#!/usr/bin/env bash
# Shows that `gongwen validate` makes no network call on XML that asks for one: strace -f traces
# every network system call (socket, connect, …) of gongwen and any child, on files whose external
# entity, external DTD and parameter entity point at http://127.0.0.1:9/. Fails if any is made.
# A control run of a program that does connect proves the trace would catch it.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v strace >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq strace; }
swift build >/dev/null
bin="$(swift build --show-bin-path)/gongwen"
work=$(mktemp -d /tmp/gongwen-no-network.XXXXXX)
trap 'rm -rf "$work"' EXIT
url=http://127.0.0.1:9
printf '<?xml version="1.0"?>\n<!DOCTYPE n [<!ENTITY x SYSTEM "%s/entity">]>\n<n>&x;</n>\n' $url > "$work/entity.xml"
printf '<?xml version="1.0"?>\n<!DOCTYPE notice SYSTEM "%s/gongwen.dtd">\n<notice xmlns="urn:gongwen:1.0"/>\n' $url > "$work/dtd.xml"
printf '<?xml version="1.0"?>\n<!DOCTYPE n [<!ENTITY %% p SYSTEM "%s/p.ent"> %%p;]>\n<n/>\n' $url > "$work/parameter.xml"
printf '<?xml version="1.0"?>\n<n xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="%s/inc.xml"/></n>\n' $url > "$work/xinclude.xml"

# Control: the trace sees a connect when one is made.
strace -f -e trace=network -o "$work/control.trace" python3 -c "import socket; s=socket.socket(); s.settimeout(1)
try: s.connect(('127.0.0.1', 9))
except OSError: pass" || true
grep -q 'connect(' "$work/control.trace" || { echo "FAIL: the control run's connect was not traced"; exit 1; }

strace -f -e trace=network -o "$work/validate.trace" "$bin" validate "$work"/*.xml > "$work/out.txt" || true
cat "$work/out.txt"
echo "--- network system calls traced while validating:"
if grep -vE '^[0-9]+ +\+\+\+ exited|^[0-9]+ +--- SIG' "$work/validate.trace"; then
    echo "FAIL: gongwen validate made network calls (above)"
    exit 1
fi
echo "(none)"
echo "OK: no network call"
