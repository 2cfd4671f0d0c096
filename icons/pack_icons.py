#!/usr/bin/env python3
"""Packs the PNG renderings into the Windows .ico and macOS .icns containers (both may embed PNG data)."""
import struct
from pathlib import Path

here = Path(__file__).resolve().parent
png = {size: (here / f"akis-studio-{size}.png").read_bytes() for size in (16, 24, 32, 48, 64, 128, 256, 512)}

# .ico: ICONDIR, one ICONDIRENTRY per image, then the PNG payloads. Width/height 0 means 256.
ico_sizes = [16, 24, 32, 48, 64, 128, 256]
header = struct.pack("<HHH", 0, 1, len(ico_sizes))
offset = 6 + 16 * len(ico_sizes)
entries, payload = b"", b""
for size in ico_sizes:
    data = png[size]
    dim = 0 if size >= 256 else size
    entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset + len(payload))
    payload += data
(here / "akis-studio.ico").write_bytes(header + entries + payload)

# .icns: 'icns' + total length, then (type, length, PNG) chunks.
icns_types = {"icp4": 16, "icp5": 32, "icp6": 64, "ic07": 128, "ic08": 256, "ic09": 512}
chunks = b"".join(kind.encode() + struct.pack(">I", 8 + len(png[size])) + png[size] for kind, size in icns_types.items())
(here / "akis-studio.icns").write_bytes(b"icns" + struct.pack(">I", 8 + len(chunks)) + chunks)
