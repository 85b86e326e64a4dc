"""Move translations between a Qt ``.ts`` catalogue and a JSON list a translator can edit.

    python scripts/i18n_json.py export council_de.ts de.json [--all]   the unfinished messages (or all of them)
    python scripts/i18n_json.py import council_de.ts de.json            fill the catalogue from the JSON
    python scripts/i18n_json.py check council_de.ts                     unfinished messages, placeholders that differ

A JSON entry: ``{"context": ..., "source": ..., "comment": ..., "translation": ...}``. Import checks that a
translation keeps the source's ``{placeholders}``, ``%n`` and its ``&`` mnemonic (one at most), and refuses the
file otherwise.
"""

from __future__ import annotations

import json
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"\{[a-z_0-9]*(?:[:!][^{}]*)?\}|%n|%[0-9]")


def _messages(root: ET.Element):
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            yield name, msg


def _key(context: str, msg: ET.Element) -> tuple[str, str, str]:
    return context, msg.findtext("source") or "", msg.findtext("comment") or ""


def problems(source: str, translation: str) -> list[str]:
    out = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation)):
        out.append(f"placeholders differ: {PLACEHOLDER.findall(source)} vs {PLACEHOLDER.findall(translation)}")
    mnemonics = len(re.findall(r"&(?=[^&\s])", translation.replace("&&", "")))
    if "&" in source.replace("&&", "") and re.search(r"&[^&\s]", source) and mnemonics != 1:
        out.append("the source has a mnemonic (&) and the translation must have exactly one")
    return out


def export(ts: Path, out: Path, everything: bool) -> int:
    root = ET.parse(ts).getroot()
    entries = []
    for context, msg in _messages(root):
        tr = msg.find("translation")
        unfinished = tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip()
        if everything or unfinished:
            context_, source, comment = _key(context, msg)
            entries.append({"context": context_, "source": source, "comment": comment,
                            "translation": "" if unfinished else (tr.text or "")})
    out.write_text(json.dumps(entries, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(entries)} messages to {out}")
    return 0


def import_(ts: Path, src: Path) -> int:
    tree = ET.parse(ts)
    root = tree.getroot()
    given = {(e["context"], e["source"], e.get("comment", "")): e["translation"]
             for e in json.loads(src.read_text(encoding="utf-8")) if e.get("translation")}
    bad, filled = [], 0
    for context, msg in _messages(root):
        key = _key(context, msg)
        if key not in given:
            continue
        text = given[key]
        found = problems(key[1], text)
        if found:
            bad.append(f"{key[0]} / {key[1]!r} -> {text!r}: {'; '.join(found)}")
            continue
        tr = msg.find("translation")
        if tr is None:
            tr = ET.SubElement(msg, "translation")
        tr.attrib.pop("type", None)
        tr.text = text
        filled += 1
    if bad:
        print("refused:\n  " + "\n  ".join(bad), file=sys.stderr)
        return 1
    ET.indent(tree, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    print(f"{filled} translations into {ts}")
    return 0


def check(ts: Path) -> int:
    root = ET.parse(ts).getroot()
    unfinished, bad = 0, []
    for context, msg in _messages(root):
        tr = msg.find("translation")
        if tr is None or tr.get("type") == "unfinished" or not (tr.text or "").strip():
            unfinished += 1
            continue
        found = problems(msg.findtext("source") or "", tr.text or "")
        if found:
            bad.append(f"{context} / {msg.findtext('source')!r}: {'; '.join(found)}")
    print(f"{ts.name}: {unfinished} unfinished, {len(bad)} with problems")
    for b in bad:
        print("  " + b)
    return 1 if unfinished or bad else 0


def main(argv: list[str]) -> int:
    if len(argv) >= 3 and argv[0] == "export":
        return export(Path(argv[1]), Path(argv[2]), "--all" in argv)
    if len(argv) == 3 and argv[0] == "import":
        return import_(Path(argv[1]), Path(argv[2]))
    if len(argv) == 2 and argv[0] == "check":
        return check(Path(argv[1]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
