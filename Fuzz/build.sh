#!/usr/bin/env bash
# Builds the libFuzzer targets: GongwenKit's sources compiled together with one harness, with
# the fuzzer and AddressSanitizer. Usage: Fuzz/build.sh [extract|validate|all] (default all).
set -euo pipefail
cd "$(dirname "$0")/.."
out=fuzz-out/bin
mkdir -p "$out"
mapfile -t kit < <(find Sources/GongwenKit -name '*.swift' | sort)
flags=(-sanitize=fuzzer,address -parse-as-library -O -g -module-name GongwenFuzz
       -I Sources/CLibXML2 -Xcc -I/usr/include/libxml2 -lxml2 -use-ld=lld)

build() {  # name, harness files…
    local name=$1; shift
    echo "building $out/fuzz-$name"
    swiftc "${flags[@]}" "${kit[@]}" Fuzz/FuzzChecks.swift "$@" -o "$out/fuzz-$name"
}

what=${1:-all}
if [[ $what == extract || $what == all ]]; then build extract Fuzz/ExtractTarget.swift; fi
if [[ $what == validate || $what == all ]] && [[ -f Fuzz/ValidateTarget.swift ]]; then build validate Fuzz/ValidateTarget.swift; fi
