#!/usr/bin/env bash
# Installs placelab, its bundled datasets and its lessons under PREFIX (default /usr/local):
#   PREFIX/bin/placelab, PREFIX/share/placelab/datasets/ and PREFIX/share/placelab/lessons/
# The binary finds the datasets and lessons from its own location, wherever it is started from.
set -euo pipefail
prefix="${1:-/usr/local}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
swift build -c release --product placelab
install -d "$prefix/bin" "$prefix/share/placelab"
install -m 0755 .build/release/placelab "$prefix/bin/placelab"
staging="$prefix/share/placelab/.datasets.$$"
rm -rf "$staging"
cp -R datasets "$staging"
rm -rf "$prefix/share/placelab/datasets"
mv "$staging" "$prefix/share/placelab/datasets"
lessons="$prefix/share/placelab/.lessons.$$"
rm -rf "$lessons"
install -d "$lessons"
install -m 0644 scripts/[0-9]*-*.plq "$lessons"/
rm -rf "$prefix/share/placelab/lessons"
mv "$lessons" "$prefix/share/placelab/lessons"
echo "installed $prefix/bin/placelab with datasets in $prefix/share/placelab/datasets and lessons in $prefix/share/placelab/lessons"
