#!/usr/bin/env bash
# Renders resources/icons/zelfscan.svg to the PNG sizes the desktop and the window icon use.
# The PNGs are committed, so building never needs librsvg; run this after changing the SVG
# (as root: apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || {
    echo "render-icons: rsvg-convert is missing; as root: apt-get install librsvg2-bin" >&2
    exit 2
}
for size in 48 128 256; do
    rsvg-convert -w "$size" -h "$size" resources/icons/zelfscan.svg -o "resources/icons/zelfscan-$size.png"
done
