"""``council-desktop ask``: a council headless, progress on stderr (or JSON events on stdout), the answer on stdout.

Kept apart from :mod:`council_desktop.cli` so that ``--version``, ``--help`` and the history commands never import
the engine, httpx or the keyring.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TextIO

from council_desktop.cli import resume_gc
from council_desktop.council import units
from council_desktop.council.events import (
    Error,
    Event,
    ModelComplete,
    ModelDelta,
    ModelError,
    ModelProgress,
    ModelStart,
    RunEnd,
    StageComplete,
    StageStart,
)
from council_desktop.council.orchestrator import Council, CouncilOptions, RunSpec, SpecError
from council_desktop.council.state import MemberState, MemberStatus, RunState
from council_desktop.council.text import redact, sanitize_text, strip_control
from council_desktop.council.vocab import STAGE_NAMES, Mode
from council_desktop.errors import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_OK, UsageError
from council_desktop.run_policy import RunRefused
from council_desktop.storage.keystore import KEY_ENV, KeyStore
from council_desktop.storage.paths import app_paths
from council_desktop.storage.settings import Settings, SettingsError, SettingsStore
from council_desktop.termination import on_termination

if TYPE_CHECKING:
    from council_desktop.council.estimate import Price
    from council_desktop.storage.history import HistoryStore
    from council_desktop.storage.recorder import RunRecorder

log = logging.getLogger("council_desktop.cli")



# -- ask -------------------------------------------------------------------------------------------------------
def _read_prompt(arg: str) -> str:
    try:
        text = sys.stdin.read() if arg == "-" else arg
    except UnicodeDecodeError:
        raise UsageError("the prompt on stdin is not valid UTF-8 text.") from None
    if sanitize_text(text) != text:  # undecodable bytes (in an argument, or stdin read with surrogateescape)
        raise UsageError("the prompt is not valid UTF-8 text.")
    if not text.strip():
        raise UsageError("the prompt is empty: give a question (or pipe one in with PROMPT '-').")
    return text.strip()


def _check_text_args(args: argparse.Namespace) -> None:
    """Arguments that are not valid UTF-8 reach Python as lone surrogates: refuse them here, not mid-run."""
    for name, value in vars(args).items():
        values = value if isinstance(value, list | tuple) else [value]
        if name != "prompt" and any(isinstance(v, str) and sanitize_text(v) != v for v in values):
            raise UsageError(f"--{name.replace('_', '-')} is not valid UTF-8 text.")


def _check_key_and_transport(spec: RunSpec, settings: Settings, key_store: KeyStore,
                             args: argparse.Namespace) -> None:
    """A key that cannot be sent, or plain http:// to another machine for a keyed provider, stops the run before
    any request (``--allow-insecure-http`` turns the latter into a warning)."""
    from council_desktop.provider_setup import insecure_endpoints
    from council_desktop.providers import needs_openrouter

    asked = [*spec.members, spec.chairman]
    if needs_openrouter(spec.members, spec.chairman):
        problem = key_store.lookup().problem
        if problem:
            raise UsageError(problem)
    insecure = insecure_endpoints(settings, asked, base_url=args.base_url)
    if not insecure:
        return
    where = "; ".join(f"{name} at {strip_control(redact(url))}" for name, url in insecure)
    if not getattr(args, "allow_insecure_http", False):
        raise UsageError(f"plain http:// to another machine would send the API key unencrypted ({where}). Use "
                         "https://, or pass --allow-insecure-http if you trust every network in between.")
    print(f"council-desktop: warning: the API key travels unencrypted over plain http:// ({where}).",
          file=sys.stderr)


def cmd_ask(args: argparse.Namespace) -> int:
    _check_text_args(args)
    prompt = _read_prompt(args.prompt)
    settings = load_settings()
    preset = None
    if args.preset:
        preset = settings.find_preset(args.preset)
        if preset is None:
            names = ", ".join(repr(p.name) for p in settings.all_presets())
            raise UsageError(f"no preset named {args.preset!r} (there are: {names}).")
    options = _options(args, settings)
    if preset is not None:
        options = preset.options(options)
        if args.timeout is not None:  # an explicit flag wins over the preset
            options = replace(options, first_token_timeout=args.timeout,
                              total_timeout=max(options.total_timeout, args.timeout))
    from council_desktop.council.prompts import PromptSet
    from council_desktop.run_policy import CouncilChoice, RunRefused, check_spec, plan_run

    key_store = KeyStore()
    estimate = getattr(args, "estimate", False)  # --estimate: no request is sent, so no key is needed
    has_key = estimate or bool(key_store.openrouter_key())
    mode: Mode = "answers" if args.to else (args.mode or (preset.mode if preset else "full"))
    prompts = preset.prompt_set() if preset else PromptSet()
    members = [args.to] if args.to else (list(args.models) if args.models else None)
    try:
        if args.follow_up:
            thread = load_thread(args.follow_up)
            spec = RunSpec.follow_up(thread, prompt, members or (list(preset.members) if preset else None),
                                     args.chairman or args.to or (preset.chairman if preset else None),
                                     options, mode)
            if preset is not None:
                spec = replace(spec, prompts=prompts)
            plan = check_spec(spec, has_openrouter_key=has_key)
        else:
            base = preset or settings
            council = CouncilChoice(tuple(members) if members else tuple(base.members),
                                    args.chairman or args.to or base.chairman,
                                    f"preset {preset.name}" if preset else "settings")
            plan = plan_run(prompt, council, options, has_openrouter_key=has_key,
                            preset=preset.name if preset and not members else None, mode=mode, prompts=prompts)
    except SpecError as e:
        raise UsageError(str(e)) from e
    except RunRefused as e:
        raise UsageError(_refusal(e, key_store)) from e
    if estimate:
        from council_desktop.estimate_cmd import cmd_estimate

        return cmd_estimate(plan.spec, settings, args)
    return execute(plan.spec, settings, key_store, args)


def load_settings() -> Settings:
    """The saved settings; a file that cannot be used is a usage error naming the bad setting — never a silent
    council of the (paid) default models in place of the one the user wrote."""
    try:
        return SettingsStore(app_paths().settings_file).load()
    except SettingsError as e:
        raise UsageError(f"{e} Fix it, or move the file away to use the default settings.") from e


def _options(args: argparse.Namespace, settings: Settings) -> CouncilOptions:
    if args.timeout is not None and not 0 < args.timeout < float("inf"):
        raise UsageError("--timeout must be a positive number of seconds.")
    return settings.council_options(first_token_timeout=args.timeout, quorum=getattr(args, "quorum", None),
                                    stage_deadline=getattr(args, "stage_deadline", None),
                                    web_search=True if getattr(args, "web", False) else None,
                                    budget=getattr(args, "budget", None))


def _refusal(e: RunRefused, key_store: KeyStore) -> str:
    if e.reason != "no_key":
        return e.message
    where = (f"set {KEY_ENV}, or save a key in the app's Settings (it is kept in the system keyring)"
             if key_store.available else
             f"set {KEY_ENV} (no system keyring is available on this machine to hold a saved key)")
    return f"no OpenRouter API key found: {where}."


def _history() -> HistoryStore:
    from council_desktop.history_cli import open_store
    from council_desktop.storage.history import HistoryError

    try:
        return open_store()
    except HistoryError as e:
        raise UsageError(f"the history cannot be read: {e}") from e


def _get(store: HistoryStore, run_id: str) -> RunState:
    from council_desktop.storage.history import RunNotFound

    try:
        return store.get(run_id)
    except RunNotFound as e:
        raise UsageError(str(e)) from e


def load_thread(run_id: str) -> list[RunState]:
    """The conversation a follow-up continues, oldest turn first, ending with ``run_id``'s run
    (:func:`rerun_policy.thread_chain`)."""
    from council_desktop.rerun_policy import thread_chain

    store = _history()
    try:
        cur = _get(store, run_id)
        if cur.status == "running":
            raise UsageError(f"run {cur.id[:8]} is still running: follow up once it has finished.")
        return thread_chain(store.get, cur.id)
    finally:
        store.close()


def cmd_rerun(args: argparse.Namespace) -> int:
    """Re-run part of a finished run: retry or add members, re-ask reviewers, or a new synthesis."""
    _check_text_args(args)
    store = _history()
    try:
        parent = _get(store, args.run_id)
    finally:
        store.close()
    if parent.status == "running":
        raise UsageError(f"run {parent.id[:8]} is still running: re-run it once it has finished.")
    members = list(args.members or [])
    for m in members:
        if m not in parent.members:
            raise UsageError(f"{m} was not a member of run {parent.id[:8]} (its members: "
                             f"{', '.join(parent.members)}); --add MODEL adds a new one.")
    for m in args.add or []:
        if m in parent.members:
            raise UsageError(f"{m} is already a member of run {parent.id[:8]}; --member {m} asks it again.")
        members.append(m)
    reviewers = list(args.reviewers or [])
    asked = [r.model for r in parent.stage2]
    for r in reviewers:
        if r not in asked:
            raise UsageError(f"{r} was not a reviewer in run {parent.id[:8]} (its reviewers: "
                             f"{', '.join(asked) or 'none'}).")
    settings = load_settings()
    key_store = KeyStore()
    from council_desktop.council.orchestrator import options_from
    from council_desktop.council.values import Redo
    from council_desktop.rerun_policy import rerun

    options = options_from(parent.settings)
    if args.timeout is not None:
        options = _options(args, settings)
    try:
        plan = rerun(parent, Redo(tuple(members), tuple(reviewers), args.chairman),
                     has_openrouter_key=bool(key_store.openrouter_key()), options=options)
    except RunRefused as e:
        raise UsageError(_refusal(e, key_store)) from e
    return execute(plan.spec, settings, key_store, args)


def execute(spec: RunSpec, settings: Settings, key_store: KeyStore, args: argparse.Namespace) -> int:
    """Run ``spec`` with the printer and recorder the arguments ask for; the exit code."""
    _check_key_and_transport(spec, settings, key_store, args)
    prices = _budget_prices(spec, settings, args.base_url)
    printer: Printer = JsonlPrinter(sys.stdout) if args.jsonl else HumanPrinter(sys.stderr)
    saving = None if args.no_save else DeferredRecorder(spec.new_state())
    try:
        return asyncio.run(_ask(spec, settings, key_store, args.base_url, printer, saving, prices))
    finally:
        recorder = saving.recorder if saving is not None else None
        if recorder is not None:
            if recorder.failures:
                print(f"council-desktop: warning: the run could not be fully saved ({recorder.last_error}); "
                      "see the log file.", file=sys.stderr)
            recorder.store.close()


def _budget_prices(spec: RunSpec, settings: Settings, base_url: str | None) -> dict[str, Price | None] | None:
    """The prices the budget cap counts with (only when the run has a budget)."""
    if spec.options.budget is None:
        return None
    from council_desktop.council.estimate import price_for as estimate_price_for
    from council_desktop.estimate_cmd import load_prices
    from council_desktop.providers.openrouter_api import ModelCatalog

    source = load_prices(spec, settings, base_url, ModelCatalog(app_paths().models_cache_file))
    unknown = [m for m in (*spec.members, spec.chairman) if estimate_price_for(m, source.prices) is None]
    if unknown:
        print(f"council-desktop: warning: no price is known for {', '.join(dict.fromkeys(unknown))}"
              f"{' (' + source.problem + ')' if source.problem else ''}; the budget counts only the costs they "
              "report.", file=sys.stderr)
    return source.prices


def _open_recorder() -> RunRecorder | None:
    from council_desktop.storage.recorder import open_recorder

    recorder, problem = open_recorder(app_paths().history_db)
    if problem:
        print(f"council-desktop: warning: the run will not be saved: {problem}", file=sys.stderr)
    return recorder


class DeferredRecorder:
    """The history, opened beside the run's first requests rather than before them (its import and opening cost
    more than the requests' own start): on a worker thread, begun once every stage-1 member has started. Events
    that arrive before it is open wait, in order, and are recorded as soon as it is — the record is the same."""

    START_AFTER_S = 0.015  # once the members have started: their requests are on the wire a few loop turns later

    def __init__(self, first: RunState) -> None:
        self.first = first
        self.recorder: RunRecorder | None = None
        self._pending: list[tuple[Event, RunState]] | None = []
        self._opening: asyncio.Future[RunRecorder | None] | None = None
        self._timer: asyncio.TimerHandle | None = None

    def on_event(self, ev: Event, state: RunState) -> None:
        if self.recorder is not None:
            self.recorder.on_event(ev, state)
            return
        if self._pending is not None:
            self._pending.append((ev, state))
        if self._opening is None and self._timer is None and state.stage1 and all(
                m.status is not MemberStatus.PENDING for m in state.stage1):
            self._timer = asyncio.get_running_loop().call_later(self.START_AFTER_S, self.start)

    def start(self) -> None:
        """Open the history now (on a worker thread), if it is not opening already."""
        if self._opening is None:
            self._opening = asyncio.get_running_loop().run_in_executor(None, _open_recorder)
            self._opening.add_done_callback(self._opened)

    def _opened(self, fut: asyncio.Future[RunRecorder | None]) -> None:
        pending, self._pending = self._pending or [], None
        if fut.cancelled() or fut.exception() is not None:
            if not fut.cancelled():
                log.error("opening the history failed: %r", fut.exception())
            return
        self.recorder = fut.result()
        if self.recorder is not None:
            self.recorder.begin(self.first)
            for ev, state in pending:
                self.recorder.on_event(ev, state)

    async def finish(self, state: RunState) -> None:
        """The run is over: wait for the history if it is still opening, then write the whole record."""
        if self._timer is not None:
            self._timer.cancel()
        self.start()
        assert self._opening is not None
        await asyncio.wait([self._opening])
        if self.recorder is not None:
            self.recorder.finish(state)


async def _ask(spec: RunSpec, settings: Settings, key_store: KeyStore, base_url: str | None,
               printer: Printer, recorder: DeferredRecorder | None,
               prices: dict[str, Price | None] | None = None) -> int:
    from council_desktop.net import make_http_client
    from council_desktop.provider_setup import build_registry

    loop = asyncio.get_running_loop()
    interrupted = False
    async with make_http_client() as http:
        from council_desktop.providers.openrouter_api import ModelCatalog

        # the cached model list (the window's, or an earlier run's) knows context windows: no request for them;
        # without one, the first run fetches it once for all members and keeps it for the next runs
        backend = build_registry(http, settings, key_store, base_url=base_url,
                                 catalog=ModelCatalog(app_paths().models_cache_file), fill_catalog=True)
        council = Council(backend, prices=prices)

        def listener(ev: Event, state: RunState) -> None:
            _resume_gc_after(ev)
            if recorder is not None:
                recorder.on_event(ev, state)
            printer(ev, state)

        task = asyncio.ensure_future(council.run(spec, listener))

        def on_signal() -> None:
            nonlocal interrupted
            interrupted = True
            task.cancel()

        try:
            with on_termination(loop, on_signal):
                final: RunState = await task
        except asyncio.CancelledError:
            state = council.state or spec.new_state()
            if recorder is not None:
                await recorder.finish(state)
            printer.close()
            if interrupted:
                return EXIT_INTERRUPTED
            raise
        if recorder is not None:
            await recorder.finish(final)
    printer.close()
    if final.status == "complete" and (final.synthesis is not None or final.mode != "full"):
        if isinstance(printer, HumanPrinter):
            sys.stdout.write(strip_control(final_text(final)).rstrip() + "\n")
            sys.stdout.flush()
        return EXIT_OK
    return EXIT_FAILED


def _resume_gc_after(ev: Event) -> None:
    """The garbage collector paused for the start (``cli._starting_run``) comes back at the first event that
    follows an answer or a failure: a request was on the wire by then. Before it come only a stage's and its
    members' start, and members waiting (their requests on their way) or queued."""
    if gc.isenabled() or isinstance(ev, StageStart | ModelStart) or (
            isinstance(ev, ModelProgress) and ev.status in ("waiting", "queued")):
        return
    resume_gc()


