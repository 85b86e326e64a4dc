"""The history commands of the CLI: history, show, export, import, delete.

``register(subparsers)`` adds them to the main parser; the work is in :mod:`council_desktop.history_cmds`, imported
only when one of them runs (so ``--version`` and ``--help`` never load the history or the exports). Each handler
takes the parsed args and returns the exit code: 0 ok, 1 failure (unknown run, a history that cannot be used, a
file that cannot be read or written), 2 bad usage (a run id prefix that matches several runs, an import file that
is not a valid run export, a bad option).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from council_desktop.storage.history import HistoryStore

__all__ = ["COMMANDS", "MAX_LIMIT", "open_store", "register"]

MAX_LIMIT = 1_000_000
COMMANDS = ("history", "show", "export", "import", "delete")  # what register() adds


def open_store(*, reading: bool = False) -> HistoryStore:
    """The user's history store (:func:`history_cmds.open_store`)."""
    from council_desktop.history_cmds import open_store as _open

    return _open(reading=reading)


def _lazy(name: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        from council_desktop import history_cmds

        return int(getattr(history_cmds, name)(args))

    return run


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{_arg(text)} is not a whole number") from None
    if not 1 <= value <= MAX_LIMIT:
        raise argparse.ArgumentTypeError(f"must be from 1 to {MAX_LIMIT:,}")
    return value


def _arg(text: str) -> str:
    """An argument as it can be printed (bytes that were not UTF-8 shown as U+FFFD)."""
    from council_desktop.storage.validate import clean_text

    return repr(clean_text(text, one_line=True))


def _text(text: str) -> str:
    """A text argument: not valid UTF-8 (Python keeps such bytes as lone surrogates) is a usage error."""
    if any("\ud800" <= ch <= "\udfff" for ch in text):
        raise argparse.ArgumentTypeError(f"{_arg(text)} is not valid UTF-8 text")
    return text


def register(subparsers: Any) -> None:
    """Add the five history sub-commands to an ``argparse`` subparsers object."""
    p = subparsers.add_parser("history", help="list past runs, newest first",
                              description="List past runs, newest first.")
    p.add_argument("--search", metavar="TEXT", type=_text,
                   help="only runs whose prompt, answers or final answer contain every word of TEXT")
    p.add_argument("--limit", metavar="N", type=_positive_int, default=50, help="at most N runs (default 50)")
    p.add_argument("--jsonl", action="store_true",
                   help="one JSON object per run: id, title, created_at, status, members, cost, thread, parent, "
                        "mode, degraded")
    p.set_defaults(func=_lazy("cmd_history"))

    p = subparsers.add_parser("show", help="print one run's whole record",
                              description="Print one run's whole record (the id or a unique prefix of it).")
    p.add_argument("run_id", metavar="RUN_ID", type=_text)
    p.add_argument("--format", choices=("markdown", "json"), default="markdown", help="default: markdown")
    p.set_defaults(func=_lazy("cmd_show"))

    p = subparsers.add_parser("export", help="write a run (or its conversation, or every run) to a .md, .json, "
                                             ".html or .pdf file",
                              description="Write one run to a file; the suffix picks the format: .md (Markdown), "
                                          ".json (the complete record, for import), .html (a self-contained web "
                                          "page, light and dark) or .pdf. --thread writes the whole conversation "
                                          "the run belongs to, --all every run in the history.")
    p.add_argument("run_id", metavar="RUN_ID", type=_text, nargs="?")
    p.add_argument("--thread", action="store_true", help="the whole conversation RUN_ID belongs to, oldest first")
    p.add_argument("--all", action="store_true", help="every run in the history (no RUN_ID)")
    p.add_argument("--output", "-o", metavar="FILE", required=True, type=Path)
    p.set_defaults(func=_lazy("cmd_export"))

    p = subparsers.add_parser("import", help="add runs from a JSON export",
                              description="Add the run (or the runs of a conversation or history export) from a "
                                          "JSON export made by export or show --format json.")
    p.add_argument("file", metavar="FILE", type=Path)
    p.add_argument("--replace", action="store_true", help="overwrite a run with the same id")
    p.set_defaults(func=_lazy("cmd_import"))

    p = subparsers.add_parser("delete", help="delete one run from the history",
                              description="Delete one run from the history (the id or a unique prefix of it).")
    p.add_argument("run_id", metavar="RUN_ID", type=_text)
    p.set_defaults(func=_lazy("cmd_delete"))
