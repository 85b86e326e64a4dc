"""Heavy GUI jobs take turns: at most one per event-loop pass.

Qt runs every timer that is due in one pass. At a stage's end that was the runner's state update, a hidden tab
catching up, an answer's Markdown slice and the engine's own callbacks, one after the other: each a few milliseconds,
together a stall of 40 ms. A job that finds another one just ended (most likely in this very pass) waits a few
milliseconds instead, so input and painting get their turn in between — but never longer than ``MAX_WAIT_S``.
"""

from __future__ import annotations

import time

#: A job that ended less than this long ago most likely ran in this very loop pass.
CROWDED_S = 0.002
#: How long a job that found the pass crowded waits before it tries again.
WAIT_MS = 4
#: A job waits at most this long in all; then it runs whatever else is going on.
MAX_WAIT_S = 0.05

_last_end = float("-inf")


def done() -> None:
    """Say that a heavy job has just ended."""
    global _last_end
    _last_end = time.perf_counter()


class Turn:
    """One heavy job's place in line: ask :meth:`should_wait` when it is due; call :func:`done` when it ends."""

    def __init__(self) -> None:
        self._since: float | None = None

    def should_wait(self) -> bool:
        now = time.perf_counter()
        if now - _last_end >= CROWDED_S:
            self._since = None
            return False
        if self._since is None:
            self._since = now
        if now - self._since >= MAX_WAIT_S:
            self._since = None
            return False
        return True