def final_text(state: RunState) -> str:
    """What ``ask`` prints on stdout: the final answer; without a synthesis (modes answers and review) the answers
    side by side (one member: its answer alone), after the aggregate ranking in review mode."""
    if state.synthesis is not None:
        return state.synthesis.text
    answers = state.answers()
    if len(answers) == 1:
        return answers[0].text
    parts = []
    if state.mode == "review" and state.aggregate:
        ranked = [a for a in state.aggregate if a.rank is not None]
        if ranked:
            parts.append("## Peer ranking\n\n" + "\n".join(
                f"{a.rank}. {a.model} (average rank {a.average_rank:.2f}, {a.votes} votes)" for a in ranked))
    parts += [f"## {a.model}\n\n{a.text.rstrip()}" for a in answers]
    return "\n\n".join(parts)


# -- printers ----------------------------------------------------------------------------------------------------
class Printer:
    """A listener that shows a run; reads the run state, never digs in event payloads."""

    def __call__(self, ev: Event, state: RunState) -> None:
        raise NotImplementedError

    def close(self) -> None:
        pass


class JsonlPrinter(Printer):
    """stdout carries only JSON events, one per line, flushed as they happen."""

    def __init__(self, out: TextIO) -> None:
        self._out = out

    def __call__(self, ev: Event, state: RunState) -> None:
        try:
            self._out.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
            self._out.flush()
        except BrokenPipeError:  # the reader went away; the run still finishes and is saved
            pass


