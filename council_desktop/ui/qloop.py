"""The qasync event loop, with asyncgen hooks installed.

WORKAROUND: qasync 0.28 never calls ``sys.set_asyncgen_hooks``; without this, async generators abandoned by an
exception inside ``async for ... aiter_lines()`` are finalized at GC outside the loop ("async generator ignored
GeneratorExit", "no running event loop"). See QT-ASYNC-NOTES.md in the design notes.
"""

from __future__ import annotations  # noqa: I001 - PySide6 must be imported before qasync (below)

import asyncio
import sys
from collections.abc import Coroutine
from typing import Any, TypeVar

from PySide6.QtWidgets import QApplication  # import PySide6 before qasync so qasync picks it

import qasync

T = TypeVar("T")


class QEventLoop(qasync.QEventLoop):  # type: ignore[misc]
    def run_forever(self) -> None:
        old = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook,
                               finalizer=self._asyncgen_finalizer_hook)
        try:
            return super().run_forever()  # type: ignore[no-any-return]
        finally:
            sys.set_asyncgen_hooks(*old)


def run(coro: Coroutine[Any, Any, T], app: QApplication | None = None) -> T:
    """Run ``coro`` to completion on a qasync loop driven by the Qt application."""
    app = app or QApplication.instance() or QApplication(sys.argv)  # type: ignore[assignment]
    with asyncio.Runner(loop_factory=lambda: QEventLoop(app)) as runner:
        return runner.run(coro)
