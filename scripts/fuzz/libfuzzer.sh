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
out=$build/debug
# The library and its dependencies, instrumented; the executable target is left out (its
# main would clash with libFuzzer's).
swift build --build-path "$build" --target PlaceLab -Xswiftc -sanitize=fuzzer -Xswiftc -enable-testing
mkdir -p "$build/corpus"
# The fuzz target sees the library's modules and the C modules under them: zlib's (through
# PlaceLabData) and Yams' parser.
yaml=$(dirname "$(find "$build/checkouts" -name module.modulemap -path '*CYaml*' | head -n 1)")
swiftc -sanitize=fuzzer -parse-as-library -g -I "$out/Modules" -I Sources/CZlib -I "$yaml" \
    -c Fuzz/PlaceLabFuzz.swift -o "$build/PlaceLabFuzz.o"
# The objects of the targets the library is made of, target by target, so that nothing else
# built in the same folder (tests, the executable) is linked in. One response file for the
# link, each path quoted: object names may hold spaces ("Integer rank.swift.o").
: > "$build/objects.rsp"
for target in PlaceLabCore PlaceLabLanguage PlaceLabData PlaceLabNetworks PlaceLabRender PlaceLab \
              Yams CYaml HeapModule InternalCollectionsUtilities; do
    find "$out/$target.build/" -name '*.o' | sed 's/.*/"&"/' >> "$build/objects.rsp"
done
swiftc -sanitize=fuzzer -g "$build/PlaceLabFuzz.o" @"$build/objects.rsp" -lz -o "$build/placelab-fuzz"
"$build/placelab-fuzz" -max_total_time="$seconds" -print_final_stats=1 -artifact_prefix="$build/" "$@" "$build/corpus"
