"""Ctrl+C and SIGTERM as a callback on the running asyncio loop, for the CLI and the window alike."""

from __future__ import annotations

import asyncio
import contextlib
import signal
from collections.abc import Callable, Iterator


@contextlib.contextmanager
def on_termination(loop: asyncio.AbstractEventLoop, callback: Callable[[], object]) -> Iterator[None]:
    """While inside, SIGINT and SIGTERM call ``callback`` on ``loop`` instead of raising KeyboardInterrupt.

    Where the loop cannot take signal handlers (Windows, a thread), this does nothing.
    """
    installed = []
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, callback)
        except (NotImplementedError, RuntimeError, ValueError):  # pragma: no cover - Windows / not main thread
            continue
        installed.append(sig)
    try:
        yield
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
