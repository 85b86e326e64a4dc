"""A small owner for background asyncio tasks started from synchronous Qt slots."""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskOwner:
    """Keeps a reference to every task it starts, logs their crashes, and cancels them on demand.

    Widgets never ``await``: a slot calls :meth:`spawn` and reacts to the signal the coroutine emits.
    """

    def __init__(self, name: str = "task") -> None:
        self._name = name
        self._tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Coroutine[Any, Any, Any], name: str | None = None) -> asyncio.Task[Any]:
        task = asyncio.get_running_loop().create_task(coro, name=name or self._name)
        self._tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def _done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is not None:
            log.error("background task %s failed", task.get_name(), exc_info=exc)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    def cancel_all(self) -> None:
        for task in list(self._tasks):
            task.cancel()

    async def aclose(self) -> None:
        """Cancel every task and wait until they are gone."""
        tasks = list(self._tasks)
        for task in tasks:
            task.cancel()
        if tasks:
            await asyncio.gather(*tasks, return_exceptions=True)


class _GcPause:
    """Python's cycle collector, paused while window code runs on a worker thread.

    The collector runs in whichever thread happens to allocate: on a worker it would destroy the window's
    unreachable Qt objects there, and Qt objects with timers must die in their own thread ("Timers cannot be
    stopped from another thread"). Paused, garbage waits for the GUI thread (a short while: worker jobs are
    queries of a few hundred milliseconds at most).
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._users = 0
        self._was_enabled = True

    def __enter__(self) -> None:
        with self._lock:
            if self._users == 0:
                self._was_enabled = gc.isenabled()
                gc.disable()
            self._users += 1

    def __exit__(self, *_exc: object) -> None:
        with self._lock:
            self._users -= 1
            if self._users == 0 and self._was_enabled:
                gc.enable()


_gc_pause = _GcPause()


async def run_in_thread(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` on a worker thread (as :func:`asyncio.to_thread`), with no Qt object destroyed there."""
    gc.collect()  # what is garbage now dies here, in the GUI thread

    def job() -> T:
        with _gc_pause:
            return fn(*args)

    return await asyncio.to_thread(job)
