#!/usr/bin/env bash
# Installs placelab and its bundled datasets under PREFIX (default /usr/local):
#   PREFIX/bin/placelab  and  PREFIX/share/placelab/datasets/
# The binary finds the datasets from its own location, wherever it is started from.
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
echo "installed $prefix/bin/placelab with datasets in $prefix/share/placelab/datasets"
