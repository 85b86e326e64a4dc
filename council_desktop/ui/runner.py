"""The one bridge between the council engine (plain asyncio) and the widgets (Qt signals).

The council folds every event into its :class:`RunState` before a listener sees it; the runner keeps the latest
state and tells the widgets, a few times a second, *what changed* (:class:`Changes`, computed by comparing two
states). Widgets read the state; none of them interprets an event.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any, Protocol

from PySide6.QtCore import QObject, QTimer, Signal

from council_desktop.council.events import Error, Event, ModelDelta
from council_desktop.council.orchestrator import Council, RunSpec
from council_desktop.council.state import RunState, now_iso
from council_desktop.ui import turns

log = logging.getLogger(__name__)

Listener = Callable[[Event, RunState], None]
DEFAULT_FLUSH_MS = 125  # live text and counts repaint 8 times a second, whatever the token rate

# Events after which the window updates at once (on the next loop turn, so a burst of them is one update): the
# shape of the run changed. Progress and text updates wait for the next coalesced flush, except a member's first
# text, which is shown at once.
IMMEDIATE = frozenset({"stage_start", "stage_complete", "model_complete", "model_error", "run_end", "result",
                       "error"})

Key = tuple[int, str]  # (stage, model)


@dataclass(frozen=True, slots=True)
class Changes:
    """What changed between two states of one run: the rows (members), their text, the stages, the run itself.

    ``everything``: a new run (or one reopened): nothing can be assumed, every view rebuilds.
    """

    rows: frozenset[Key] = frozenset()
    text: frozenset[Key] = frozenset()  # members whose answer or reasoning text changed
    stages: frozenset[int] = frozenset()  # stages that started, ended or got members
    run: bool = False  # status, current stage, aggregate, synthesis or notices
    everything: bool = False

    @property
    def text_changed(self) -> bool:
        return self.everything or bool(self.text)

    def row(self, stage: int, model: str) -> bool:
        return self.everything or (stage, model) in self.rows

    def text_of(self, stage: int, model: str) -> bool:
        return self.everything or (stage, model) in self.text

    def stage(self, stage: int) -> bool:
        return self.everything or stage in self.stages

    def in_stage(self, stage: int) -> bool:
        """The stage or any of its members changed."""
        return self.everything or stage in self.stages or any(s == stage for s, _m in self.rows)

    def __bool__(self) -> bool:
        return self.everything or self.run or bool(self.rows) or bool(self.stages)

    @staticmethod
    def all() -> Changes:
        return Changes(everything=True)


def diff(old: RunState | None, new: RunState) -> Changes:
    """What changed from ``old`` to ``new``. States are immutable and :func:`apply` keeps every part it did not
    change, so unchanged stages and members are the very same objects: the comparison is cheap."""
    if old is None or old.id != new.id:
        return Changes.all()
    if old is new:
        return Changes()
    rows: set[Key] = set()
    text: set[Key] = set()
    stages: set[int] = set()
    for so, sn in zip(old.stages, new.stages, strict=True):
        if so is sn:
            continue
        if so.status != sn.status or len(so.members) != len(sn.members) or so.notice != sn.notice:
            stages.add(sn.stage)
        before = {m.model: m for m in so.members}
        for m in sn.members:
            o = before.get(m.model)
            if o is m:
                continue
            key = (sn.stage, m.model)
            rows.add(key)
            if o is None or o.text != m.text or o.reasoning != m.reasoning:
                text.add(key)
    run = (old.status != new.status or old.stage != new.stage or old.aggregate != new.aggregate
           or old.synthesis != new.synthesis or old.notices != new.notices or old.error != new.error)
    return Changes(frozenset(rows), frozenset(text), frozenset(stages), run)


class Recorder(Protocol):
    """What the runner needs from a run recorder (``storage.recorder.RunRecorder``)."""

    def begin(self, state: RunState) -> None: ...
    def on_event(self, event: Event, state: RunState) -> None: ...
    def finish(self, state: RunState) -> None: ...


class CouncilRunner(QObject):
    """Owns the current run's asyncio task; keeps its latest :class:`RunState` and says what changed.

    ``council`` is a :class:`Council` or a factory returning a fresh one per run. ``listeners`` and the
    ``recorder`` get every event with the state after it (not coalesced), from every run, also one that was
    pre-empted. ``state_changed`` is coalesced: progress and text reach the widgets every ``flush_interval_ms``;
    a structural change (a stage starts or ends, a member finishes or fails, the run ends) and a member's first
    text on the next loop turn.

    Signals:
        run_started(object): the :class:`RunSpec` of the run that begins.
        running_changed(bool): a run started or ended.
        state_changed(object, object): the latest :class:`RunState` and the :class:`Changes` since the previous
            emission (``Changes.everything`` for a new run).
        finished(object): the final :class:`RunState` (complete, failed or cancelled); always the last signal.
    """

    run_started = Signal(object)
    running_changed = Signal(bool)
    state_changed = Signal(object, object)
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
        self._state: RunState | None = None  # the latest state of the current run
        self._shown: RunState | None = None  # the state the last ``state_changed`` carried
        self._texted: set[Key] = set()  # members whose first text was shown
        self._timer = QTimer(self)  # the coalesced flush
        self._timer.setSingleShot(True)
        self._timer.setInterval(max(0, flush_interval_ms))
        self._timer.timeout.connect(self._flush_in_turn)
        self._soon = QTimer(self)  # the next loop turn
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self._flush_in_turn)
        self._later = QTimer(self)  # a flush that found the loop pass crowded (see ui/turns.py)
        self._later.setSingleShot(True)
        self._later.setInterval(turns.WAIT_MS)
        self._later.timeout.connect(self._flush_in_turn)
        self._turn = turns.Turn()

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
    def state(self) -> RunState | None:
        """The current (or last) run's latest state, as the council applied it."""
        return self._state

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
        self._timer.stop()
        self._soon.stop()
        self._later.stop()
        council = self._factory()
        self._council = council
        self._spec = spec
        self._state = spec.new_state()
        self._shown = None
        self._texted = set()
        self._task = asyncio.get_running_loop().create_task(
            self._run(self._gen, spec, council, previous), name=f"council-run-{spec.run_id[:8]}")
        gen = self._gen
        self._task.add_done_callback(lambda task: self._on_task_done(task, gen, spec))
        self.run_started.emit(spec)
        self.running_changed.emit(True)
        self.flush()  # the views start from the new run's empty state
        return self._task

    async def run(self, spec: RunSpec) -> RunState:
        """Start a run and wait for it; the state it ended with."""
        task = self.start(spec)
        await asyncio.shield(task)
        state = self._state
        assert state is not None
        return state

    def cancel(self) -> bool:
        """Cancel the current run (every HTTP stream closes); ``finished`` follows. True if one was running."""
        if not self.is_running:
            return False
        assert self._task is not None
        self._task.cancel()
        return True

    def skip(self, model: str) -> bool:
        """Drop one member from the current stage; the others go on (its text so far is kept)."""
        if not self.is_running or self._council is None:
            return False
        return self._council.skip(model)

    def can_end_stage(self) -> bool:
        """Whether "Synthesize now" would do something (see :meth:`Council.can_end_stage`)."""
        return self.is_running and self._council is not None and self._council.can_end_stage()

    def end_stage(self) -> bool:
        """"Synthesize now": end the current stage with the members that finished; the council goes on."""
        if not self.is_running or self._council is None:
            return False
        return self._council.end_stage()

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
    def _on_task_done(self, task: asyncio.Task[None], gen: int, spec: RunSpec) -> None:
        """A run cancelled before its task took its first step never reached ``_run``: end it here, so the
        window hears ``finished`` and ``running_changed(False)`` whatever the moment of the cancel."""
        if gen != self._gen or self._task is not task or not task.cancelled():
            return
        state = replace(spec.new_state(), status="cancelled", error="The run was cancelled.", finished_at=now_iso())
        self._state = state
        self.flush()
        self._task = None
        self.finished.emit(state)
        self.running_changed.emit(False)

    async def _run(self, gen: int, spec: RunSpec, council: Council, previous: asyncio.Task[None] | None) -> None:
        if previous is not None:  # let the pre-empted run close its streams and be recorded first
            await asyncio.wait([previous])
        self._call_recorder("begin", spec.new_state())
        state: RunState | None = None
        try:
            state = await council.run(spec, lambda ev, st: self._on_event(gen, ev, st))
        except asyncio.CancelledError:
            # This is the root task of the run: the cancellation ends here, after the state is final.
            state = council.state or spec.new_state()
            if state.status == "running":  # cancelled before the council said so (e.g. before it started)
                state = replace(state, status="cancelled", error=state.error or "The run was cancelled.",
                                finished_at=state.finished_at or now_iso())
        except Exception as e:  # Council.run turns bugs into an error event; this guards the guard
            log.exception("the council run crashed")
            state = replace(council.state or spec.new_state(), status="failed",
                            error=f"Internal error: {type(e).__name__}: {e}", finished_at=now_iso())
            self._on_event(gen, Error(state.error or ""), state)
        self._call_recorder("finish", state)
        # The run's last state and its end are two heavy updates of the window (the end shows and hides whole
        # parts of it): each gets a loop pass of its own, not on top of another job.
        await self._my_turn(gen)
        if gen == self._gen:
            self._state = state
            self.flush()
            turns.done()
        await self._my_turn(gen)
        if gen == self._gen:
            self._task = None  # slots of ``finished`` see the run as over (is_running False)
            self.finished.emit(state)
            self.running_changed.emit(False)
            turns.done()

    def _call_recorder(self, method: str, *args: Any) -> None:
        if self._recorder is None:
            return
        try:
            getattr(self._recorder, method)(*args)
        except Exception:  # the history must never take a run down
            log.exception("the run recorder failed in %s", method)

    def _on_event(self, gen: int, ev: Event, state: RunState) -> None:
        if self._recorder is not None:
            self._call_recorder("on_event", ev, state)
        for listener in self._listeners:
            try:
                listener(ev, state)
            except Exception:
                log.exception("an event listener failed")
        if gen != self._gen:
            return  # a pre-empted run: recorded, not shown
        self._state = state
        if ev.type in IMMEDIATE:
            self._soon.start()
        elif isinstance(ev, ModelDelta) and (ev.stage, ev.model) not in self._texted:
            self._texted.add((ev.stage, ev.model))  # the first words of a member are shown at once
            self._soon.start()
        elif not self._timer.isActive() and not self._soon.isActive():
            self._timer.start()

    async def _my_turn(self, gen: int) -> None:
        """Wait (a few ms at most) for a loop pass no other heavy job has used; a Cancel meanwhile changes nothing:
        the run is over."""
        try:
            while gen == self._gen and self._turn.should_wait():
                await asyncio.sleep(turns.WAIT_MS / 1000)
        except asyncio.CancelledError:
            pass

    def _flush_in_turn(self) -> None:
        new_run = self._shown is None or self._state is None or self._shown.id != self._state.id
        if not self._turn.run(self.flush, now=new_run):  # a run's first sight answers the click at once
            self._later.start()

    def flush(self) -> None:
        """Tell the widgets about the latest state now (nothing if it did not change)."""
        self._timer.stop()
        self._soon.stop()
        self._later.stop()
        state = self._state
        if state is None or state is self._shown:
            return
        changes = diff(self._shown, state)
        self._shown = state
        self.state_changed.emit(state, changes)
