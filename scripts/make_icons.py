"""Render the app icon from ``resources/council-desktop.svg`` into every format the packaging needs.

    python scripts/make_icons.py          # rewrites the generated files (commit them)
    python scripts/make_icons.py --check  # exit 1 if a generated file is missing or stale

Outputs: ``resources/council-desktop-<N>.png`` (hicolor sizes), ``resources/council-desktop.ico`` (Windows, PNG
entries), ``resources/council-desktop.icns`` (macOS, PNG entries), and the runtime copies the app loads with
``importlib.resources`` (``council_desktop/resources/icon.svg``, ``icon-<N>.png``). Qt's SVG renderer does the
drawing; ICO and ICNS are written by hand (both are a small header + the PNGs), so no Pillow is needed.
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "council-desktop.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS OSType -> pixel size (the @2x types are the same pixels, marked for Retina).
ICNS_TYPES = (("icp4", 16), ("icp5", 32), ("icp6", 64), ("ic07", 128), ("ic08", 256), ("ic09", 512),
              ("ic10", 1024), ("ic11", 32), ("ic12", 64), ("ic13", 256), ("ic14", 512))
RUNTIME_PNG_SIZES = (32, 256)


def render_png(renderer: QSvgRenderer, size: int) -> bytes:
    img = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    img.fill(Qt.GlobalColor.transparent)
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(p)
    p.end()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    if not img.convertToFormat(QImage.Format.Format_ARGB32).save(buf, "PNG"):  # type: ignore[call-overload]  # the stub says bytes; PySide6 wants str
        raise RuntimeError(f"could not encode a {size}px PNG")
    buf.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An ICO with one PNG-compressed 32-bit entry per size (Windows Vista and later read these)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        data = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset)
        blobs += data
        offset += len(data)
    return header + entries + blobs


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(ostype.encode("ascii") + struct.pack(">I", 8 + len(pngs[s])) + pngs[s]
                    for ostype, s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def outputs() -> dict[Path, bytes]:
    """Every generated file and its bytes."""
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QImage text/SVG need it
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not a valid SVG for Qt's renderer")
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    pngs = {s: render_png(renderer, s) for s in sizes}
    res = ROOT / "resources"
    pkg = ROOT / "council_desktop" / "resources"
    out: dict[Path, bytes] = {res / f"council-desktop-{s}.png": pngs[s] for s in PNG_SIZES}
    out[res / "council-desktop.ico"] = ico_bytes({s: pngs[s] for s in ICO_SIZES})
    out[res / "council-desktop.icns"] = icns_bytes(pngs)
    out[pkg / "icon.svg"] = SOURCE.read_bytes()
    for s in RUNTIME_PNG_SIZES:
        out[pkg / f"icon-{s}.png"] = pngs[s]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--check", action="store_true", help="only check that the generated files are up to date")
    args = ap.parse_args(argv)
    stale = []
    for path, data in outputs().items():
        current = path.read_bytes() if path.exists() else None
        if current == data:
            continue
        stale.append(path)
        if not args.check:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(data)
            print(f"wrote {path.relative_to(ROOT)} ({len(data)} bytes)")
    if args.check and stale:
        print("stale or missing (run scripts/make_icons.py):", *(str(p.relative_to(ROOT)) for p in stale),
              sep="\n  ")
        return 1
    if not stale:
        print("icons are up to date")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
