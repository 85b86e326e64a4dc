"""Plain text that grows cheaply (a member's answer while it streams, or one too large to format), and the scroll
rule every answer view follows: stay where the reader is, unless they are at the bottom — then follow the text."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QPoint, QTimer
from PySide6.QtGui import QTextCursor, QTextOption
from PySide6.QtWidgets import QAbstractScrollArea, QPlainTextEdit, QScrollBar

from council_desktop.ui.text_budget import PLAIN_LINE, soft_wrap

SLICE_CHARS = 16_000  # text added in one event-loop turn (~5 ms); the rest follows on the next turns


def first_visible_fraction(view: Any) -> float:
    """How far into the text the top of ``view`` is, from 0 to 1."""
    total: int = max(1, view.document().characterCount() - 1)
    top: int = view.cursorForPosition(QPoint(0, 0)).position()
    return min(1.0, top / total)


class ScrollFollower(QObject):
    """Follows the end of a growing text while the reader is at the bottom; otherwise keeps their place.

    The view's own changes (a new document, text replaced) happen inside :meth:`hold`, which puts the reader back:
    at the bottom, or at the same place in the text.
    """

    def __init__(self, view: QAbstractScrollArea, *, slack: int = 0) -> None:
        super().__init__(view)
        self.view = view
        self.bar: QScrollBar = view.verticalScrollBar()
        self.slack = slack
        self.follow = True
        self._ours = 0
        self._anchor: int | None = None  # a scroll value to reach once the layout has grown that far
        self.bar.rangeChanged.connect(self._on_bar_range_changed)
        self.bar.valueChanged.connect(self._on_bar_value_changed)

    def at_bottom(self) -> bool:
        return self.bar.value() >= self.bar.maximum() - self.slack

    def snapshot(self) -> tuple[bool, float]:
        """(following, fraction of the text above the top of the view)."""
        return self.follow, (1.0 if self.follow else first_visible_fraction(self.view))

    @contextmanager
    def hold(self, state: tuple[bool, float] | None = None) -> Iterator[None]:
        """Change the view's content inside; the reader is put back where ``state`` (default: now) says."""
        follow, fraction = state if state is not None else self.snapshot()
        self._ours += 1
        try:
            yield
        finally:
            self._ours -= 1
        self.follow = follow
        self._anchor = None
        if follow:
            self._set(self.bar.maximum())
        else:
            self._anchor = self._value_at(fraction)
            self._set(min(self._anchor, self.bar.maximum()))
            if self._anchor <= self.bar.maximum():
                self._anchor = None

    def place(self, state: tuple[bool, float]) -> None:
        """Put the reader where ``state`` says (see :meth:`hold`), the view's content as it is now."""
        with self.hold(state):
            pass

    def _value_at(self, fraction: float) -> int:
        if fraction <= 0:
            return 0
        view = self.view
        doc = view.document()  # type: ignore[attr-defined]
        block = doc.findBlock(int(fraction * max(0, doc.characterCount() - 1)))
        if isinstance(view, QPlainTextEdit):  # scrolls by lines
            return max(0, int(block.firstLineNumber()))
        # Asking for the block's rectangle lays the document out down to it, no further.
        return int(doc.documentLayout().blockBoundingRect(block).top())

    def _set(self, value: int) -> None:
        self._ours += 1
        try:
            self.bar.setValue(value)
        finally:
            self._ours -= 1

    def _on_bar_range_changed(self, _lo: int, hi: int) -> None:
        if self._ours:
            return
        if self.follow:
            self._set(hi)
        elif self._anchor is not None:
            self._set(min(self._anchor, hi))
            if self._anchor <= hi:
                self._anchor = None

    def _on_bar_value_changed(self, _value: int) -> None:
        if not self._ours:  # the reader scrolled
            self._anchor = None
            self.follow = self.at_bottom()


class LiveTextView(QPlainTextEdit):
    """Read-only plain text, appended at the end in bounded slices; lines past ``PLAIN_LINE`` are broken up, so
    that no single paragraph makes Qt lay out megabytes at once."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.follower = ScrollFollower(self)
        self._pending: deque[str] = deque()
        self._col = 0  # length of the last shown line
        self._cr = False  # the last chunk ended with "\r" (a "\r\n" may be split across chunks)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._feed)

    def set_text(self, text: str) -> None:
        """Show ``text`` instead of what is shown (the reader keeps their place, or follows the end)."""
        with self.follower.hold():
            self._timer.stop()
            self._pending.clear()
            self._col, self._cr = 0, False
            self.clear()
        self.append_text(text)

    def append_text(self, text: str) -> None:
        """Add ``text`` at the end: the first slice now, the rest on the next event-loop turns."""
        if text:
            self._pending.append(text)
            self._feed()

    def pending(self) -> int:
        """Characters still waiting to be shown."""
        return sum(map(len, self._pending))

    def flush(self) -> None:
        """Show everything pending now (tests, and a caller that must read the view)."""
        while self._pending:
            self._feed()

    def _feed(self) -> None:
        budget = SLICE_CHARS
        parts: list[str] = []
        while self._pending and budget > 0:
            head = self._pending.popleft()
            if len(head) > budget:
                self._pending.appendleft(head[budget:])
                head = head[:budget]
            parts.append(head)
            budget -= len(head)
        chunk = ("\r" if self._cr else "") + "".join(parts)
        self._cr = chunk.endswith("\r")  # held back until the next chunk says whether a "\n" follows
        if self._cr:
            chunk = chunk[:-1]
        chunk = chunk.replace("\r\n", "\n").replace("\r", "\n")
        shown, self._col = soft_wrap(chunk, self._col, PLAIN_LINE)
        if shown:
            cursor = QTextCursor(self.document())
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(shown)
        if self._pending:
            self._timer.start()
