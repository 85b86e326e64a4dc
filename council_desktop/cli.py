"""The command line: ``council-desktop`` opens the window; sub-commands work headless.

Exit codes: 0 a final answer was produced (or the command did its job); 1 the council (or command) failed;
2 bad usage (empty prompt, no key, unknown option); 130 interrupted by Ctrl+C / SIGINT.
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import os
import sys
from collections.abc import Iterator
from typing import Any

from council_desktop import __version__, history_cli
from council_desktop.errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, UsageError

# -- argument parsing --------------------------------------------------------------------------------------------
COMMANDS = ("ask", "presets", "rerun", *history_cli.COMMANDS, "stats")


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line's parser. ``command``: only that sub-command's parser is built (the others play no part in
    parsing its arguments, and building all eleven cost some 5 ms of every start); None builds them all (``--help``,
    the window's Qt options, a mistyped command and its "choose from" list)."""
    p = argparse.ArgumentParser(
        prog="council-desktop",
        description="LLM Council: one question to a council of LLMs, peer review, and a chairman's synthesis. "
                    "Without a command, opens the window.",
        epilog="Qt's own options for the window (-style fusion, -platform xcb, -reverse, -stylesheet FILE, …) "
               "are passed to Qt when they come before any command.",
    )
    p.add_argument("--version", action="version", version=f"council-desktop {__version__}")
    p.add_argument("--self-test", action="store_true",
                   help="check Qt, TLS certificates, the keyring and a short council against a local stub; exit 0/1")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    if command in (None, "ask"):
        _add_ask(sub)
    if command in (None, "presets"):
        _add_presets(sub)
    if command in (None, "rerun"):
        _add_rerun(sub)
    if command is None or command in history_cli.COMMANDS:
        history_cli.register(sub)
    if command in (None, "stats"):
        _add_stats(sub)
    return p


def _add_ask(sub: Any) -> None:
    ask = sub.add_parser("ask", help="run a council headless and print the final answer",
                         description="Run a council headless. Progress goes to stderr, the final answer (Markdown) "
                                     "to stdout.")
    ask.add_argument("prompt", metavar="PROMPT", help='the question; "-" reads it from stdin')
    ask.add_argument("--model", action="append", metavar="ID", dest="models",
                     help="council member (repeatable): MODEL_ID for OpenRouter, MODEL_ID@PROVIDER for another "
                          "configured provider (default: the configured council)")
    ask.add_argument("--chairman", metavar="ID", help="the chairman model (default: the configured chairman)")
    ask.add_argument("--base-url", metavar="URL", help="OpenRouter-compatible base URL for this run")
    ask.add_argument("--timeout", metavar="SECONDS", type=float,
                     help="first-token deadline per request (the total deadline may be longer)")
    ask.add_argument("--quorum", metavar="K", type=_positive_int,
                     help="a stage ends as soon as K members have finished it (the others are stopped, their text "
                          "kept)")
    ask.add_argument("--stage-deadline", metavar="SECONDS", type=_positive_float, dest="stage_deadline",
                     help="a stage ends that long after it started, with whoever has finished")
    ask.add_argument("--budget", metavar="USD", type=_budget,
                     help="spend at most this much on the run: a stage that could cost more than is left is not "
                          "started, and streams are closed when the cost reaches it (the run keeps what it has)")
    ask.add_argument("--web", action="store_true",
                     help="members search the web (OpenRouter's web plugin); cited sources come with the answers")
    ask.add_argument("--preset", metavar="NAME",
                     help="use a council preset (members, chairman, mode, prompts, knobs); other flags override it")
    ask.add_argument("--mode", choices=("full", "review", "answers"), default=None,
                     help="full: answers, peer review and synthesis (default); review: no synthesis; answers: the "
                          "answers side by side")
    ask.add_argument("--follow-up", metavar="RUN_ID", dest="follow_up",
                     help="ask a next question in that run's conversation: every model sees the earlier turns")
    ask.add_argument("--to", metavar="MODEL",
                     help="ask one model only (no review, no synthesis), e.g. a member after the verdict")
    ask.add_argument("--jsonl", action="store_true", help="stdout carries only JSON events, one per line")
    ask.add_argument("--no-save", action="store_true", help="do not record the run in the history")
    ask.add_argument("--estimate", action="store_true",
                     help="print what the run would cost (a low-high range in USD, from the model prices) and "
                          "exit without asking any model")
    ask.add_argument("--allow-insecure-http", action="store_true",
                     help="allow plain http:// to another machine for a provider that gets an API key (the key "
                          "then travels unencrypted)")
    ask.set_defaults(func=_cmd_ask)


