#!/usr/bin/env bash
# Renders the application icon from helpdesk.svg: the hicolor PNG sizes (Linux, and the window
# icon embedded in the app), helpdesk.ico (Windows) and helpdesk.icns (macOS). The results are
# committed, so no platform's build needs an SVG renderer; run this after changing the SVG
# (needs rsvg-convert, Debian package librsvg2-bin, and python3). tests/run.sh checks that
# hicolor/SOURCE.sha256 matches the SVG, i.e. that nobody forgot.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
SIZES=(16 22 24 32 48 64 128 256 512)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
for size in "${SIZES[@]}" 1024; do
    rsvg-convert --width "$size" --height "$size" helpdesk.svg --output "$tmp/$size.png"
done
for size in "${SIZES[@]}"; do
    cp "$tmp/$size.png" "hicolor/helpdesk-$size.png"
done
python3 - "$tmp" <<'PY'
import struct, sys
tmp = sys.argv[1]
png = lambda size: open(f"{tmp}/{size}.png", "rb").read()

# ICO: a directory of PNG-compressed images (Windows Vista and later read these).
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [png(s) for s in sizes]
out = struct.pack("<HHH", 0, 1, len(sizes))
offset = 6 + 16 * len(sizes)
for s, data in zip(sizes, images):
    out += struct.pack("<BBBBHHII", s % 256, s % 256, 0, 0, 1, 32, len(data), offset)
    offset += len(data)
open("helpdesk.ico", "wb").write(out + b"".join(images))

# ICNS: big-endian chunks of PNG data, one per OSType (icp4 16 px ... ic10 1024 px).
types = [("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256),
         ("ic09", 512), ("ic10", 1024)]
body = b"".join(t.encode() + struct.pack(">I", 8 + len(png(s))) + png(s) for t, s in types)
open("helpdesk.icns", "wb").write(b"icns" + struct.pack(">I", 8 + len(body)) + body)
PY
sha256sum helpdesk.svg | cut -d' ' -f1 > hicolor/SOURCE.sha256
echo "Rendered ${SIZES[*]} px, helpdesk.ico and helpdesk.icns from helpdesk.svg"
