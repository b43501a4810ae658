#!/usr/bin/env bash
# Seeds for the validate target, made at run time in folder $1: gongwen's JSON and XML for every
# notice in Corpus/ (and ../shared/corpus when present), and a few hostile XML files.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$1
mkdir -p "$out"
swift build >/dev/null
bin="$(swift build --show-bin-path)/gongwen"
shared=../shared/corpus
[[ -d $shared ]] || shared=/work/shared/corpus
for f in Corpus/*.txt "$shared"/*.txt; do
    [[ -f $f ]] || continue
    name=$(basename "$f" .txt)
    "$bin" extract "$f" --format json -o "$out/$name.json" 2>/dev/null || true
    "$bin" extract "$f" --format xml -o "$out/$name.xml" 2>/dev/null || true
done
printf '<?xml version="1.0"?>\n<!DOCTYPE n [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n<n>&c;</n>\n' > "$out/bomb.xml"
printf '<?xml version="1.0"?>\n<!DOCTYPE n [<!ENTITY x SYSTEM "http://127.0.0.1:9/x">]>\n<n>&x;</n>\n' > "$out/external.xml"
printf '<?xml version="1.0"?>\n<!DOCTYPE notice SYSTEM "http://127.0.0.1:9/x.dtd">\n<notice xmlns="urn:gongwen:1.0"/>\n' > "$out/dtd.xml"
python3 -c "print('<a>' * 300 + '</a>' * 300)" > "$out/deep.xml"
python3 -c "print('[' * 600 + ']' * 600)" > "$out/deep.json"