def _member_line(m: MemberState) -> str:
    if m.done:
        tokens = f"{'' if m.exact_tokens else '~'}{m.token_count} tokens"
        parts = [tokens, units.duration(m.duration_ms)]
        if m.ttft_ms is not None:
            parts.append(f"first token {units.duration(m.ttft_ms)}")
        if m.queue_ms and m.queue_ms >= 1000:
            parts.append(f"queued {units.duration(m.queue_ms)}")
        if m.cost is not None:
            parts.append(units.usd(m.cost))
        if m.review is not None:
            parts.append(f"ranking {m.review.parse_status}")
        return f"  ✓ {m.model}: " + ", ".join(parts)
    mark = {MemberStatus.SKIPPED: "⤼", MemberStatus.CANCELLED: "■"}.get(m.status, "✗")
    kept = f" (partial text kept: ~{m.token_count} tokens)" if m.partial else ""
    return f"  {mark} {m.model}: {m.error}{kept}"


class HumanPrinter(Printer):
    """Live progress on stderr: stage headers, one line per finished member, a live status line on a TTY."""

    def __init__(self, err: TextIO, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._err = err
        self._tty = bool(getattr(err, "isatty", lambda: False)())
        self._clock = clock
        self._last_draw = 0.0
        self._status_shown = False

    def _line(self, text: str) -> None:
        self._clear_status()
        self._err.write(strip_control(text) + "\n")  # server text (errors, notices) may carry escape sequences
        self._err.flush()

    def _clear_status(self) -> None:
        if self._status_shown:
            self._err.write("\r\x1b[2K")
            self._status_shown = False

    def _draw_status(self, state: RunState) -> None:
        now = self._clock()
        if not self._tty or now - self._last_draw < 0.1 or not state.stage:
            return
        self._last_draw = now
        parts = [f"{m.model.split('/')[-1]} {m.token_count}" if m.status is not MemberStatus.WAITING
                 else f"{m.model.split('/')[-1]} waiting"
                 for m in state.stage_state(state.stage).members if m.status.active]
        self._err.write("\r\x1b[2K  … " + ", ".join(parts)[:150])
        self._err.flush()
        self._status_shown = True

    def __call__(self, ev: Event, state: RunState) -> None:
        if isinstance(ev, StageStart):
            label = STAGE_NAMES.get(ev.stage, "")
            n = len(ev.models)
            self._line(f"Stage {ev.stage}/3 — {label}" + (f" ({n} model{'s' if n != 1 else ''})" if n else ""))
            if ev.run is not None and state.conversation:
                dropped = state.conversation_dropped
                self._line(f"  Follows up {len(state.conversation)} earlier turn(s)"
                           + (f"; the {dropped} oldest did not fit and were left out." if dropped else "."))
        elif isinstance(ev, ModelProgress):
            m = state.find(ev.stage, ev.model)
            if ev.status == "retrying":
                self._line(f"  ↻ {ev.model}: retrying in {ev.retry_in or 0:.0f} s ({ev.message or 'retry'})")
            elif ev.status == "queued":
                ahead = f", {ev.ahead} ahead" if ev.ahead else ""
                self._line(f"  … {ev.model}: queued{ahead}")
            elif m is not None:
                self._draw_status(state)
        elif isinstance(ev, ModelDelta):
            self._draw_status(state)
        elif isinstance(ev, ModelComplete | ModelError):
            m = state.find(ev.stage, ev.model)
            if m is not None:
                self._line(_member_line(m))
        elif isinstance(ev, StageComplete):
            if ev.stage == 2:
                ranked = [a for a in state.aggregate if a.votes and a.average_rank is not None]
                if ranked:
                    used = sum(1 for r in state.reviews() if r.review and r.review.parse_status != "failed")
                    self._line(f"  Aggregate ranking ({used} of {len(state.stage2)} reviews): " + ", ".join(
                        f"{a.position}. {a.model} ({a.average_rank:.2f})" for a in ranked))
            notice = ev.notice if ev.stage != 3 else (state.synthesis.notice if state.synthesis else None)
            if notice:
                self._line(f"  ! {notice}")
        elif isinstance(ev, RunEnd):
            if state.status == "complete":
                est = "~" if state.tokens_estimated else ""
                self._line(f"Done in {units.duration(state.wall_ms or 0)}, {est}{state.total_tokens} tokens"
                           + (f", {units.usd(state.total_cost)}" if state.total_cost is not None else "") + ".")
                if state.degraded:
                    self._line("Warning: degraded result — " + "; ".join(state.degraded_reasons) + ".")
        elif isinstance(ev, Error):
            self._line(f"Error: {ev.message}")

    def close(self) -> None:
        self._clear_status()
        self._err.flush()


__all__ = ["HumanPrinter", "JsonlPrinter", "Printer", "cmd_ask", "cmd_rerun", "execute", "final_text", "load_thread"]
