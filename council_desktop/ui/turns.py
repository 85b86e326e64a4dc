"""Heavy GUI jobs take turns: at most one per event-loop pass.

Qt runs every timer that is due in one pass. At a stage's end that was the runner's state update, a hidden tab
catching up, an answer's Markdown slice and the engine's own callbacks, one after the other: each a few milliseconds,
together a stall of 40 ms. A job that finds another one ran in this very pass (the event dispatcher's ``awake``
signal starts a pass) waits a few milliseconds instead, so input and painting get their turn in between — but never
longer than ``MAX_WAIT_S``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QAbstractEventDispatcher, QThread

#: A job that ended less than this long ago counts as crowding the pass even when no pass was seen to start.
CROWDED_S = 0.002
#: How long a job that found the pass crowded waits before it tries again.
WAIT_MS = 4
#: A job waits at most this long in all; then it runs whatever else is going on.
MAX_WAIT_S = 0.05

_passes = 0  # loop passes seen (wake-ups of the GUI thread's event dispatcher)
_job_pass = -1  # the pass in which the last heavy job ran
_last_end = float("-inf")
_watching = False


def _on_awake() -> None:
    global _passes
    _passes += 1


def _watch() -> None:
    global _watching
    if _watching:
        return
    dispatcher = QAbstractEventDispatcher.instance(QThread.currentThread())
    if dispatcher is not None:
        dispatcher.awake.connect(_on_awake)
        _watching = True


def done() -> None:
    """Say that a heavy job has just ended."""
    global _job_pass, _last_end
    _job_pass = _passes
    _last_end = time.perf_counter()


def crowded() -> bool:
    """Whether a heavy job already ran in this loop pass."""
    return (_watching and _job_pass == _passes) or time.perf_counter() - _last_end < CROWDED_S


class Turn:
    """One heavy job's place in line: :meth:`run` it when it is due (or ask :meth:`should_wait`, and call
    :func:`done` when it ends)."""

    def __init__(self) -> None:
        _watch()
        self._since: float | None = None

    def should_wait(self) -> bool:
        if not crowded():
            self._since = None
            return False
        now = time.perf_counter()
        if self._since is None:
            self._since = now
        if now - self._since >= MAX_WAIT_S:
            self._since = None
            return False
        return True

    def run(self, job: Callable[[], object], *, now: bool = False) -> bool:
        """Run ``job`` unless another heavy job ran in this loop pass (``now``: whatever the pass); False when it
        must wait (the caller tries again in ``WAIT_MS``)."""
        if not now and self.should_wait():
            return False
        try:
            job()
        finally:
            done()
        return True
