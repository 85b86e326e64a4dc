"""``council-desktop presets``: list the presets, export them to JSON, import them from JSON (never keys)."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

from council_desktop.errors import EXIT_OK, UsageError
from council_desktop.storage.paths import app_paths
from council_desktop.storage.presets import PresetError, export_presets, import_presets
from council_desktop.storage.settings import SettingsError, SettingsStore


def cmd_presets(args: argparse.Namespace) -> int:
    store = SettingsStore(app_paths().settings_file)
    try:
        settings = store.load()
    except SettingsError as e:
        raise UsageError(f"{e} Fix it, or move the file away to use the default settings.") from e
    if args.action == "list":
        for p in settings.all_presets():
            if args.jsonl:
                print(json.dumps({**p.to_dict(), "starter": p.starter}, ensure_ascii=False))
            else:
                origin = "starter" if p.starter else "yours"
                print(f"{p.name}  [{p.mode}, {origin}]  {', '.join(p.members)} · chairman {p.chairman}")
                if p.description:
                    print(f"    {p.description}")
        return EXIT_OK
    if not args.file:
        raise UsageError(f"presets {args.action} needs a FILE.")
    path = Path(args.file)
    if args.action == "export":
        chosen = settings.all_presets()
        if args.names:
            wanted = {n.casefold() for n in args.names}
            chosen = [p for p in chosen if p.name.casefold() in wanted]
            missing = wanted - {p.name.casefold() for p in chosen}
            if missing:
                raise UsageError(f"no preset named {', '.join(sorted(missing))}.")
        path.write_text(export_presets(chosen), encoding="utf-8")
        print(f"Exported {len(chosen)} preset(s) to {path}", file=sys.stderr)
        return EXIT_OK
    if not path.is_file():
        raise UsageError(f"{path} is not a file.")
    if path.stat().st_size > 5_000_000:
        raise UsageError(f"{path} is too large to be a presets file.")
    try:
        incoming = import_presets(path.read_text(encoding="utf-8"))
    except (PresetError, UnicodeDecodeError) as e:
        raise UsageError(f"{path} cannot be imported: {e}") from e
    names = {p.name.casefold() for p in incoming}
    kept = tuple(p for p in settings.presets if p.name.casefold() not in names)
    store.save(replace(settings, presets=kept + tuple(incoming)))
    print("Imported: " + ", ".join(p.name for p in incoming), file=sys.stderr)
    return EXIT_OK
