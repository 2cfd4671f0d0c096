#!/usr/bin/env bash
# Renders akis-studio.svg to PNGs (16–512 px) and packs .ico/.icns. Needs rsvg-convert (apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$size" -h "$size" akis-studio.svg -o "akis-studio-$size.png"
done
python3 pack_icons.py
