"""The history commands of the CLI at work: history, show, export, import, delete (``history_cli`` registers them and
imports this module only when one of them runs). Each handler takes the parsed args and returns the exit
code: 0 ok, 1 failure (unknown run, a history that cannot be used, a file that cannot be read or written), 2 bad
usage (a run id prefix that matches several runs, an import file that is not a valid run export, a bad option).

A storage fault is said in one line on stderr; its details (with the traceback) go to the log file only.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from council_desktop.council import units
from council_desktop.export_files import export_format, export_runs, unknown_format_message
from council_desktop.history_cli import MAX_LIMIT
from council_desktop.storage.export import ExportFormatError, from_json_any, to_json, to_markdown
from council_desktop.storage.history import AmbiguousRunId, HistoryError, HistoryReadOnly, HistoryStore, RunSummary
from council_desktop.storage.paths import app_paths
from council_desktop.storage.validate import MAX_IMPORT_BYTES, clean_text

__all__ = ["MAX_LIMIT", "cmd_delete", "cmd_export", "cmd_history", "cmd_import", "cmd_show", "open_store"]


def open_store(*, reading: bool = False) -> HistoryStore:
    """The user's history store, with runs left running by a dead process marked interrupted.

    When that cannot be written (a full disk, a read-only file) the history is still read, those runs are shown
    interrupted, and one line on stderr says why. ``reading``: a history this user cannot write (a read-only
    file or folder) is opened read-only, with one line on stderr saying so.
    """
    paths = app_paths()
    try:
        store = HistoryStore(paths.history_db)
    except HistoryReadOnly as e:
        if not reading:
            raise
        store = HistoryStore(paths.history_db, read_only=True)
        _write(f"warning: {e} It is shown read-only.\n", sys.stderr)
        store.mark_interrupted()  # shown, not written
        return store
    try:
        store.mark_interrupted()
    except HistoryError:
        store.close()
        raise
    if store.write_problem:
        _write(f"warning: {store.write_problem}\n", sys.stderr)
    return store


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


def _store_fail(e: HistoryError) -> int:
    """A history problem: an ambiguous prefix is bad usage (its candidates listed), the rest a failure."""
    if isinstance(e, AmbiguousRunId):
        lines = [f"error: {e}", "candidates:"]
        lines += [f"  {c.id}  {units.local_time(c.created_at)}  {clean_text(c.title, one_line=True)}"
                  for c in e.candidates]
        if e.more:
            lines.append("  …")
        _write("\n".join(lines) + "\n", sys.stderr)
        return 2
    return _fail(str(e))


def _resolve(store: HistoryStore, run_id: str) -> str:
    """The full id ``run_id`` stands for; says so on stderr when an exact id also starts other runs' ids."""
    full = store.resolve(run_id)
    if full == run_id:
        longer = store.longer_ids(run_id, limit=3)
        if longer:
            _write(f"note: {run_id!r} is this run's whole id; it also starts the ids of "
                   f"{', '.join(c.id for c in longer)}{', …' if len(longer) == 3 else ''}\n", sys.stderr)
    return full


def _cost(cost: float | None) -> str:
    return units.usd(cost, unknown="—")


def _table(runs: list[RunSummary]) -> str:
    rows = [("ID", "DATE", "STATUS", "MEMBERS", "COST", "TITLE")]
    rows += [(clean_text(r.id[:8], one_line=True), units.local_time(r.created_at),
              "degraded" if r.degraded else r.status, str(len(r.members)),
              _cost(r.cost), clean_text(r.title, one_line=True)) for r in runs]
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
        with open_store(reading=True) as store:
            runs = store.list_runs(search=args.search, limit=args.limit)
    except HistoryError as e:
        return _store_fail(e)
    if args.jsonl:
        _write("".join(json.dumps({"id": r.id, "title": r.title, "created_at": r.created_at, "status": r.status,
                                   "members": r.members, "cost": r.cost, "thread": r.thread, "parent": r.parent,
                                   "mode": r.mode, "degraded": r.degraded}, ensure_ascii=False) + "\n"
                       for r in runs))
    elif runs:
        _write(_table(runs))
    else:
        _write(f"No runs match {args.search!r}.\n" if args.search else "No runs in the history yet.\n")
    return 0


def cmd_show(args: argparse.Namespace) -> int:
    try:
        with open_store(reading=True) as store:
            record = store.get(_resolve(store, args.run_id))
    except HistoryError as e:
        return _store_fail(e)
    _write(to_json(record) if args.format == "json" else to_markdown(record))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    output: Path = args.output
    if export_format(output) is None:
        return _fail(unknown_format_message(output), 2)
    if args.all == bool(args.run_id):
        return _fail("export needs a RUN_ID, or --all for every run (not both)", 2)
    try:
        with open_store(reading=True) as store:
            if args.all:
                ids = [r.id for r in reversed(store.list_runs(limit=MAX_LIMIT))]
                records = [store.get(i) for i in ids]
                title: str | None = f"Council history ({len(records)} runs)"
            else:
                run_id = _resolve(store, args.run_id)
                if args.thread:
                    records = [store.get(r.id) for r in store.thread_runs(run_id)]
                    title = None
                else:
                    records = [store.get(run_id)]
    except HistoryError as e:
        return _store_fail(e)
    if not records:
        return _fail("the history holds no runs to export")
    try:
        if len(records) == 1 and not args.all:
            export_runs(records[0], output)
        else:
            export_runs(records, output, title=title)
    except OSError as e:
        return _fail(f"cannot write {output}: {e.strerror or e}")
    what = f"run {records[0].id}" if len(records) == 1 else f"{len(records)} runs"
    _write(f"Exported {what} to {output}\n")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        if path.exists() and not path.is_file() and not path.is_dir():  # a FIFO would block, a device never end
            return _fail(f"cannot import {path}: it is not a regular file", 2)
        with path.open("rb") as f:
            data = f.read(MAX_IMPORT_BYTES + 1)  # never more: a FIFO or /dev/zero must not fill the memory
    except OSError as e:
        return _fail(f"cannot read {path}: {e.strerror or e}")
    if len(data) > MAX_IMPORT_BYTES:
        return _fail(f"cannot import {path}: the file is larger than a run export can be "
                     f"({MAX_IMPORT_BYTES:,} bytes)", 2)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        return _fail(f"cannot import {path}: it is not UTF-8 text (byte {e.start})", 2)
    try:
        records = from_json_any(text)
    except ExportFormatError as e:
        return _fail(f"cannot import {path}: {e}", 2)
    try:
        with open_store() as store:
            for record in records:  # every run is checked before the first is written
                if store.exists(record.id) and not args.replace and store.get(record.id).to_dict() != record.to_dict():
                    return _fail(f"a different run with id {record.id} is already in the history; "
                                 "use --replace to overwrite it")
            for record in records:
                if store.exists(record.id) and store.get(record.id).to_dict() == record.to_dict():
                    # Importing what is already there changes nothing: say so and succeed.
                    print(f"run {record.id} is already in the history, identical", file=sys.stderr)
                else:
                    store.save_record(record)
                _write(f"{record.id}\n")
    except HistoryError as e:
        return _store_fail(e)
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    try:
        with open_store() as store:
            run_id = store.delete(_resolve(store, args.run_id))
    except HistoryError as e:
        return _store_fail(e)
    _write(f"Deleted run {run_id}\n")
    return 0
