#!/bin/sh
# Builds the libFuzzer target in Fuzz/ (lexer, statement parser, every file reader) against
# the library built with coverage instrumentation, then runs it.
#   scripts/fuzz/libfuzzer.sh [SECONDS] [extra libFuzzer flags]
# The corpus grows in .build/fuzz/corpus; crashes are written to .build/fuzz/crash-*.
set -eu
cd "$(dirname "$0")/../.."
seconds=${1:-60}
[ $# -gt 0 ] && shift
build=.build/fuzz
# The library and its dependencies, instrumented; the executable target is left out (its
# main would clash with libFuzzer's).
swift build --build-path "$build" --target PlaceLab -Xswiftc -sanitize=fuzzer -Xswiftc -enable-testing
mkdir -p "$build/corpus"
# Object names may hold spaces ("Integer rank.swift.o"): hand them over NUL-separated.
find "$build/debug/" -name '*.o' ! -path '*/Modules/*' ! -path '*/placelab.build/*' -print0 |
    xargs -0 swiftc -sanitize=fuzzer -parse-as-library -g -I "$build/debug/Modules" \
        -I "$(dirname "$(find "$build/checkouts" -name module.modulemap -path '*CYaml*' | head -n 1)")" \
        Fuzz/PlaceLabFuzz.swift -o "$build/placelab-fuzz"
"$build/placelab-fuzz" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$build/" "$@" "$build/corpus"