def _add_presets(sub: Any) -> None:
    presets = sub.add_parser("presets", help="list, export or import council presets",
                             description="Council presets: the starters and your own. Exports never hold keys.")
    presets.add_argument("action", nargs="?", choices=("list", "export", "import"), default="list")
    presets.add_argument("file", nargs="?", metavar="FILE", help="the JSON file to write (export) or read (import)")
    presets.add_argument("--name", action="append", metavar="NAME", dest="names",
                         help="export only this preset (repeatable)")
    presets.add_argument("--jsonl", action="store_true", help="list as JSON, one preset per line")
    presets.set_defaults(func=_cmd_presets)


def _add_rerun(sub: Any) -> None:
    rerun = sub.add_parser(
        "rerun", help="re-run part of a past run: retry members, re-ask reviewers, or a new synthesis",
        description="Re-run part of a past run; what is not named is reused (not asked again, not paid again). "
                    "The earlier run stays in the history as it was; the new run points back to it.")
    rerun.add_argument("run_id", metavar="RUN_ID", help="the run (its id or a unique prefix)")
    rerun.add_argument("--member", action="append", metavar="MODEL", dest="members",
                       help="ask this member of the run again (repeatable); then peer review and synthesis run anew")
    rerun.add_argument("--add", action="append", metavar="MODEL",
                       help="add a new member (repeatable); then peer review and synthesis run anew")
    rerun.add_argument("--reviewer", action="append", metavar="MODEL", dest="reviewers",
                       help="ask this reviewer again with the same anonymized answers (repeatable); then a new "
                            "synthesis")
    rerun.add_argument("--chairman", metavar="MODEL", help="a new synthesis by this chairman (default: the run's)")
    rerun.add_argument("--base-url", metavar="URL", help="OpenRouter-compatible base URL for this run")
    rerun.add_argument("--timeout", metavar="SECONDS", type=float, help="first-token deadline per request")
    rerun.add_argument("--jsonl", action="store_true", help="stdout carries only JSON events, one per line")
    rerun.add_argument("--no-save", action="store_true", help="do not record the run in the history")
    rerun.add_argument("--allow-insecure-http", action="store_true",
                       help="allow plain http:// to another machine for a provider that gets an API key (the key "
                            "then travels unencrypted)")
    rerun.set_defaults(func=_cmd_rerun)


def _add_stats(sub: Any) -> None:
    stats = sub.add_parser("stats", help="what you spent, and how the models did in your own councils",
                           description="Spend (today, this month, all time; per provider, model, month and day), a "
                                       "leaderboard of the models from your history, and whether reviewers favour "
                                       "their own vendor's answers.")
    stats.add_argument("--since", metavar="DATE", help="only runs from this day on (YYYY-MM-DD, or YYYY-MM)")
    stats.add_argument("--until", metavar="DATE", help="only runs up to this day, inclusive (YYYY-MM-DD, or YYYY-MM)")
    stats.add_argument("--mode", choices=("full", "review", "answers"), help="only runs of this mode")
    stats.add_argument("--preset", metavar="NAME", help="only runs made with this council preset")
    stats.add_argument("--jsonl", action="store_true", help="JSON lines instead of tables")
    stats.set_defaults(func=_cmd_stats)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if not (value > 0 and value < float("inf")):
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds, not {text}")
    return value


