"""The history commands of the CLI: history, show, export, import, delete.

``register(subparsers)`` adds them to the main parser; each handler takes the parsed args and returns the exit
code: 0 ok, 1 failure (unknown run, damaged database, unreadable file), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from council_desktop.council import units
from council_desktop.storage.export import (
    ExportFormatError,
    export_format,
    from_json,
    to_json,
    to_markdown,
    write_export,
)
from council_desktop.storage.history import HistoryError, HistoryStore, RunSummary
from council_desktop.storage.paths import app_paths

__all__ = ["open_store", "register"]


def open_store() -> HistoryStore:
    """The user's history store, with runs left running by a dead process marked interrupted."""
    paths = app_paths()
    store = HistoryStore(paths.history_db)
    try:
        store.mark_interrupted()
    except HistoryError:
        store.close()
        raise
    return store


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register(subparsers: Any) -> None:
    """Add the five history sub-commands to an ``argparse`` subparsers object."""
    p = subparsers.add_parser("history", help="list past runs, newest first",
                              description="List past runs, newest first.")
    p.add_argument("--search", metavar="TEXT", help="only runs whose prompt, answers or final answer contain "
                   "every word of TEXT")
    p.add_argument("--limit", metavar="N", type=_positive_int, default=50, help="at most N runs (default 50)")
    p.add_argument("--jsonl", action="store_true",
                   help="one JSON object per run: id, title, created_at, status, members, cost")
    p.set_defaults(func=cmd_history)

    p = subparsers.add_parser("show", help="print one run's whole record",
                              description="Print one run's whole record (the id or a unique prefix of it).")
    p.add_argument("run_id", metavar="RUN_ID")
    p.add_argument("--format", choices=("markdown", "json"), default="markdown", help="default: markdown")
    p.set_defaults(func=cmd_show)

    p = subparsers.add_parser("export", help="write one run to a Markdown (.md) or JSON (.json) file",
                              description="Write one run to a file; the suffix picks the format (.md or .json).")
    p.add_argument("run_id", metavar="RUN_ID")
    p.add_argument("--output", "-o", metavar="FILE", required=True, type=Path)
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("import", help="add a run from a JSON export",
                              description="Add a run from a JSON export (made by export or show --format json).")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--replace", action="store_true", help="overwrite a run with the same id")
    p.set_defaults(func=cmd_import)

    p = subparsers.add_parser("delete", help="delete one run from the history",
                              description="Delete one run from the history (the id or a unique prefix of it).")
    p.add_argument("run_id", metavar="RUN_ID")
    p.set_defaults(func=cmd_delete)


# -- output helpers ------------------------------------------------------------------------------------------

def _write(text: str, stream: Any = None) -> None:
    stream = stream or sys.stdout
    try:
        stream.write(text)
    except UnicodeEncodeError:  # a console that cannot show every character
        enc = getattr(stream, "encoding", None) or "ascii"
        stream.write(text.encode(enc, errors="replace").decode(enc))
    stream.flush()


def _fail(message: str, code: int = 1) -> int:
    _write(f"error: {message}\n", sys.stderr)
    return code


def _cost(cost: float | None) -> str:
    return units.usd(cost, unknown="—")


def _table(runs: list[RunSummary]) -> str:
    rows = [("ID", "DATE", "STATUS", "MEMBERS", "COST", "TITLE")]
    rows += [(r.id[:8], units.local_time(r.created_at), r.status, str(len(r.members)), _cost(r.cost), r.title)
             for r in runs]
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    right = {3, 4}
    lines = []
    for row in rows:
        cells = [row[i].rjust(widths[i]) if i in right else row[i].ljust(widths[i]) for i in range(5)]
        lines.append("  ".join([*cells, row[5]]).rstrip())
    return "\n".join(lines) + "\n"


# -- commands ------------------------------------------------------------------------------------------------

def cmd_history(args: argparse.Namespace) -> int:
    try:
        with open_store() as store:
            runs = store.list_runs(search=args.search, limit=args.limit)
    except HistoryError as e:
        return _fail(str(e))
    if args.jsonl:
        _write("".join(json.dumps({"id": r.id, "title": r.title, "created_at": r.created_at, "status": r.status,
                                   "members": r.members, "cost": r.cost}, ensure_ascii=False) + "\n"
                       for r in runs))
    elif runs:
        _write(_table(runs))
    else:
        _write(f"No runs match {args.search!r}.\n" if args.search else "No runs in the history yet.\n")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    try:
        with open_store() as store:
            record = store.get(args.run_id)
    except HistoryError as e:
        return _fail(str(e))
    _write(to_json(record) if args.format == "json" else to_markdown(record))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    output: Path = args.output
    if export_format(output) is None:
        return _fail(f"cannot tell the format of {output}: name it .md (Markdown) or .json (JSON)", 2)
    try:
        with open_store() as store:
            record = store.get(args.run_id)
    except HistoryError as e:
        return _fail(str(e))
    try:
        write_export(record, output)
    except OSError as e:
        return _fail(f"cannot write {output}: {e.strerror or e}")
    _write(f"Exported run {record.id} to {output}\n")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        reason = e.strerror if isinstance(e, OSError) and e.strerror else str(e)
        return _fail(f"cannot read {path}: {reason}")
    try:
        record = from_json(text)
    except ExportFormatError as e:
        return _fail(f"cannot import {path}: {e}")
    try:
        with open_store() as store:
            if store.exists(record.id) and not args.replace:
                if store.get(record.id).to_dict() == record.to_dict():
                    # Importing what is already there changes nothing: say so and succeed.
                    print(f"run {record.id} is already in the history, identical", file=sys.stderr)
                    _write(f"{record.id}\n")
                    return 0
                return _fail(f"a different run with id {record.id} is already in the history; "
                             "use --replace to overwrite it")
            store.save_record(record)
    except HistoryError as e:
        return _fail(str(e))
    _write(f"{record.id}\n")
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    try:
        with open_store() as store:
            run_id = store.delete(args.run_id)
    except HistoryError as e:
        return _fail(str(e))
    _write(f"Deleted run {run_id}\n")
    return 0
