"""The one bridge between the council engine (plain asyncio) and the widgets (Qt signals)."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from council_desktop.council.events import (
    Error,
    Event,
    ModelComplete,
    ModelError,
    ModelProgress,
    ModelStart,
    Result,
    StageComplete,
    StageStart,
)
from council_desktop.council.orchestrator import Council, RunSpec
from council_desktop.council.state import RunState, now_iso

log = logging.getLogger(__name__)

Listener = Callable[[Event], None]
DEFAULT_FLUSH_MS = 125  # token counts repaint 8 times a second, whatever the token rate


class Recorder(Protocol):
    """What the runner needs from a run recorder (``storage.recorder.RunRecorder``)."""

    def begin(self, record: RunState) -> None: ...
    def on_event(self, event: Event) -> None: ...
    def finish(self, record: RunState) -> None: ...


class CouncilRunner(QObject):
    """Owns the current run's asyncio task and re-emits the engine's events as Qt signals.

    ``council`` is a :class:`Council` or a factory returning a fresh one per run. ``listeners`` and the
    ``recorder`` get every raw event (not coalesced), from every run, also one that was pre-empted.
    ``model_progress`` is coalesced: the latest update per (stage, model) is emitted every ``flush_interval_ms``;
    every other event flushes pending progress first, so the order of a model's updates is kept.

    Signals:
        run_started(object): the :class:`RunSpec` of the run that begins.
        running_changed(bool): a run started or ended.
        stage_started(int, list): the stage number and the models working in it.
        model_started(int, str): stage, model.
        model_progress(int, str, int, str, object): stage, model, live token count, status
            (``queued``/``generating``/``thinking``/``retrying``) and the :class:`ModelProgress` event.
        model_completed(object): a :class:`ModelComplete` event.
        model_failed(object): a :class:`ModelError` event.
        stage_completed(int, object): stage, the stage's data (see ``StageComplete``).
        run_error(str): the run as a whole could not go on (or was cancelled).
        finished(object): the final :class:`RunState` (complete, failed or cancelled); always the last signal.
    """

    run_started = Signal(object)
    running_changed = Signal(bool)
    stage_started = Signal(int, list)
    model_started = Signal(int, str)
    model_progress = Signal(int, str, int, str, object)
    model_completed = Signal(object)
    model_failed = Signal(object)
    stage_completed = Signal(int, object)
    run_error = Signal(str)
    finished = Signal(object)

    def __init__(self, council: Council | Callable[[], Council], *, listeners: Iterable[Listener] = (),
                 recorder: Recorder | None = None, flush_interval_ms: int = DEFAULT_FLUSH_MS,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        if isinstance(council, Council):
            fixed = council

            def same() -> Council:
                return fixed

            self._factory: Callable[[], Council] = same
        else:
            self._factory = council
        self._listeners: list[Listener] = list(listeners)
        self._recorder = recorder
        self._task: asyncio.Task[None] | None = None
        self._council: Council | None = None
        self._spec: RunSpec | None = None
        self._gen = 0
        self._pending: dict[tuple[int, str], ModelProgress] = {}
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(0, flush_interval_ms))
        self._timer.timeout.connect(self.flush)

    # -- configuration -------------------------------------------------------------------------------------
    def add_listener(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def set_recorder(self, recorder: Recorder | None) -> None:
        self._recorder = recorder

    @property
    def flush_interval_ms(self) -> int:
        return self._timer.interval()

    def set_flush_interval(self, ms: int) -> None:
        self._timer.setInterval(max(0, ms))

    # -- state ---------------------------------------------------------------------------------------------
    @property
    def is_running(self) -> bool:
        return self._task is not None and not self._task.done()

    @property
    def task(self) -> asyncio.Task[None] | None:
        return self._task

    @property
    def spec(self) -> RunSpec | None:
        return self._spec

    @property
    def record(self) -> RunState | None:
        """The current (or last) run's record as the engine fills it in."""
        return self._council.record if self._council is not None else None

    @property
    def current_run_id(self) -> str | None:
        return self._spec.run_id if self._spec is not None and self.is_running else None

    # -- control -------------------------------------------------------------------------------------------
    def start(self, spec: RunSpec) -> asyncio.Task[None]:
        """Start a run (a running one is cancelled first: the new run pre-empts it). Needs a running loop."""
        previous = self._task if self.is_running else None
        if previous is not None:
            log.info("a new run pre-empts run %s", self._spec.run_id if self._spec else "?")
            previous.cancel()
        self._gen += 1
        self._pending.clear()
        self._timer.stop()
        council = self._factory()
        self._council = council
        self._spec = spec
        self._task = asyncio.get_running_loop().create_task(
            self._run(self._gen, spec, council, previous), name=f"council-run-{spec.run_id[:8]}")
        self.run_started.emit(spec)
        self.running_changed.emit(True)
        return self._task

    async def run(self, spec: RunSpec) -> RunState:
        """Start a run and wait for it; the record it ended with."""
        task = self.start(spec)
        await asyncio.shield(task)
        record = self.record
        assert record is not None
        return record

    def cancel(self) -> bool:
        """Cancel the current run (every HTTP stream closes); ``finished`` follows. True if one was running."""
        if not self.is_running:
            return False
        assert self._task is not None
        self._task.cancel()
        return True

    def skip(self, model: str) -> bool:
        """Drop one member from the current stage; the others go on."""
        if not self.is_running or self._council is None:
            return False
        return self._council.skip(model)

    async def shutdown(self, timeout: float = 5.0) -> None:
        """Cancel the current run and wait until its streams are closed (used when the window closes)."""
        task = self._task
        if task is None or task.done():
            return
        task.cancel()
        try:
            await asyncio.wait_for(asyncio.shield(task), timeout)
        except (TimeoutError, asyncio.CancelledError):
            log.warning("the cancelled run did not end within %.1f s", timeout)

    # -- the task ------------------------------------------------------------------------------------------
    async def _run(self, gen: int, spec: RunSpec, council: Council, previous: asyncio.Task[None] | None) -> None:
        if previous is not None:  # let the pre-empted run close its streams and be recorded first
            await asyncio.wait([previous])
        self._call_recorder("begin", spec.new_record())
        record: RunState | None = None
        try:
            record = await council.run(spec, lambda ev: self._on_event(gen, ev))
        except asyncio.CancelledError:
            # This is the root task of the run: the cancellation ends here, after the record is finished.
            record = council.record or spec.new_record()
            if record.status == "running":
                record.status = "cancelled"
                record.error = record.error or "The run was cancelled."
                record.finished_at = record.finished_at or now_iso()
        except Exception as e:  # Council.run turns bugs into an error event; this guards the guard
            log.exception("the council run crashed")
            record = council.record or spec.new_record()
            record.status = "failed"
            record.error = f"Internal error: {type(e).__name__}: {e}"
            self._on_event(gen, Error(record.error))
        self._call_recorder("finish", record)
        if gen == self._gen:
            self.flush()
            self._task = None  # slots of ``finished`` see the run as over (is_running False)
            self.finished.emit(record)
            self.running_changed.emit(False)

    def _call_recorder(self, method: str, arg: Any) -> None:
        if self._recorder is None:
            return
        try:
            getattr(self._recorder, method)(arg)
        except Exception:  # the history must never take a run down
            log.exception("the run recorder failed in %s", method)

    def _on_event(self, gen: int, ev: Event) -> None:
        if self._recorder is not None:
            self._call_recorder("on_event", ev)
        for listener in self._listeners:
            try:
                listener(ev)
            except Exception:
                log.exception("an event listener failed")
        if gen != self._gen:
            return  # a pre-empted run: recorded, not shown
        if isinstance(ev, ModelProgress):
            self._pending[(ev.stage, ev.model)] = ev
            if not self._timer.isActive():
                self._timer.start()
            return
        self.flush()
        if isinstance(ev, StageStart):
            self.stage_started.emit(ev.stage, list(ev.models))
        elif isinstance(ev, ModelStart):
            self.model_started.emit(ev.stage, ev.model)
        elif isinstance(ev, ModelComplete):
            self.model_completed.emit(ev)
        elif isinstance(ev, ModelError):
            self.model_failed.emit(ev)
        elif isinstance(ev, StageComplete):
            self.stage_completed.emit(ev.stage, ev.data)
        elif isinstance(ev, Error):
            self.run_error.emit(ev.message)
        elif isinstance(ev, Result):
            pass  # ``finished`` carries the record itself

    def flush(self) -> None:
        """Emit the pending (coalesced) progress updates now."""
        self._timer.stop()
        if not self._pending:
            return
        pending, self._pending = self._pending, {}
        for ev in pending.values():
            self.model_progress.emit(ev.stage, ev.model, ev.token_count, ev.status, ev)