def _budget(text: str) -> float:
    try:
        value = float(text.strip().lstrip("$"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not an amount of US dollars: {text!r}") from None
    if not (value >= 0 and value < float("inf")):
        raise argparse.ArgumentTypeError(f"must be zero or more US dollars, not {text}")
    return value


def main(argv: list[str] | None = None) -> int:
    from council_desktop.qt_args import split_qt_args

    argv = sys.argv[1:] if argv is None else argv
    qt_argv, argv = split_qt_args(argv)
    command = argv[0] if argv and argv[0] in COMMANDS and not qt_argv else None
    with _starting_run() if command in ("ask", "rerun") else contextlib.nullcontext():
        return _main(command, argv, qt_argv)


def _main(command: str | None, argv: list[str], qt_argv: list[str]) -> int:
    parser = build_parser(command)
    args = parser.parse_args(argv)
    if qt_argv and (args.command is not None or args.self_test):
        print(f"council-desktop: error: Qt's options ({' '.join(qt_argv)}) apply to the window only",
              file=sys.stderr)
        return EXIT_USAGE
    if args.self_test:  # touches nothing of the user's: no log file, no settings, no history
        from council_desktop.selftest import run_self_test

        return run_self_test()
    with contextlib.suppress(Exception):  # never let logging set-up stop the program
        from council_desktop.logging_setup import setup_logging
        from council_desktop.storage.paths import app_paths

        setup_logging(app_paths().log_file)
    try:
        if args.command is None:
            return _open_window(qt_argv)
        return int(args.func(args))
    except UsageError as e:
        from council_desktop.council.text import strip_control

        print(f"council-desktop: error: {strip_control(str(e))}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:  # Ctrl+C before the run's own handler was in place (e.g. reading stdin)
        print("council-desktop: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


def _cmd_ask(args: argparse.Namespace) -> int:
    # Imported here: --version, --help and the history commands start without the engine, httpx or the keyring.
    from council_desktop.ask_cmd import cmd_ask

    return cmd_ask(args)


_gc_paused = False


@contextlib.contextmanager
def _starting_run() -> Iterator[None]:
    """Around ask and rerun, from before their arguments are parsed: the CA bundle is read on another core while
    the engine is imported (``prepare_tls``), and the cyclic garbage collector is paused until the first request
    is on the wire (:func:`resume_gc`, which ask's listener calls): the start allocates some 50,000 long-lived
    objects, and collecting them again and again (~15-20 ms here) only delayed the request. It collects them all
    once it is back, while the first answer is awaited; it is back at the latest when the command ends."""
    global _gc_paused
    from council_desktop.net import prepare_tls

    prepare_tls()
    if gc.isenabled():
        _gc_paused = True
        gc.disable()
    try:
        yield
    finally:
        resume_gc()


def resume_gc() -> None:
    """Turn the garbage collector back on if :func:`_starting_run` paused it (idempotent)."""
    global _gc_paused
    if _gc_paused:
        _gc_paused = False
        gc.enable()


def _cmd_presets(args: argparse.Namespace) -> int:
    from council_desktop.presets_cmd import cmd_presets

    return cmd_presets(args)


def _cmd_rerun(args: argparse.Namespace) -> int:
    from council_desktop.ask_cmd import cmd_rerun

    return cmd_rerun(args)


def _cmd_stats(args: argparse.Namespace) -> int:
    from council_desktop.stats_cmd import cmd_stats

    return cmd_stats(args)


def _open_window(argv: list[str]) -> int:
    if sys.platform.startswith("linux") and not (os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        print("council-desktop: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are unset). "
              "Run it in a desktop session, or use the headless commands: council-desktop ask --help.",
              file=sys.stderr)
        return EXIT_FAILED
    try:
        from council_desktop.app import run_gui
    except ImportError as e:
        print(f"council-desktop: the window cannot start: {e}", file=sys.stderr)
        return EXIT_FAILED
    return run_gui(argv)


__all__ = ["COMMANDS", "EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_USAGE", "UsageError", "build_parser", "main",
           "resume_gc"]
