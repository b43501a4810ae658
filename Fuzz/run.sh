#!/usr/bin/env bash
# Runs one fuzz target. Usage: Fuzz/run.sh extract|validate [seconds] [extra libFuzzer flags…]
# Seeds are read at run time: Corpus/*.txt and ../shared/corpus/*.txt for extract (linked, not
# copied, into fuzz-out/seeds-NAME); for validate, the JSON and XML gongwen writes for them.
# New inputs go to fuzz-out/corpus-NAME, crashes to fuzz-out/crashes-NAME, the log to fuzz-out/NAME.log.
set -euo pipefail
cd "$(dirname "$0")/.."
name=$1; secs=${2:-1800}; shift; [[ $# -gt 0 ]] && shift
bin=fuzz-out/bin/fuzz-$name
mkdir -p fuzz-out
exec 9>"fuzz-out/$name.lock"
flock -n 9 || { echo "a $name fuzz run is already going (fuzz-out/$name.lock)" >&2; exit 1; }
[[ -x $bin ]] || Fuzz/build.sh "$name"
seeds=fuzz-out/seeds-$name
rm -rf "$seeds"; mkdir -p "$seeds" "fuzz-out/corpus-$name" "fuzz-out/crashes-$name"
shared=../shared/corpus
[[ -d $shared ]] || shared=/work/shared/corpus
case $name in
extract)
    for f in Corpus/*.txt "$shared"/*.txt; do [[ -f $f ]] && ln -sf "$(realpath "$f")" "$seeds/$(basename "$(dirname "$f")")-$(basename "$f")"; done ;;
validate)
    Fuzz/validate-seeds.sh "$seeds"
    set -- -dict=Fuzz/validate.dict "$@" ;;
esac
# libFuzzer and AddressSanitizer report a crash themselves; Swift's backtracer, which would also
# start, outlives the run holding its lock (and trips AddressSanitizer reading the dead process).
export SWIFT_BACKTRACE=enable=no
exec nice -n 19 "$bin" "fuzz-out/corpus-$name" "$seeds" \
    -max_total_time="$secs" -rss_limit_mb=4096 -timeout=10 -print_final_stats=1 \
    -artifact_prefix="fuzz-out/crashes-$name/" "$@" 2>&1 | tee "fuzz-out/$name.log" 9>&-
